/**
 * The role cards a web lesson shows on the phones: the core's card for the lesson cut
 * (`roleCard`: what the role knows only before the cut's first decision, the decisions of this
 * cut where it speaks or decides) laid out as headed sections, the same content as the printed
 * cards of `khasan roles`. Built once when the server starts; a phone receives only its own.
 */
import type { LessonCut } from "../../core/classroom/classroom-data";
import { roleCard } from "../../core/classroom/role-card";
import type { Role } from "../../core/classroom/roles";
import type { HistoricalRecord } from "../../core/history/record-schema";
import { formatDate } from "../views/format";
import { sideLine } from "../views/roles-view";
import type { RoleCard } from "./page-views";

/** Each role's card for this cut, by role id. */
export function webRoleCards(
  roles: readonly Role[],
  record: HistoricalRecord,
  cut: LessonCut,
  order: readonly string[],
): Record<string, RoleCard> {
  const cards: Record<string, RoleCard> = {};
  for (const role of roles) {
    const card = roleCard(role, record, cut, order);
    const dated = (d: { date: string; question: string }) => `${formatDate(d.date)}: ${d.question}`;
    const sections = [
      { heading: "Who you are", text: [role.who, sideLine(role)] },
      { heading: "Your objective (the debrief checks it)", text: [role.objective.text] },
      { heading: "Your secret (tell no one)", text: [role.secret], secret: true },
      {
        heading: `What you know before ${formatDate(card.startsOn)}`,
        text: card.knows.map((fact) => `${formatDate(fact.date)}: ${fact.text}`),
      },
      {
        heading: "Decisions where you speak",
        text: card.speaks.filter((d) => !role.decides.includes(d.id)).map(dated),
      },
      { heading: "Decisions where you have the casting vote", text: card.decides.map(dated) },
    ].filter((section) => section.text.length > 0);
    cards[role.id] = { id: role.id, name: role.name, title: role.title, sections };
  }
  return cards;
}
