/**
 * The discussion countdown on the terminal: a LineReader wrapper that, while the lesson's timer
 * runs, shows the time left as it waits for a line. The time comes from the lesson state (the
 * reducer's timer), so a note, a vote or a wrong command typed meanwhile leaves it running,
 * and a pause stops it where it is. On a terminal the count updates in place; piped, a line
 * every `step` seconds keeps transcripts short. Time up is announced once per countdown.
 */
import { formatClock } from "../../core/classroom/settings";
import type { InputResult, LineReader } from "./line-reader";

export interface TimerOptions {
  write: (text: string) => void;
  /** Update the count in place (a terminal) or print a line every `step` seconds. */
  inPlace: boolean;
  /** Seconds left now, or undefined when no countdown runs (off or paused). */
  secondsLeft: () => number | undefined;
  /** Identifies the countdown (its end time), so time up is said once for each. */
  countdownId: () => number | undefined;
  /** Seconds between printed updates when not in place (default 30). */
  step?: number;
  /** Milliseconds between checks of the clock (default 1000). */
  tickMs?: number;
}

export function createTimedReader(inner: LineReader, options: TimerOptions): LineReader {
  let announced: number | undefined;
  return {
    close: () => inner.close(),
    async next(prompt) {
      const left = options.secondsLeft();
      const id = options.countdownId();
      if (left === undefined || id === undefined || announced === id) return inner.next(prompt);
      return countdown(inner, prompt, options, left, () => {
        announced = id;
      });
    },
  };
}

async function countdown(
  inner: LineReader,
  prompt: string | undefined,
  options: TimerOptions,
  start: number,
  onTimeUp: () => void,
): Promise<InputResult> {
  const { write, inPlace, step = 30, tickMs = 1000 } = options;
  const pending = inner.next(prompt);
  if (start <= 0) {
    onTimeUp();
    write(`\nTime is up: take the votes.\n${prompt ?? ""}`);
    return pending;
  }
  write(inPlace ? `\r${formatClock(start)} left ` : `${formatClock(start)} left\n`);
  let shown = start;
  let tick: ReturnType<typeof setInterval> | undefined;
  const timeUp = new Promise<"time-up">((resolve) => {
    tick = setInterval(() => {
      const left = options.secondsLeft();
      if (left === undefined) return;
      if (left <= 0) return resolve("time-up");
      if (left === shown) return;
      shown = left;
      if (inPlace) write(`\r${formatClock(left)} left `);
      else if (left % step === 0) write(`${formatClock(left)} left\n`);
    }, tickMs);
  });
  const first = await Promise.race([pending, timeUp]);
  clearInterval(tick);
  if (first === "time-up") {
    onTimeUp();
    write(`${inPlace ? "\r" : ""}Time is up: take the votes.\n${prompt ?? ""}`);
    return pending;
  }
  return first;
}
