/**
 * The premise comparison: for each premise, what changing it alone does. It sets the historical
 * premises' report against the report with that one premise changed: the ending mix with and
 * without it (the shift of each ending, in percentage points), the last date a state of the
 * shared walk could still read it (after that the two worlds differ only in what it already
 * did), and the decisions whose consequences it changes (how far each option's ending mix
 * moves). This is the table a historian asks for: "what if the fog had lifted?".
 */
import type { VariablesMeta } from "../state/variables-meta";
import { premiseNames } from "../state/variables-meta";
import type { VariableValue } from "../story/session";
import type { ExploreSection } from "./report";

export interface EndingShift {
  ending: string;
  /** Share of paths without the premise (historical) and with it, 0 to 1. */
  without: number;
  with: number;
  /** with - without, in percentage points. */
  points: number;
}

export interface DecisionShift {
  decision: string;
  date?: string;
  /** The largest move of one option's ending mix, in points (total variation × 100). */
  points: number;
  /** Set when the decision is reached in only one of the two worlds. */
  only?: "with" | "without";
}

export interface PremiseComparison {
  premise: string;
  label: string;
  value: VariableValue;
  /** How far the whole ending mix moves, in points (total variation × 100). */
  shift: number;
  endings: EndingShift[];
  /** The last date at which a state could still read the premise; absent when unknown. */
  lastRead?: string;
  /** Decisions whose option mixes move by at least MIN_POINTS, largest first. */
  decisions: DecisionShift[];
}

/** Smaller moves are rounding, not consequences. */
export const MIN_POINTS = 0.5;

/**
 * One row per premise value that differs from history and whose set was explored alone, in
 * the metadata's order. `lastRead`: from the shared walk (MergeStats.lastLive).
 */
export function comparePremises(
  sections: readonly ExploreSection[],
  meta: VariablesMeta,
  lastRead: Readonly<Record<string, string>> = {},
): PremiseComparison[] {
  const names = premiseNames(meta);
  const historical = Object.fromEntries(names.map((n) => [n, meta.variables[n]?.historical]));
  const differing = (s: ExploreSection) =>
    names.filter((n) => n in s.premises && s.premises[n] !== historical[n]);
  const base = sections.find((s) => s.mode === "exhaustive" && differing(s).length === 0);
  if (!base) return [];
  const rows: PremiseComparison[] = [];
  for (const section of sections) {
    const changed = differing(section);
    if (section.mode !== "exhaustive" || changed.length !== 1) continue;
    const premise = changed[0] as string;
    const endings = endingShifts(base, section);
    const row: PremiseComparison = {
      premise,
      label: meta.variables[premise]?.label ?? premise,
      value: section.premises[premise] as VariableValue,
      shift: round(endings.reduce((sum, e) => sum + Math.abs(e.points), 0) / 2),
      endings,
      decisions: decisionShifts(base, section),
    };
    const last = lastRead[premise];
    if (last !== undefined) row.lastRead = last;
    rows.push(row);
  }
  const order = new Map(names.map((n, i) => [n, i]));
  return rows.sort((a, b) => (order.get(a.premise) ?? 0) - (order.get(b.premise) ?? 0));
}

function endingShifts(without: ExploreSection, withIt: ExploreSection): EndingShift[] {
  const share = (s: ExploreSection, id: string) =>
    s.endings.find((e) => `${e.outcome.kind}:${e.outcome.id}` === id)?.share ?? 0;
  const ids = [...new Set([...without.endings, ...withIt.endings].map(endingKey))];
  return ids.map((id) => {
    const a = share(without, id);
    const b = share(withIt, id);
    return {
      ending: id.replace(/^ending:/, ""),
      without: a,
      with: b,
      points: round((b - a) * 100),
    };
  });
}

function endingKey(e: ExploreSection["endings"][number]): string {
  return `${e.outcome.kind}:${e.outcome.id}`;
}

/** How far each decision's options' ending mixes move between the two worlds. */
function decisionShifts(without: ExploreSection, withIt: ExploreSection): DecisionShift[] {
  const ids = [...new Set([...without.decisions, ...withIt.decisions].map((d) => d.id))];
  const shifts: DecisionShift[] = [];
  for (const id of ids) {
    const a = without.decisions.find((d) => d.id === id);
    const b = withIt.decisions.find((d) => d.id === id);
    const where = (a ?? b)?.date;
    const shift: DecisionShift = { decision: id, points: 0 };
    if (where !== undefined) shift.date = where;
    if (!a || !b) {
      shift.only = a ? "without" : "with";
      shift.points = 100;
    } else {
      for (const option of a.options) {
        const other = b.options.find((o) => o.option === option.option);
        if (!other) continue;
        const mixA = mixOf(without, option.shares);
        const mixB = mixOf(withIt, other.shares);
        shift.points = Math.max(shift.points, distance(mixA, mixB));
      }
    }
    if (shift.points >= MIN_POINTS) shifts.push(shift);
  }
  return shifts.sort((x, y) => y.points - x.points || x.decision.localeCompare(y.decision));
}

/** Shares keyed by outcome, so that the two sections' outcome orders need not agree. */
function mixOf(section: ExploreSection, shares: readonly number[]): Map<string, number> {
  return new Map(section.outcomes.map((o, i) => [`${o.kind}:${o.id}`, shares[i] ?? 0]));
}

function distance(a: Map<string, number>, b: Map<string, number>): number {
  let sum = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    sum += Math.abs((a.get(key) ?? 0) - (b.get(key) ?? 0));
  }
  return round((sum / 2) * 100);
}

function round(points: number): number {
  return Math.round(points * 10) / 10;
}
