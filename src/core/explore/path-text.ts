/**
 * A path as one line of text: `1938-08-01 2:"Send the bombers" → …`, numbered as players type.
 */
import type { PathStep } from "./report";

export function pathText(path: readonly PathStep[]): string {
  if (path.length === 0) return "(the start)";
  return path
    .map((step) => `${step.date ? `${step.date} ` : ""}${step.index + 1}:"${step.text}"`)
    .join(" → ");
}
