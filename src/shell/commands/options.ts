/**
 * Option values shared by several commands, parsed into one-line usage errors. Kept free of
 * heavy imports: every command's registration loads it at start-up.
 */
import { Option } from "commander";
import { UsageError } from "../../core/errors";
import { isValidSeed, MAX_SEED } from "../../core/random/seed";

/** Collects a repeatable option (`--set a=1 --set b=2`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * How the user runs this program, for the commands we tell them to type: `npm start --` or
 * `npm run dev --` when npm started it (README users), else `khasan`.
 */
export function commandName(env: Readonly<Record<string, string | undefined>>): string {
  const script = env.npm_lifecycle_event;
  if (script === "start") return "npm start --";
  if (script === "dev") return "npm run dev --";
  return "khasan";
}

export function parseSeed(text: string, flag = "--seed"): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!isValidSeed(value)) {
    throw new UsageError(`${flag} "${text}" is not a whole number from 0 to ${MAX_SEED}`);
  }
  return value;
}

/** `--width N`: undefined when not given (the terminal's width is used). */
export function parseWidth(text: string | undefined, minimum = 20): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= minimum && value <= 1000)) {
    throw new UsageError(`--width "${text}" is not a number of columns from ${minimum} to 1000`);
  }
  return value;
}

export function parseCount(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} "${text}" is not a whole number`);
  return Number(text);
}

/**
 * `--format <format>`, one of `formats` (the first is the default). Commander refuses any other
 * value with a usage error naming the choices, and lists them in the command's help.
 */
export function formatOption(formats: readonly [string, ...string[]]): Option {
  return new Option("--format <format>", "output format").choices(formats).default(formats[0]);
}
