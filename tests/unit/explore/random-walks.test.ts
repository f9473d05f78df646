import { describe, expect, test } from "vitest";
import { walkRandomly } from "../../../src/core/explore/random-walks";
import { NO_META } from "../../../src/core/state/variables-meta";
import { Session } from "../../../src/core/story/session";
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
    // Both endings are reachable in about half the walks each.
    expect(section.endings.map((e) => e.outcome.id).sort()).toEqual(["lose", "win"]);
    expect(section.endings.every((e) => e.share > 0.3)).toBe(true);
    // Playing the ending's seed and typing its path reaches that ending, as the report promises.
    for (const e of section.endings) {
      const session = new Session(STORY, { seed: e.seed as number });
      let turn = session.continue();
      for (const step of e.shortest) {
        expect(turn.choices[step.index]?.text).toBe(step.text);
        session.choose(step.index);
        turn = session.continue();
      }
      expect(turn.ending?.id).toBe(e.outcome.id);
    }
  });

  test("draw different walks from different seeds", () => {
    const seeds = (s: number) => walk(s, 20).endings.map((e) => e.seed);
    expect(seeds(1)).not.toEqual(seeds(2));
  });
});
