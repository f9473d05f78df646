/**
 * A role card as a lesson cut shows it: the role's objective and secret, what it knows before
 * the lesson's first decision (later entries are left off, so no card reports the result of a
 * decision the class has yet to take), and the decisions of this cut where the role speaks or
 * decides, in date order. Pure.
 */
import type { HistoricalRecord, RecordDecision } from "../history/record-schema";
import { isPlayed, type LessonCut } from "./classroom-data";
import type { Role } from "./roles";

export interface RoleCard {
  role: Role;
  /** What the role knows before the cut's first decision, oldest first. */
  knows: Role["knows"];
  /** Decisions of this cut the role speaks to (argues in, and votes on when Soviet). */
  speaks: RecordDecision[];
  /** Decisions of this cut where the role has the casting vote. */
  decides: RecordDecision[];
  /** The date of the cut's first decision: nothing on the card is from that day or later. */
  startsOn: string;
}

/** The date of the cut's first decision the class plays. */
export function cutStartDate(
  cut: LessonCut,
  record: HistoricalRecord,
  order: readonly string[],
): string {
  const byId = new Map(record.decisions.map((d) => [d.id, d]));
  const inOrder = order.flatMap((id) => byId.get(id) ?? []);
  const entered = cut.enter ? inOrder.findIndex((d) => d.id === cut.enter) : 0;
  const first = inOrder.find((d, i) => i >= Math.max(0, entered) && isPlayed(cut, d.id));
  return first?.date ?? inOrder[0]?.date ?? "";
}

export function roleCard(
  role: Role,
  record: HistoricalRecord,
  cut: LessonCut,
  order: readonly string[],
): RoleCard {
  const startsOn = cutStartDate(cut, record, order);
  const byId = new Map(record.decisions.map((d) => [d.id, d]));
  const entered = cut.enter ? order.indexOf(cut.enter) : 0;
  const inCut = order
    .filter((id, i) => i >= Math.max(0, entered) && isPlayed(cut, id))
    .flatMap((id) => byId.get(id) ?? []);
  return {
    role,
    knows: role.knows
      .filter((fact) => fact.date < startsOn)
      .sort((a, b) => a.date.localeCompare(b.date)),
    speaks: inCut.filter((d) => role.decisions.includes(d.id)),
    decides: inCut.filter((d) => role.decides.includes(d.id)),
    startsOn,
  };
}
