/**
 * The discussion countdown as plain data, so it survives a save and a browser reload: running
 * (with the moment it ends), paused (with what was left) or off. Every change takes the time
 * `at` (milliseconds since the epoch) from the event; nothing here reads a clock.
 */

export type TimerState =
  | { kind: "off" }
  | { kind: "running"; totalSeconds: number; endsAt: number }
  | { kind: "paused"; totalSeconds: number; leftMs: number };

export const TIMER_OFF: TimerState = { kind: "off" };

export function startTimer(seconds: number, at: number): TimerState {
  return seconds > 0
    ? { kind: "running", totalSeconds: seconds, endsAt: at + seconds * 1000 }
    : TIMER_OFF;
}

/** Stops the clock where it is; pausing a paused or finished timer changes nothing. */
export function pauseTimer(timer: TimerState, at: number): TimerState {
  if (timer.kind !== "running") return timer;
  return {
    kind: "paused",
    totalSeconds: timer.totalSeconds,
    leftMs: Math.max(0, timer.endsAt - at),
  };
}

/** Runs on from where the pause left it (not from the full time). */
export function resumeTimer(timer: TimerState, at: number): TimerState {
  if (timer.kind !== "paused") return timer;
  return { kind: "running", totalSeconds: timer.totalSeconds, endsAt: at + timer.leftMs };
}

/**
 * Adds `seconds` to what is left at `at` (a paused timer stays paused); an off or finished timer
 * starts anew. Computed here, at the moment the event arrives, not from a page's last view.
 */
export function extendTimer(timer: TimerState, seconds: number, at: number): TimerState {
  const leftMs =
    timer.kind === "paused" ? timer.leftMs : timer.kind === "running" ? timer.endsAt - at : 0;
  if (leftMs <= 0) return startTimer(seconds, at);
  const totalSeconds = timer.kind === "off" ? seconds : timer.totalSeconds + seconds;
  return timer.kind === "paused"
    ? { kind: "paused", totalSeconds, leftMs: leftMs + seconds * 1000 }
    : { kind: "running", totalSeconds, endsAt: at + leftMs + seconds * 1000 };
}

/** Whole seconds left at `now` (rounded up, so 0 means time is up); undefined when off. */
export function secondsLeft(timer: TimerState, now: number): number | undefined {
  if (timer.kind === "off") return undefined;
  const left = timer.kind === "paused" ? timer.leftMs : timer.endsAt - now;
  return Math.max(0, Math.ceil(left / 1000));
}
