/**
 * What counts as a failure in the torture suite's output: a crash (an internal error, a stack
 * trace), and unsafe output (an escape sequence or control character that khasan did not mean
 * to send: anything but its own colours and, on a terminal, readline's own cursor moves).
 */
import type { Finished } from "./spawn-cli";

export function hasCrashed(stdout: string, stderr: string): boolean {
  const text = `${stdout}\n${stderr}`;
  return text.includes("internal error") || /^\s+at .+:\d+:\d+\)?$/m.test(text);
}

/** khasan's exit codes: 0, 1 (a refusal), 2 (usage), 130 (Ctrl-C). */
const OWN_EXIT_CODES = new Set([0, 1, 2, 130]);

/**
 * Whether a process that was not timed out crashed: an internal error or stack trace, a signal
 * it did not ask for (an abort, out of memory), or an exit code khasan never uses.
 */
export function processCrashed(run: Finished): boolean {
  if (run.hung) return false;
  if (run.signal !== null) return true;
  if (run.code === null || !OWN_EXIT_CODES.has(run.code)) return true;
  return hasCrashed(run.stdout, run.stderr);
}

/**
 * A refusal must be one line (`khasan: …`) on stderr, after at most the note of the random seed
 * a game was playing (to replay it). A failed run that prints nothing on stderr is a report
 * (`check`, `stats` say on stdout what failed) and must have printed one.
 */
export function refusalNotOneLine(run: Finished): string | undefined {
  if (run.hung || run.code === 0 || run.code === 130) return undefined;
  if (run.stderr === "" && run.stdout.trim() !== "") return undefined;
  const lines = run.stderr
    .replace(/\n$/, "")
    .split("\n")
    .filter((line) => !/^khasan: seed \d+ \(play it again with --seed \d+\)$/.test(line));
  if (lines.length === 1 && /^khasan: \S/.test(lines[0] ?? "")) return undefined;
  return JSON.stringify(run.stderr.slice(0, 300));
}

// Colours (SGR), and the cursor moves and erases readline draws its prompt with.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const OWN_SEQUENCES = /\u001b\[[0-9;]*m/g;
// A backspace is a cursor move left like ESC [ D: the terminal's own erasing (of a character,
// a tab, a killed line) draws with it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const READLINE_SEQUENCES = /\u001b\[(?:\d*[GJKABCD]|\d+;\d+[Hf]|\?2004[hl]|6n)|\u0008/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** The first unsafe character with some context, or undefined when the output is clean. */
export function findUnsafeOutput(output: string, terminal: boolean): string | undefined {
  let text = output.replace(OWN_SEQUENCES, "");
  if (terminal) text = text.replace(READLINE_SEQUENCES, "").replace(/\r/g, "");
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  return JSON.stringify(text.slice(Math.max(0, match.index - 30), match.index + 30));
}

/** HTML outside the markup khasan writes: a tag or script a story, record or save carried. */
export function findRawHtml(output: string, marker: string): string | undefined {
  const at = output.indexOf(`<${marker}`);
  return at < 0 ? undefined : output.slice(Math.max(0, at - 30), at + 40);
}
