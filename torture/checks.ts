/**
 * What counts as a failure in the torture suite's output: a crash (an internal error, a stack
 * trace), and unsafe output (an escape sequence or control character that khasan did not mean
 * to send: anything but its own colours and, on a terminal, readline's own cursor moves).
 */

export function hasCrashed(stdout: string, stderr: string): boolean {
  const text = `${stdout}\n${stderr}`;
  return text.includes("internal error") || /^\s+at .+:\d+:\d+\)?$/m.test(text);
}

// Colours (SGR), and the cursor moves and erases readline draws its prompt with.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const OWN_SEQUENCES = /\u001b\[[0-9;]*m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const READLINE_SEQUENCES = /\u001b\[(?:\d*[GJKABCD]|\d+;\d+[Hf]|\?2004[hl]|6n)/g;
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
