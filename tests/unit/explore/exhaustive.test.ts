import { describe, expect, test } from "vitest";
import type { VariablesMeta } from "../../../src/core/state/variables-meta";
import { explore, MODES, pathsByEnding } from "./helpers";

const BRANCHES = `
-> start
=== start ===
* [Left] -> left
* [Right] -> right
* [Middle] Middle. # ending: middle
  -> END
=== left ===
* [Up] Up. # ending: top
  -> END
* [Down] Down. # ending: bottom
  -> END
=== right ===
* [Up] Up. # ending: top
  -> END
`;

const GATHERS = `
VAR score = 0
- (round)
* [A]
  ~ score += 1
* [B]
  ~ score += 2
* [C]
- Next.
* [D]
  ~ score += 1
* [E]
- {score >= 2: High. # ending: high | Low. # ending: low}
-> END
`;

const LOOP = `
VAR tries = 0
-> door
=== door ===
~ tries += 1
{ tries > 3:
  You give up. # ending: gave_up
  -> END
}
+ [Knock] -> door
+ [Leave] You leave. # ending: left
  -> END
`;

const CONDITIONAL = `
VAR key = false
* [Take the key]
  ~ key = true
* [Ignore it]
- At the door.
* {key} [Unlock] Inside. # ending: inside
  -> END
* [Wait] Outside. # ending: outside
  -> END
* {not key} [Break it] Broken. # ending: broken
  -> END
`;

const TUNNELS = `
VAR gold = 0
-> town
=== town ===
-> market ->
-> market ->
{gold >= 2: Rich. # ending: rich | Poor. # ending: poor}
-> END
=== market ===
+ [Sell]
  ~ gold += 1
+ [Keep]
- ->->
`;

const RANDOM_STORY = `
VAR roll = 0
~ roll = RANDOM(1, 6)
* [Bet high] {roll >= 4: Win. # ending: win | Lose. # ending: lose}
  -> END
* [Bet low] {roll < 4: Win. # ending: win | Lose. # ending: lose}
  -> END
`;

// The RANDOM sits inside a function, in the middle of a line after glue; the option's tag
// comes before it.
const RANDOM_MID_LINE = `
VAR luck = 0
Dice on the table. # decision: dice
* [Roll] You roll. # option: roll
  The die shows <>
  ~ luck = throw(3)
  {luck}.
  -> fate
* [Stay] You stay. # option: stay
  -> fate
= fate
{luck >= 2: Fortune smiles. # ending: lucky | Nothing happens. # ending: unlucky}
-> END
=== function throw(n) ===
~ return RANDOM(1, n)
`;

// The decision's line is output before the RANDOM; the choices come after it.
const RANDOM_CONDITION = `
A coin is on the road. # decision: coin
* {RANDOM(0, 1) == 1} [Take it] Taken. # option: take # ending: took
  -> END
* [Pass] Passed. # option: pass # ending: passed
  -> END
`;

const RANDOM_TWICE = `
~ temp a = RANDOM(1, 2)
~ temp b = RANDOM(1, 3)
Rolled {a} and {b}. # ending: rolled
-> END
`;

