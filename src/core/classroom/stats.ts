/**
 * Merges many runs of one story build (a class's lessons, or several groups): how often each
 * ending was reached, and for each decision how many runs took each option, against what was
 * done in 1938. Runs from other builds and unfinished runs are reported and left out. Runs hold
 * no personal data; only choices and endings are counted.
 */
import type { HistoricalRecord } from "../history/record-schema";
import type { SaveFile } from "../save/save-file";
import { plural } from "../words";
import { decisionOrder } from "./lesson-plan";

export interface LabelledRun {
  /** Where the run came from (a file name), for the report. */
  label: string;
  save: SaveFile;
}

export interface OptionCount {
  /** The `option:` id, or the choice text when the story tags none. */
  option: string;
  text: string;
  count: number;
  historical: boolean;
}

export interface DecisionStats {
  decision: string;
  question?: string;
  historicalChoice?: string;
  /** Runs that reached the decision. */
  total: number;
  /** Of those, runs that took the historical option. */
  historical: number;
  options: OptionCount[];
}

export interface LeftOut {
  label: string;
  reason: string;
}

export interface RunStats {
  runs: number;
  endings: { ending: string; count: number }[];
  decisions: DecisionStats[];
  leftOut: LeftOut[];
}

export function mergeRuns(
  runs: readonly LabelledRun[],
  storyHash: string,
  record?: HistoricalRecord,
): RunStats {
  const leftOut: LeftOut[] = [];
  const seen = new Map<string, string>();
  const kept = runs.filter(({ label, save }) => {
    // The autosave and the named copy of one lesson are the same run: count it once.
    const key = `${save.seed} ${JSON.stringify(save.log.map((e) => e.text))}`;
    const first = seen.get(key);
    if (first !== undefined) {
      leftOut.push({ label, reason: `the same run as ${first}` });
      return false;
    }
    seen.set(key, label);
    if (save.storyHash !== storyHash) {
      leftOut.push({
        label,
        reason: `made with another story build (${save.storyVersion}, build ${save.storyHash.slice(0, 8)})`,
      });
      return false;
    }
    if (!save.ended)
      leftOut.push({ label, reason: `unfinished (${plural(save.log.length, "choice")})` });
    return save.ended;
  });
  const endings = new Map<string, number>();
  for (const { save } of kept) {
    const ending = save.ending ?? "(no ending id)";
    endings.set(ending, (endings.get(ending) ?? 0) + 1);
  }
  return {
    runs: kept.length,
    endings: [...endings]
      .map(([ending, count]) => ({ ending, count }))
      .sort((a, b) => b.count - a.count || a.ending.localeCompare(b.ending)),
    decisions: countDecisions(
      kept.map((run) => run.save),
      record,
    ),
    leftOut,
  };
}

function countDecisions(saves: readonly SaveFile[], record?: HistoricalRecord): DecisionStats[] {
  const byDecision = new Map<string, DecisionStats>();
  for (const save of saves) {
    // A decision taken twice in one run (after a restart) counts once: the last choice stands.
    const last = new Map(save.log.filter((e) => e.decision).map((e) => [e.decision ?? "", e]));
    for (const [decision, entry] of last) {
      const stats = byDecision.get(decision) ?? newStats(decision, record);
      byDecision.set(decision, stats);
      stats.total += 1;
      if (entry.historical) stats.historical += 1;
      const option = entry.option ?? entry.text;
      const found = stats.options.find((o) => o.option === option);
      if (found) found.count += 1;
      else
        stats.options.push({
          option,
          text: entry.text,
          count: 1,
          historical: entry.historical === true,
        });
    }
  }
  const order = record ? decisionOrder(record) : [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...byDecision.values()]
    .map((stats) => ({
      ...stats,
      options: stats.options.sort((a, b) => b.count - a.count || a.option.localeCompare(b.option)),
    }))
    .sort((a, b) => rank(a.decision) - rank(b.decision));
}

function newStats(decision: string, record?: HistoricalRecord): DecisionStats {
  const stats: DecisionStats = { decision, total: 0, historical: 0, options: [] };
  const known = record?.decisions.find((d) => d.id === decision);
  if (known) {
    stats.question = known.question;
    stats.historicalChoice = known.historical_choice;
  }
  return stats;
}

/** A share as a whole per cent, e.g. 2 of 3 → "67%". */
export function percent(count: number, total: number): string {
  return total === 0 ? "–" : `${Math.round((count * 100) / total)}%`;
}
