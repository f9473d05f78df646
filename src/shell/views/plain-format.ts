/**
 * inklecate's play format (DESIGN.md 5), so other ink tools can drive `--plain`: each line as
 * ink produced it, `# tags: a, b` after a tagged line, and at a choice point an empty line,
 * `1: text` per choice and the `?> ` prompt. The messages for bad input are inklecate's own.
 */
import type { Turn } from "../../core/story/turn";
import { terminalSafe } from "./safe-text";

export const PLAIN_PROMPT = "?> ";
export const PLAIN_OUT_OF_RANGE = "Choice out of range";
export const PLAIN_UNEXPECTED = "Unexpected input. Type 'help' or a choice number.";
export const PLAIN_INPUT_CLOSED = "<User input stream closed.>";

/** The text of one turn, up to and including the prompt when there are choices. */
export function formatPlainTurn(raw: Turn): string {
  const turn = terminalSafe(raw);
  let out = "";
  for (const line of turn.lines) {
    // A turn that writes nothing (a choice with no outcome text) has one empty line without
    // tags: inklecate prints nothing for it, so neither do we.
    if (line.text === "" && line.tags.length === 0) continue;
    out += `${line.text}\n`;
    if (line.tags.length > 0) out += `# tags: ${line.tags.map((tag) => tag.raw).join(", ")}\n`;
  }
  if (turn.choices.length === 0) return out;
  out += "\n";
  for (const choice of turn.choices) out += `${choice.index + 1}: ${choice.text}\n`;
  return `${out}${PLAIN_PROMPT}`;
}
