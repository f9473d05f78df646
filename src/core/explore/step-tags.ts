/**
 * Reads the story contract's tags (DESIGN.md 3.2) off one walker step: the date in force, the
 * decision before a set of choices, the option at the start of an outcome, the ending.
 */
import { DEFAULT_ROLE, hasTag, tagValue } from "../story/tags";
import type { WalkLine } from "../story/walker";

/** The last value of `key` among the lines, if any. */
export function lastTagValue(lines: readonly WalkLine[], key: string): string | undefined {
  let value: string | undefined;
  for (const line of lines) value = tagValue(line.tags, key) ?? value;
  return value;
}

export interface StepDecision {
  id: string;
  role: string;
}

/** The decision announced on the lines before a set of choices. */
export function readDecision(lines: readonly WalkLine[]): StepDecision | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const tags = lines[i]?.tags ?? [];
    const id = tagValue(tags, "decision");
    if (id !== undefined) return { id, role: tagValue(tags, "role") || DEFAULT_ROLE };
  }
  return undefined;
}

/** The `option:` of an outcome: the first line carrying one, with its `historical` mark. */
export function readOption(
  lines: readonly WalkLine[],
): { id: string; historical: boolean } | undefined {
  for (const line of lines) {
    const id = tagValue(line.tags, "option");
    if (id !== undefined) return { id, historical: hasTag(line.tags, "historical") };
  }
  return undefined;
}
