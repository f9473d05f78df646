/**
 * Replays a choice log onto a session: the one mechanism behind undo, `--replay` of a save from
 * another story build, and the save-and-reload test mode. Each choice is matched by its text,
 * so reordered choices in a new build still replay, and a choice that was reworded stops the
 * replay there instead of silently taking whatever now stands at the same number.
 */
import type { Session } from "../story/session";
import type { LogEntry, Turn } from "../story/turn";

export interface ReplayResult {
  /** The turn at which the session now stands. */
  turn: Turn;
  /** How many log entries were replayed. */
  replayed: number;
  /** The first entry that matched no choice, if the replay stopped early. */
  stoppedAt?: LogEntry;
}

/** Called with the turn at the start (`replayed` 0) and after each replayed choice. */
export type ReplayObserver = (turn: Turn, replayed: number) => void;

export function replayLog(
  session: Session,
  log: readonly LogEntry[],
  onStep?: ReplayObserver,
): ReplayResult {
  session.restart();
  let turn = session.continue();
  let replayed = 0;
  onStep?.(turn, replayed);
  for (const entry of log) {
    const match = turn.choices.find((choice) => choice.text === entry.text);
    if (!match) return { turn, replayed, stoppedAt: entry };
    const chosen = session.choose(match.index);
    if (entry.votes) chosen.votes = [...entry.votes];
    turn = session.continue();
    replayed += 1;
    onStep?.(turn, replayed);
  }
  return { turn, replayed };
}
