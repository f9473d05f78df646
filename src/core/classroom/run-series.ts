/**
 * The values a debrief charts, step by step: replays a run's log on a fresh Session (same
 * seed and premises) and reads the variables before the first choice and after each one.
 * It is `replayLog` with an observer, so a replay that no longer fits the story stops where
 * `replayLog` stops and says so.
 */
import { replayLog } from "../save/replay";
import type { SaveFile } from "../save/save-file";
import type { CompiledStory } from "../story/load-story";
import { Session, type VariableValue } from "../story/session";

export interface SeriesPoint {
  /** Choices made so far. */
  step: number;
  date?: string;
  values: Record<string, number>;
  /** The options on offer at this point (what the class chose among next). */
  offered?: string[];
}

export interface RunSeries {
  points: SeriesPoint[];
  /** The final variables (all of them), for the comparison. */
  variables: Record<string, VariableValue>;
  /** How many log entries replayed; less than the log's length when the story changed. */
  replayed: number;
}

/** Replays `save` on `story`, recording the numeric values of `names` after each choice. */
export function replayRunSeries(
  story: CompiledStory,
  save: SaveFile,
  names: readonly string[],
): RunSeries {
  const session = new Session(story, { seed: save.seed, premises: save.premises });
  const points: SeriesPoint[] = [];
  const { replayed } = replayLog(session, save.log, (turn, step) => {
    const at = point(session, step, names);
    if (turn.choices.length > 0) at.offered = turn.choices.map((choice) => choice.text);
    points.push(at);
  });
  return { points, variables: session.variables(), replayed };
}

function point(session: Session, step: number, names: readonly string[]): SeriesPoint {
  const all = session.variables();
  const values: Record<string, number> = {};
  for (const name of names) {
    const value = all[name];
    if (typeof value === "number") values[name] = value;
  }
  const date = session.currentDate();
  return date === undefined ? { step, values } : { step, date, values };
}
