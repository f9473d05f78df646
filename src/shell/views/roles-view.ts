/**
 * `khasan roles` as Markdown: one role card per page (a page-break div between cards, which
 * Markdown-to-PDF tools honour) and the facilitator's sheet. Pure functions of values. Every
 * text from the roles file, the record or the lesson plan is escaped first (`markdownSafe`):
 * the page-break div is the only HTML in the output.
 */
import type { LessonPlan } from "../../core/classroom/lesson-plan";
import type { RoleCard } from "../../core/classroom/role-card";
import type { Role } from "../../core/classroom/roles";
import type { HistoricalRecord } from "../../core/history/record-schema";
import { formatDate } from "./history-format";
import { markdownSafe } from "./safe-text";

const PAGE_BREAK = '\n<div style="page-break-after: always"></div>\n\n';

/** Every role card, one per page. */
export function renderRoleCardsMarkdown(
  cards: readonly RoleCard[],
  record: HistoricalRecord,
): string {
  const safe = markdownSafe({ cards, record });
  return `${safe.cards.map((card) => roleCardMarkdown(card, safe.record)).join(PAGE_BREAK)}`;
}

/** The role's side, and its vote: Japanese roles speak but do not vote on Soviet decisions. */
export function sideLine(role: Role): string {
  if (role.side === "japanese") return "Japanese side · you speak and answer, but do not vote";
  return `Soviet side${role.commander ? " · you decide under the commander rule" : ""}`;
}

function roleCardMarkdown(card: RoleCard, record: HistoricalRecord): string {
  const { role } = card;
  const dated = (d: { date: string; question: string }) =>
    `- *${formatDate(d.date)}:* ${d.question}`;
  const lines = [
    `# ${role.name}`,
    "",
    `*${role.title}* · ${sideLine(role)}`,
    "",
    `**Who you are.** ${role.who}`,
    "",
    `**Your objective** (the debrief checks it). ${role.objective.text}`,
    "",
    `**Your secret** (tell no one). ${role.secret}`,
    "",
    `**What you know before ${formatDate(card.startsOn)}.**`,
    "",
    ...card.knows.map((fact) => `- *${formatDate(fact.date)}:* ${fact.text}`),
    "",
    "**Decisions where you speak.**",
    "",
    ...card.speaks.map(dated),
    ...(card.decides.length > 0
      ? ["", "**Decisions where you have the casting vote.**", "", ...card.decides.map(dated)]
      : []),
    "",
    `**Sources.** ${sourceTitles(role.sources, record).join("; ")}`,
    "",
  ];
  return lines.join("\n");
}

export function sourceTitles(ids: readonly string[], record: HistoricalRecord): string[] {
  return ids.flatMap((id) => record.sources.filter((s) => s.id === id).map((s) => s.title));
}

/** The facilitator's sheet: timings, decisions in order, rules, questions and the fates. */
export function renderFacilitatorMarkdown(rawPlan: LessonPlan, rawRoles: readonly Role[]): string {
  const { plan, roles } = markdownSafe({ plan: rawPlan, roles: rawRoles });
  const out = ["# Khasan 1938: facilitator's sheet", ""];
  for (const timing of plan.timings) {
    out.push(`## ${timing.title} (\`khasan classroom --cut ${timing.id}\`)`, "");
    for (const step of timing.steps) out.push(`- **${step.minutes} min.** ${step.what}`);
    out.push("", "The class plays (the timer runs on screen):", "");
    for (const d of timing.played) {
      const clock = `${Math.floor(d.timerSeconds / 60)}:${String(d.timerSeconds % 60).padStart(2, "0")}`;
      out.push(
        `- ${formatDate(d.decision.date)}: ${d.decision.question} **${clock}**${d.key ? " (key)" : ""}`,
      );
    }
    if (timing.byHistory.length > 0) {
      out.push(
        "",
        `${timing.byHistory.length} other decisions are taken as in 1938; the screen says so.`,
      );
    }
    if (timing.earlyEnds.length > 0) {
      out.push("", "**If the lesson ends early.**", "");
      for (const what of timing.earlyEnds) out.push(`- ${what}`);
    }
    out.push("");
  }
  out.push("## The decisions, in the order the story meets them", "");
  out.push("| date | decision | key | roles with a stake |", "|---|---|---|---|");
  for (const { decision, key, roles: stake } of plan.decisions) {
    const names = stake.map((role) => role.name).join(", ");
    out.push(
      `| ${formatDate(decision.date)} | ${cell(decision.question)} | ${key ? "key" : ""} | ${cell(names)} |`,
    );
  }
  out.push("", "## Decision rules", "");
  for (const { rule, text } of plan.rules) out.push(`- **${rule}**: ${text}`);
  out.push(`- **ties**: ${plan.tieRule}`, "", "## Debrief questions", "");
  out.push(...plan.questions.map((q, i) => `${i + 1}. ${q}`));
  out.push(
    "",
    "The debrief (`khasan debrief RUN`) adds the questions that are true of what the class did.",
  );
  out.push("", "## What became of them (read at the debrief, not before)", "");
  for (const role of roles) out.push(`- **${role.name}.** ${role.fate}`);
  return `${out.join("\n")}\n`;
}

/** A table cell: the text is already escaped, so only line breaks are left to flatten. */
function cell(text: string): string {
  return text.replace(/\n/g, " ");
}
