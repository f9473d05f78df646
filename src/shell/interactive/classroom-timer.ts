/**
 * The discussion timer: a LineReader wrapper that, once armed at a decision, counts down before
 * the next prompt. Enter skips it; anything else typed during the countdown (early votes, a
 * command) ends it and is passed on as the input. On a terminal the count updates in place;
 * piped, it prints a line every `step` seconds so transcripts stay short.
 */
import { formatClock } from "../../core/classroom/settings";
import type { InputResult, LineReader } from "./line-reader";

export interface TimedReader extends LineReader {
  /** Starts a countdown of `seconds` before the next prompt. */
  arm(seconds: number): void;
}

export interface TimerOptions {
  write: (text: string) => void;
  /** Update the count in place (a terminal) or print a line every `step` seconds. */
  inPlace: boolean;
  /** Seconds between printed updates when not in place (default 30). */
  step?: number;
}

export function createTimedReader(inner: LineReader, options: TimerOptions): TimedReader {
  let armed = 0;
  return {
    arm(seconds) {
      armed = seconds;
    },
    close: () => inner.close(),
    async next(prompt) {
      const seconds = armed;
      armed = 0;
      if (seconds <= 0) return inner.next(prompt);
      return countdown(inner, seconds, prompt, options);
    },
  };
}

async function countdown(
  inner: LineReader,
  seconds: number,
  prompt: string | undefined,
  options: TimerOptions,
): Promise<InputResult> {
  const { write, inPlace, step = 30 } = options;
  write(`Discussion: ${formatClock(seconds)} (press Enter to skip)\n`);
  const pending = inner.next();
  let left = seconds;
  let tick: ReturnType<typeof setInterval> | undefined;
  const timeUp = new Promise<"time-up">((resolve) => {
    tick = setInterval(() => {
      left -= 1;
      if (left <= 0) return resolve("time-up");
      if (inPlace) write(`\r${formatClock(left)} left `);
      else if (left % step === 0) write(`${formatClock(left)} left\n`);
    }, 1000);
  });
  const first = await Promise.race([pending, timeUp]);
  clearInterval(tick);
  if (first === "time-up") {
    write(`${inPlace ? "\r" : ""}Time is up: take the votes.\n${prompt ?? ""}`);
    return pending;
  }
  if (first.kind === "line" && first.text.trim() === "") {
    write(`${inPlace ? "\n" : ""}Timer skipped.\n`);
    return inner.next(prompt);
  }
  return first;
}