describe.each(MODES)("exhaustive exploration ($name)", ({ options }) => {
  test("counts every path of a branching story and each ending's share", () => {
    const section = explore(BRANCHES, options);
    expect(pathsByEnding(section)).toEqual({ top: 2, bottom: 1, middle: 1 });
    expect(section.totalPaths).toBe(4n);
    expect(section.endings.find((e) => e.outcome.id === "top")?.share).toBe(0.5);
  });

  test("multiplies paths through gathers and merges equal states", () => {
    const section = explore(GATHERS, options);
    // 3 × 2 = 6 paths: scores 2,1,3,2,1,0 → high 3 (2,3,2), low 3.
    expect(pathsByEnding(section)).toEqual({ high: 3, low: 3 });
    expect(section.longest).toBe(2);
  });

  test("follows a loop that changes state until it ends", () => {
    const section = explore(LOOP, options);
    // Knock 0..2 times then leave, or knock 3 times and give up.
    expect(pathsByEnding(section)).toEqual({ left: 3, gave_up: 1 });
    expect(section.longest).toBe(3);
  });

  test("offers conditional choices only when their condition holds", () => {
    const section = explore(CONDITIONAL, options);
    expect(pathsByEnding(section)).toEqual({ inside: 1, outside: 2, broken: 1 });
  });

  test("returns from tunnels to the right place", () => {
    const section = explore(TUNNELS, options);
    expect(pathsByEnding(section)).toEqual({ rich: 1, poor: 3 });
  });

  test("follows every value of a RANDOM, whatever the seed", () => {
    for (const seed of [1, 11, 99]) {
      const section = explore(RANDOM_STORY, { ...options, seed });
      // Six rolls, two bets: each bet wins on three rolls.
      expect(pathsByEnding(section)).toEqual({ win: 6, lose: 6 });
    }
  });

  test("branches on a RANDOM drawn mid-line inside a function, keeping the outcome's tags", () => {
    const section = explore(RANDOM_MID_LINE, options);
    expect(pathsByEnding(section)).toEqual({ lucky: 2, unlucky: 2 }); // rolls 2 and 3; 1, or stay
    expect(section.problems).toEqual([]);
    const options_ = section.decisions.flatMap((d) => d.options.map((o) => o.option));
    expect(options_.sort()).toEqual(["roll", "stay"]);
  });

  test("draws a RANDOM of over 100 values from the seed, and leaves bad bounds to ink", () => {
    const wide = "Rolled {RANDOM(1, 500)}. # ending: rolled\n-> END\n";
    const section = explore(wide, options);
    expect([section.totalPaths, section.states]).toEqual([1n, 1]);
    const backwards = explore("Rolled {RANDOM(5, 1)}. # ending: rolled\n-> END\n", options);
    expect(backwards.problems.map((p) => p.kind)).toEqual(["error"]);
    expect(backwards.problems[0]?.message).toMatch(/maximum must be larger/);
  });

  test("branches on a RANDOM in a choice's condition and on RANDOMs in a row", () => {
    const coin = explore(RANDOM_CONDITION, options);
    expect(pathsByEnding(coin)).toEqual({ took: 1, passed: 2 });
    expect(coin.problems).toEqual([]);
    expect(coin.decisions.map((d) => d.id)).toEqual(["coin"]);
    expect(explore(RANDOM_TWICE, options).totalPaths).toBe(6n);
  });
});

describe("deduplication", () => {
  const stories = { BRANCHES, GATHERS, LOOP, CONDITIONAL, TUNNELS, RANDOM_STORY, RANDOM_MID_LINE };
  test.each(Object.entries(stories))("agrees with brute force on %s", (_name, source) => {
    const merged = explore(source);
    const brute = explore(source, { dedup: false });
    expect(pathsByEnding(merged)).toEqual(pathsByEnding(brute));
    expect(merged.totalPaths).toBe(brute.totalPaths);
  });

  test("visits fewer states than paths when branches rejoin", () => {
    const many = `${"* [a]\n* [b]\n- Next.\n".repeat(8)}Done. # ending: done\n-> END\n`;
    const section = explore(many);
    expect(section.totalPaths).toBe(2n ** 8n);
    expect(section.states).toBeLessThan(2 ** 9);
  });
});

describe("problems", () => {
  test("reports a loop that never changes state as a cycle, with its path", () => {
    const section = explore(
      `-> hub\n=== hub ===\n+ [Wait] -> hub\n+ [Go] Gone. # ending: gone\n  -> END\n`,
    );
    const cycle = section.problems.find((p) => p.kind === "cycle");
    expect(cycle?.path.at(-1)?.text).toBe("Wait");
    expect(cycle?.path.every((s) => s.text === "Wait")).toBe(true);
    expect(pathsByEnding(section)).toEqual({ gone: 2 });
  });

  test("cuts paths at --max-depth and says so", () => {
    const section = explore(
      `VAR n = 0\n-> up\n=== up ===\n~ n++\n{ n > 1000: Tired. }\n+ [Up] -> up\n+ [Stop] Done. # ending: done\n  -> END\n`,
      { maxDepth: 5 },
    );
    expect(section.problems.some((p) => p.kind === "cut")).toBe(true);
    expect(pathsByEnding(section)).toEqual({ done: 5, cut: 1 });
  });

  test("reports a loop that only adds to a tally as a cycle: nothing can ever read it", () => {
    const section = explore(
      `VAR n = 0\n-> up\n=== up ===\n~ n++\n+ [Up] -> up\n+ [Stop] Done {n}. # ending: done\n  -> END\n`,
      { maxDepth: 5 },
    );
    expect(section.problems.map((p) => p.kind)).toEqual(["cycle"]);
    expect(pathsByEnding(section)).toEqual({ done: 2 });
  });

  test("reports an ink runtime error with the path that reproduces it", () => {
    const section = explore(
      `-> a\n=== a ===\n* [Fine] Fine. # ending: fine\n  -> END\n* [Broken] -> b\n=== b ===\nNo way out.\n`,
    );
    const error = section.problems.find((p) => p.kind === "error");
    expect(error?.path.map((s) => s.text)).toEqual(["Broken"]);
  });

  test("reports paths that end without an ending tag", () => {
    const section = explore(`* [A] Tagged. # ending: a\n  -> END\n* [B] Untagged.\n  -> END\n`);
    expect(section.problems.find((p) => p.kind === "untagged")?.path[0]?.text).toBe("B");
  });
});

