/**
 * Merges many runs of one story build (a class's lessons, or several groups): how often each
 * ending was reached, and for each decision how many runs took each option (with the students'
 * votes for it, where the class voted), against what was done in 1938, with counts beside the
 * shares and the classes' labels. Lessons and solo play are kept apart: a run is a lesson when
 * its notes hold a classroom setup. Decisions a lesson cut took as in 1938 are not counted as the
 * class's. Runs from other builds and unfinished runs are reported and left out. Runs hold no
 * personal data; only choices, vote counts and endings are counted.
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
  /** Runs that took it. */
  count: number;
  /** Students' votes for it, over the runs where the class voted. */
  votes: number;
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
  /** Votes cast at this decision, over the runs where the class voted. */
  votes: number;
  options: OptionCount[];
}

export interface LeftOut {
  label: string;
  reason: string;
}

export interface RunStats {
  /** "lessons" (classroom runs) or "solo" (ordinary play). */
  kind: "lessons" | "solo";
  runs: number;
  /** Runs per class label (set at `khasan classroom --label`); "" for unlabelled. */
  classes: { label: string; runs: number }[];
  endings: { ending: string; count: number }[];
  decisions: DecisionStats[];
  leftOut: LeftOut[];
}

/** Whether a run was a classroom lesson (its notes hold a setup). */
export function isLesson(save: SaveFile): boolean {
  return (save.notes ?? []).some((note) => note.kind === "setup");
}

function classLabel(save: SaveFile): string {
  return [...(save.notes ?? [])].reverse().find((note) => note.kind === "setup")?.label ?? "";
}

export function mergeRuns(
  runs: readonly LabelledRun[],
  storyHash: string,
  record?: HistoricalRecord,
  kind: RunStats["kind"] = "lessons",
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
    if (isLesson(save) !== (kind === "lessons")) {
      const reason =
        kind === "lessons"
          ? "solo play, not a lesson (--solo counts these)"
          : "a lesson, not solo play";
      leftOut.push({ label, reason });
      return false;
    }
    if (!save.ended)
      leftOut.push({ label, reason: `unfinished (${plural(save.log.length, "choice")})` });
    return save.ended;
  });
  const classes = new Map<string, number>();
  for (const { save } of kept)
    classes.set(classLabel(save), (classes.get(classLabel(save)) ?? 0) + 1);
  const endings = new Map<string, number>();
  for (const { save } of kept) {
    const ending = save.ending ?? "(no ending id)";
    endings.set(ending, (endings.get(ending) ?? 0) + 1);
  }
  return {
    kind,
    runs: kept.length,
    classes: [...classes]
      .map(([label, count]) => ({ label, runs: count }))
      .sort((a, b) => a.label.localeCompare(b.label)),
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
    const byHistory = historySteps(save);
    const last = new Map(
      save.log.flatMap((e, step) =>
        e.decision && !byHistory.has(step + 1) ? [[e.decision, e] as const] : [],
      ),
    );
    for (const [decision, entry] of last) {
      const stats = byDecision.get(decision) ?? newStats(decision, record);
      byDecision.set(decision, stats);
      stats.total += 1;
      if (entry.historical) stats.historical += 1;
      const option = entry.option ?? entry.text;
      const found =
        stats.options.find((o) => o.option === option) ??
        stats.options[
          stats.options.push({
            option,
            text: entry.text,
            count: 0,
            votes: 0,
            historical: entry.historical === true,
          }) - 1
        ];
      if (!found) continue;
      found.count += 1;
      // The class's votes name options by their place on screen, not by id: credit each count
      // to the option that stood there, when the run took it; the others are counted by text.
      const votes = entry.votes ?? [];
      stats.votes += votes.reduce((sum, n) => sum + n, 0);
      found.votes += votes[entry.index] ?? 0;
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

/** Steps (1-based) whose vote note says a lesson cut took the decision as in 1938. */
function historySteps(save: SaveFile): Set<number> {
  const notes = (save.notes ?? []).filter((n) => n.kind === "vote");
  const last = new Map(notes.map((n) => [n.step, n.rule]));
  return new Set([...last].filter(([, rule]) => rule === "history").map(([step]) => step));
}

function newStats(decision: string, record?: HistoricalRecord): DecisionStats {
  const stats: DecisionStats = { decision, total: 0, historical: 0, votes: 0, options: [] };
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
