/**
 * A path of choices on the terminal (the explorer's shortest paths, `check`'s paths to a false
 * claim): broken between steps to the width, each continuation line indented under the first
 * step, so a path of thirty choices reads as a column instead of one 1,000-character line.
 */
import wrapAnsi from "wrap-ansi";
import { hanging } from "./history-format";

export const STEP_JOIN = " → ";

/**
 * `label` then the steps joined by arrows, wrapped to `width`: a line breaks after an arrow,
 * never inside a step unless the step alone is wider than the room left.
 */
export function pathLines(label: string, steps: readonly string[], width: number): string {
  const indent = " ".repeat(label.length);
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  let line = "";
  steps.forEach((step, i) => {
    const piece = i < steps.length - 1 ? `${step}${STEP_JOIN.trimEnd()}` : step;
    const joined = line ? `${line} ${piece}` : piece;
    if (joined.length <= room) {
      line = joined;
      return;
    }
    if (line) lines.push(line);
    const parts = wrapAnsi(piece, room, { hard: true, trim: true }).split("\n");
    line = parts.pop() ?? "";
    lines.push(...parts);
  });
  if (line) lines.push(line);
  return lines.map((text, i) => (i === 0 ? `${label}${text}` : `${indent}${text}`)).join("\n");
}

/**
 * One long line wrapped to `width` (left alone when `width` is infinite, as in Markdown):
 * its own leading indentation kept, continuation lines indented by `hang` more.
 */
export function wrapLine(text: string, width: number, hang: string): string {
  if (!Number.isFinite(width) || text.length <= width) return text;
  const indent = /^ */.exec(text)?.[0] ?? "";
  return hanging(text.slice(indent.length), width, indent, hang);
}
