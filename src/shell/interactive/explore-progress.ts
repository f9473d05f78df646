/**
 * The explorer's progress line on stderr: states, paths counted so far, time taken and an
 * estimate of the time left, rewritten in place. Only on a terminal, only once a run has
 * taken more than a second, at most five times a second; a pipe or a file gets nothing.
 */
import type { Writable } from "node:stream";
import type { TaskProgress } from "../../core/explore/task";
import type { PoolProgress } from "../workers/explore-pool";

type Progress = Parameters<TaskProgress>[0];

const QUIET_MS = 1000;
const EVERY_MS = 200;

export interface ProgressLine {
  onProgress: PoolProgress;
  /** Clears the line, if one was shown. */
  done(): void;
}

/** A progress line for `tasks` tasks, or undefined when stderr is not a terminal. */
export function progressLine(
  stderr: Writable,
  now: () => Date,
  tasks: number,
): ProgressLine | undefined {
  if (!(stderr as { isTTY?: boolean }).isTTY) return undefined;
  const started = now().getTime();
  const latest: Progress[] = new Array(tasks);
  let shown = false;
  let last = 0;
  return {
    onProgress: (index, progress) => {
      latest[index] = progress;
      const at = now().getTime();
      if (at - started < QUIET_MS || at - last < EVERY_MS) return;
      last = at;
      shown = true;
      stderr.write(`\r${describe(latest, tasks, at - started)}\u001b[K`);
    },
    done: () => {
      if (shown) stderr.write("\r\u001b[K");
    },
  };
}

/** "explore: 12,345 states, 67,890 paths so far, 0:12, about 0:30 left" */
export function describe(latest: readonly Progress[], tasks: number, elapsedMs: number): string {
  let states = 0;
  let paths = 0;
  let walks = 0;
  let done = 0;
  for (const progress of latest) {
    if (!progress) continue;
    if ("walks" in progress) walks += progress.walks;
    else {
      states += progress.states;
      paths += progress.paths;
      done += progress.done;
    }
  }
  const parts: string[] = [];
  if (walks === 0 || states > 0)
    parts.push(`${count(states)} states, ${count(paths)} paths so far`);
  if (walks > 0) parts.push(`${count(walks)} random walks`);
  parts.push(clock(elapsedMs));
  // Random walks report no share done, so the estimate is for exhaustive runs alone.
  const share = done / tasks;
  if (walks === 0 && share > 0.01)
    parts.push(`about ${clock((elapsedMs * (1 - share)) / share)} left`);
  return `explore: ${parts.join(", ")}`;
}

function count(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
