/**
 * Which decisions matter: for each decision and option, the mix of outcomes among the paths
 * that take it, and how far that mix shifts from the overall one (total variation distance:
 * half the sum of absolute share differences, from 0 for no change to 1 for a disjoint mix).
 */
import type { DecisionRow, OptionRow } from "./report";
import { shareOf } from "./report";

/** Outcome counts per decision and option, filled by either explorer mode. */
export class ImpactTally {
  private readonly decisions = new Map<
    string,
    { role?: string; date?: string; options: Map<string, bigint[]> }
  >();

  constructor(private readonly size: number) {}

  add(
    decision: string,
    option: string,
    counts: readonly bigint[],
    where: { role?: string; date?: string },
  ): void {
    let entry = this.decisions.get(decision);
    if (!entry) {
      entry = { options: new Map() };
      if (where.role !== undefined) entry.role = where.role;
      if (where.date !== undefined) entry.date = where.date;
      this.decisions.set(decision, entry);
    }
    const sum = entry.options.get(option) ?? new Array<bigint>(this.size).fill(0n);
    for (let i = 0; i < this.size; i++) sum[i] = (sum[i] ?? 0n) + (counts[i] ?? 0n);
    entry.options.set(option, sum);
  }

  /** Rows sorted by impact, largest first; `overall` is the outcome count vector of all paths. */
  rows(overall: readonly bigint[]): DecisionRow[] {
    const mix = shares(overall);
    const rows: DecisionRow[] = [];
    for (const [id, entry] of this.decisions) {
      const options = [...entry.options].map(([option, counts]) => optionRow(option, counts, mix));
      const row: DecisionRow = {
        id,
        paths: options.reduce((sum, o) => sum + o.paths, 0n),
        options,
        impact: Math.max(0, ...options.map((o) => o.shift)),
      };
      if (entry.role !== undefined) row.role = entry.role;
      if (entry.date !== undefined) row.date = entry.date;
      rows.push(row);
    }
    return rows.sort((a, b) => b.impact - a.impact || a.id.localeCompare(b.id));
  }
}

function optionRow(option: string, counts: readonly bigint[], mix: readonly number[]): OptionRow {
  const own = shares(counts);
  const distance = own.reduce((sum, share, i) => sum + Math.abs(share - (mix[i] ?? 0)), 0) / 2;
  return { option, paths: total(counts), shares: own, shift: Math.round(distance * 1e6) / 1e6 };
}

function shares(counts: readonly bigint[]): number[] {
  const whole = total(counts);
  return counts.map((count) => shareOf(count, whole));
}

export function total(counts: readonly bigint[]): bigint {
  return counts.reduce((sum, count) => sum + count, 0n);
}
