import { describe, expect, test } from "vitest";
import { walkRandomly } from "../../../src/core/explore/random-walks";
import { NO_META } from "../../../src/core/state/variables-meta";
import { compile } from "./helpers";

const STORY = compile(`
VAR roll = 0
~ roll = RANDOM(1, 6)
* [High] {roll >= 4: Win. # ending: win | Lose. # ending: lose}
  -> END
* [Low] {roll < 4: Win. # ending: win | Lose. # ending: lose}
  -> END
`);

function walk(seed: number, walks = 200) {
  return walkRandomly(STORY, { seed, walks }, { seed, premises: {}, meta: NO_META });
}

describe("random walks", () => {
  test("are reproducible with the same seed", () => {
    const a = walk(42);
    const b = walk(42);
    expect(a.endings.map((e) => [e.outcome.id, e.paths, e.seed])).toEqual(
      b.endings.map((e) => [e.outcome.id, e.paths, e.seed]),
    );
  });

  test("count every walk once and give a replayable seed per ending", () => {
    const section = walk(7);
    expect(section.endings.reduce((sum, e) => sum + e.paths, 0n)).toBe(200n);
    for (const e of section.endings) expect(typeof e.seed).toBe("number");
    // Both endings are reachable in about half the walks each.
    expect(section.endings.every((e) => e.share > 0.3)).toBe(true);
  });

  test("draw different walks from different seeds", () => {
    const seeds = (s: number) => walk(s, 20).endings.map((e) => e.seed);
    expect(seeds(1)).not.toEqual(seeds(2));
  });
});
