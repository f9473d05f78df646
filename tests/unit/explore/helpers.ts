/**
 * Shared helpers for the explorer tests: compile a story written inline, explore it, and read
 * the counts back as plain numbers.
 */

import { type ExhaustiveOptions, exploreExhaustively } from "../../../src/core/explore/exhaustive";
import { reportExhaustive } from "../../../src/core/explore/exhaustive-report";
import type { ExploreSection } from "../../../src/core/explore/report";
import { NO_META, type VariablesMeta } from "../../../src/core/state/variables-meta";
import { compileInk } from "../../../src/core/story/compile-ink";
import type { CompiledStory } from "../../../src/core/story/load-story";

export function compile(source: string): CompiledStory {
  return compileInk(source, "inline.ink", () => {
    throw new Error("no includes in inline stories");
  }).story;
}

export function explore(
  source: string,
  options: Partial<ExhaustiveOptions> = {},
  meta: VariablesMeta = NO_META,
): ExploreSection {
  const story = compile(source);
  const seed = options.seed ?? 7;
  const graph = exploreExhaustively(story, { seed, meta, ...options });
  return reportExhaustive(graph, { seed, premises: options.premises ?? {}, meta });
}

/** Paths per outcome id, as numbers, e.g. `{ win: 3, lose: 1 }`. */
export function pathsByEnding(section: ExploreSection): Record<string, number> {
  const result: Record<string, number> = {};
  for (const row of section.endings) result[row.outcome.id] = Number(row.paths);
  return result;
}

/** The modes every exploration test runs in: plain, and saving and reloading after each step. */
export const MODES = [
  { name: "direct", options: {} },
  { name: "save-and-reload", options: { reloadEachStep: true } },
] as const;
