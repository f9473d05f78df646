/**
 * Test helpers: compile inline ink (no includes) and read fixture files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileInk } from "../../src/core/story/compile-ink";
import type { CompiledStory } from "../../src/core/story/load-story";

export function compile(source: string, fileName = "test.ink"): CompiledStory {
  return compileInk(source, fileName, (name) => {
    throw new Error(`unexpected include ${name}`);
  }).story;
}

export const FIXTURES = join(__dirname, "..", "fixtures");

/** The frozen copy of the placeholder campaign, compiled. */
export function compileMiniCampaign(): CompiledStory {
  const dir = join(FIXTURES, "campaign-mini");
  return compileInk(readFileSync(join(dir, "khasan-mini.ink"), "utf8"), "khasan-mini.ink", (n) =>
    readFileSync(join(dir, n), "utf8"),
  ).story;
}