describe("report", () => {
  test("lists knots and stitches that no path reaches", () => {
    const section = explore(
      `-> a\n=== a ===\nA. # ending: a\n-> END\n=== b ===\n= inner\nB.\n-> END\n`,
    );
    expect(section.coverage.unreached).toEqual(["b", "b.inner"]);
  });

  test("gives the shortest path to each ending with dates and options", () => {
    const section = explore(
      `Day. # date: 1938-08-01\nWhat now? # decision: d\n* [Long way] Long. # option: long\n  * * [On] On. # ending: there\n  -> END\n* [Short way] Short. # option: short\n  There. # ending: there\n  -> END\n`,
    );
    const there = section.endings.find((e) => e.outcome.id === "there");
    expect(there?.shortest).toEqual([
      { index: 1, text: "Short way", date: "1938-08-01", decision: "d", option: "short" },
    ]);
  });

  test("measures how far each option shifts the mix of endings", () => {
    const section = explore(
      `What now? # decision: d\n* [Fight] Fight. # option: fight\n  * * [a] A. # ending: win\n  -> END\n  * * [b] B. # ending: lose\n  -> END\n* [Flee] Flee. # option: flee\n  Away. # ending: lose\n  -> END\n`,
    );
    const decision = section.decisions.find((d) => d.id === "d");
    // overall: win 1/3, lose 2/3; fight: 1/2, 1/2 → shift 1/6; flee: 0, 1 → shift 1/3.
    expect(decision?.options.find((o) => o.option === "fight")?.shift).toBeCloseTo(1 / 6, 5);
    expect(decision?.impact).toBeCloseTo(1 / 3, 5);
  });
});

describe("tallies", () => {
  // Three rounds of two choices: the losses differ on almost every path, but nothing reads
  // them, so the rounds rejoin; `morale` is read, so it still splits states.
  const round = (n: number, next: string) =>
    `=== r${n} ===\n+ [Dig in]\n  ~ dead += 4\n+ [Attack]\n  ~ dead = dead + 30\n  ~ morale = 1\n- -> ${next}\n`;
  const LOSSES = `
VAR dead = 0
VAR morale = 0
-> r1
${round(1, "r2")}${round(2, "r3")}${round(3, "done")}
=== done ===
{ morale: Bold. # ending: bold | Careful. # ending: careful }
The dead: {dead}.
-> END
`;
  const meta: VariablesMeta = {
    variables: { dead: { label: "Dead", min: 0, max: 60 }, morale: { label: "Morale" } },
    endings: {},
  };

  test("merges states that differ only in a tally and keeps its exact range per ending", () => {
    const merged = explore(LOSSES, {}, meta);
    const brute = explore(LOSSES, { dedup: false }, meta);
    expect(pathsByEnding(merged)).toEqual({ bold: 7, careful: 1 });
    expect(pathsByEnding(merged)).toEqual(pathsByEnding(brute));
    const ranges = (section: typeof merged) =>
      section.endings.map((e) => [e.outcome.id, e.variables.find((v) => v.name === "dead")]);
    expect(ranges(merged)).toEqual(ranges(brute));
    expect(ranges(merged)).toEqual([
      ["bold", { name: "dead", min: 38, max: 90 }],
      ["careful", { name: "dead", min: 12, max: 12 }],
    ]);
    expect(merged.states).toBeLessThan(brute.states / 2);
  });

  test("reports a tally leaving its range with the path that reaches the extreme", () => {
    // The first path into the merged ending is Dig in, Dig in, Attack (38); the route must be
    // the one that reaches 90, not that one.
    const section = explore(LOSSES, {}, meta);
    const range = section.problems.find((p) => p.kind === "range");
    expect(range?.message).toBe("dead = 90 is outside its range (0 to 60)");
    expect(range?.path.map((s) => s.text)).toEqual(["Attack", "Attack", "Attack"]);
  });
});
