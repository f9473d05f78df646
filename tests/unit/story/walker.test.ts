/**
 * The walker runs ink to each choice point in one pass (continueInOnePass) and splits the
 * output into lines itself; the player's Session uses ink's own line-by-line Continue. Both
 * must read the same lines with the same tags, on content that makes inkjs look ahead: glue across
 * lines, diverts and function calls, tags on lines of their own, dynamic tags, tunnels,
 * threads and RANDOM.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileInk } from "../../../src/core/story/compile-ink";
import type { CompiledStory } from "../../../src/core/story/load-story";
import { Session } from "../../../src/core/story/session";
import type { Tag } from "../../../src/core/story/tags";
import type { Line } from "../../../src/core/story/turn";
import { StoryWalker, type WalkLine } from "../../../src/core/story/walker";
import { compile } from "../../helpers/ink";

const TRICKY = `VAR n = 0
# date: 1 August
The wire is open.
It stays open <>
-> on
= on
all night.
~ n = bump(n)
{n > 0: Counted {n}.} # count: {n}
Words before
<> and after glue.
# alone
Tagged after a tag line. # late
-> tunnel ->
Back from the tunnel, {~calm|tense|grim}.
<- side
* [Wait] You wait. # option: wait
  ~ temp t = bump(2)
  Waiting {t} hours. <>
  -> finish
* {n > 0} [Act] You act. # option: act # historical
  -> finish
= finish
Done <>
{n > 1: twice|once}.
# ending: done
-> END
= tunnel
In the tunnel. # where: tunnel
->->
= side
* [Side door] A side door. # option: side
  -> finish

=== function bump(x) ===
~ return x + 1
`;

/** Lines of every step, walker and session side by side, taking the choices in `picks`. */
function bothWays(story: CompiledStory, seed: number, pick: (count: number) => number) {
  const walker = new StoryWalker(story);
  const session = new Session(story, { seed });
  let step = walker.start(seed);
  let turn = session.continue();
  // Compared on tags; where the walker keeps a line's text (claim lines, for claims.ts), the
  // text must be ink's own too (the walker's still ends with its newline).
  const tagsOf = (lines: { tags: Tag[] }[]) => lines.map((line) => ({ tags: line.tags }));
  const walkedTags = (lines: WalkLine[], played: Line[]) =>
    lines.map((line, i) => {
      if (line.text === undefined) return { tags: line.tags };
      expect(line.text.replace(/\n$/, "")).toBe(played[i]?.text);
      return { tags: line.tags };
    });
  const walked = [walkedTags(step.lines, turn.lines)];
  const played = [tagsOf(turn.lines)];
  while (step.choices.length > 0) {
    expect(step.choices).toEqual(turn.choices.map((c) => c.text));
    const index = pick(step.choices.length);
    step = walker.choose(index);
    session.choose(index);
    turn = session.continue();
    walked.push(walkedTags(step.lines, turn.lines));
    played.push(tagsOf(turn.lines));
  }
  expect(step.errors).toEqual([]);
  return { walked, played };
}

describe("the walker's lines", () => {
  const story = compile(TRICKY);

  it.each([0, 1, 2])(
    "match ink's own lines on glue, tags, tunnels and threads (choice %i)",
    (pick) => {
      const { walked, played } = bothWays(story, 3, () => pick);
      expect(walked).toEqual(played);
      expect(walked.flat().length).toBeGreaterThan(8);
    },
  );

  it("keep tags on their own lines the way ink assigns them", () => {
    const [first] = bothWays(story, 3, () => 0).walked;
    const tagged = (first ?? []).filter((line) => line.tags.length > 0);
    expect(tagged.map((line) => line.tags.map((t) => t.raw))).toEqual([
      ["date: 1 August"],
      ["count: 1"],
      ["alone", "late"],
      ["where: tunnel"],
    ]);
    expect(first?.length).toBe(7);
  });

  it("match ink's own lines on the campaign, walk after walk", () => {
    const dir = join(__dirname, "..", "..", "..", "story");
    const read = (name: string) => readFileSync(join(dir, name), "utf8");
    const campaign = compileInk(read("khasan.ink"), "khasan.ink", read).story;
    for (let seed = 1; seed <= 12; seed++) {
      let state = seed;
      const pick = (count: number) => {
        state = (state * 48271) % 2147483647;
        return state % count;
      };
      const { walked, played } = bothWays(campaign, seed, pick);
      expect(walked).toEqual(played);
    }
  }, 60_000);
});

const BRANCHY = `LIST mood = calm, (tense), grim
VAR n = 0
-> hub
=== hub ===
~ temp roll = RANDOM(1, 2)
Round {n}, {~north|south|east} wind, roll {roll}, mood {mood}. # round: {n}
<- aside
* [Calm]
  ~ mood = calm
  ~ n = n + roll
* [Grim]
  ~ mood += grim
  ~ n = n + 1
  -> tunnel ->
+ {n > 1} [Stop]
  -> stop
- {n < 4: -> hub}
-> stop
=== aside ===
* [Aside {n}]
  ~ n = n + 2
  -> hub
=== tunnel ===
In the tunnel {mood}. # where: tunnel
->->
=== stop ===
Stopped at {n} with {mood}, {hub} rounds. # ending: stop
-> END
`;

describe("the walker's snapshots", () => {
  const story = compile(BRANCHY);
  const seen = (walker: StoryWalker, step: ReturnType<StoryWalker["start"]>) => ({
    step,
    key: walker.key(),
    variables: walker.variables(),
  });

  it("restore a state as a fresh replay from the start reaches it, loaded again and again, frozen", () => {
    const walker = new StoryWalker(story, { branchRandom: true });
    const replay = new StoryWalker(story, { branchRandom: true });
    const replayed = (path: readonly number[]) => {
      let step = replay.start(5);
      for (const index of path) step = replay.choose(index);
      return seen(replay, step);
    };
    let compared = 0;
    const walk = (path: number[], step: ReturnType<StoryWalker["start"]>, depth: number) => {
      expect(seen(walker, step)).toEqual(replayed(path));
      compared += 1;
      if (step.choices.length === 0 || depth === 7) return;
      const saved = deepFreeze(walker.save());
      step.choices.forEach((_, index) => {
        walker.load(saved);
        walk([...path, index], walker.choose(index), depth + 1);
      });
    };
    walk([], walker.start(5), 0);
    expect(compared).toBeGreaterThan(200);
  });
});

/** Freezes `value` and everything it holds: inkjs must never write to a snapshot it loads. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
