/**
 * One shared walk over several premise sets: each set's report must be exactly the report of
 * that set explored alone, and agree with brute force (no merging at all) in every count, while
 * the worlds merge where a premise can no longer be read.
 */
import { describe, expect, test } from "vitest";
import { exploreExhaustively, exploreSets } from "../../../src/core/explore/exhaustive";
import { reportExhaustive } from "../../../src/core/explore/exhaustive-report";
import { comparePremises } from "../../../src/core/explore/premise-comparison";
import type { ExploreSection } from "../../../src/core/explore/report";
import type { VariablesMeta } from "../../../src/core/state/variables-meta";
import type { VariableValue } from "../../../src/core/story/session";
import { compile, MODES } from "./helpers";

// fog is read on day 1 only; air in a function on day 3 and in a choice guard; late only at
// the end. dead is a tally; luck a RANDOM.
const WORLDS = `
VAR fog = false
VAR air = false
VAR late = false
VAR trust = 50
VAR dead = 0
-> day1
=== day1 ===
Day one. # date: 1938-08-01
{ fog: The fog lifts. | The fog holds. }
* [Attack]
  ~ trust = trust + 10
  ~ dead = dead + 20
* [Wait]
  { fog:
    ~ trust = trust + 10
  }
- -> day2
=== day2 ===
Day two. # date: 1938-08-02
~ temp luck = RANDOM(1, 2)
{ luck == 2:
  ~ trust = trust - 10
}
Orders? # decision: orders
* {not air} [Advance]
  ~ dead = dead + 5
  Forward. # option: advance
* [Hold]
  Held. # option: hold
* {air} [Dig in]
  Dug in. # option: dig
- -> day3
=== day3 ===
Day three. # date: 1938-08-03
~ bomb()
* [Push]
  ~ trust = trust + 5
* [Stop]
- { trust > 55:
    Won{late:, late}. # ending: win
  - else:
    Lost. # ending: lose
  }
-> END
=== function bomb() ===
{ air:
  ~ dead = dead + 10
  ~ trust = trust - 10
}
`;

const META: VariablesMeta = {
  variables: {
    fog: { label: "Fog", premise: true, values: [false, true], historical: false },
    air: { label: "Air", premise: true, values: [false, true], historical: false },
    late: { label: "Late", premise: true, values: [false, true], historical: false },
    trust: { label: "Trust", min: 0, max: 100 },
    dead: { label: "Dead", min: 0, max: 30 },
  },
  endings: { win: { title: "Won" }, lose: { title: "Lost" } },
} as unknown as VariablesMeta;

type Sets = Record<string, VariableValue>[];
const ALL: Sets = [false, true].flatMap((fog) =>
  [false, true].flatMap((air) => [false, true].map((late) => ({ fog, air, late }))),
);

function alone(source: string, sets: Sets, options = {}): ExploreSection[] {
  const story = compile(source);
  return sets.map((premises) =>
    reportExhaustive(exploreExhaustively(story, { seed: 3, meta: META, premises, ...options }), {
      seed: 3,
      premises,
      meta: META,
    }),
  );
}

function together(source: string, sets: Sets, options = {}) {
  const explored = exploreSets(compile(source), sets, { seed: 3, meta: META, ...options });
  const sections = sets.map((premises, i) =>
    reportExhaustive(explored.graphOf(i), { seed: 3, premises, meta: META }),
  );
  return { explored, sections };
}

/** Everything brute force must agree on (its states and problem counts are per path). */
function counts(section: ExploreSection) {
  return {
    totalPaths: section.totalPaths,
    longest: section.longest,
    endings: section.endings,
    unreached: section.unreachedEndings,
    decisions: section.decisions,
    coverage: section.coverage,
    problems: section.problems.map((p) => `${p.kind}: ${p.message}`),
  };
}

describe.each(MODES)("one walk over every premise set ($name)", ({ options }) => {
  test("gives each set exactly the report of that set explored alone", () => {
    const { sections } = together(WORLDS, ALL, options);
    expect(sections).toEqual(alone(WORLDS, ALL, options));
  });

  test("agrees with brute force, each set walked path by path without merging", () => {
    const { sections } = together(WORLDS, ALL, options);
    const brute = alone(WORLDS, ALL, { ...options, dedup: false });
    expect(sections.map(counts)).toEqual(brute.map(counts));
    expect(sections.map((s) => Number(s.totalPaths))).toEqual([16, 16, 16, 16, 16, 16, 16, 16]);
  });
});

describe("merging premise sets", () => {
  test("merges the worlds of a premise once nothing can read it", () => {
    const { explored, sections } = together(WORLDS, ALL);
    const unmerged = sections.reduce((sum, s) => sum + s.states, 0);
    expect(explored.merged).toEqual(["fog", "air", "late"]);
    expect(explored.states).toBeLessThan(unmerged);
    // fog is read on day 1 only; air until day 3; late until the end.
    expect(explored.lastLive).toEqual({
      fog: "1938-08-01",
      air: "1938-08-03",
      late: "1938-08-03",
    });
  });

  test("keeps the fog worlds apart while a choice guard or function can still read air", () => {
    const fogOnly = together(WORLDS, [{ fog: false }, { fog: true }]);
    const airOnly = together(WORLDS, [{ air: false }, { air: true }]);
    const statesOf = (r: ReturnType<typeof together>) => r.sections.map((s) => s.states);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(fogOnly.explored.states).toBeLessThan(sum(statesOf(fogOnly)));
    // air is read on day 3 by bomb(), and nothing after day 3 is shared but the ends.
    expect(airOnly.explored.states).toBeGreaterThanOrEqual(sum(statesOf(airOnly)) - 8);
  });

  test("never merges over a premise the story assigns", () => {
    const assigned = `${WORLDS}\n=== never ===\n~ fog = true\n-> END\n`;
    const { explored, sections } = together(assigned, ALL);
    expect(explored.merged).toEqual(["air", "late"]);
    expect(sections).toEqual(alone(assigned, ALL));
  });

  test("reports cycles and depth cuts per set as the set's own walk does", () => {
    const LOOPING = `
VAR fog = false
VAR n = 0
-> door
=== door ===
~ n = n + 1
{ fog: Fog. }
{ n > 3: -> out }
+ [Knock] -> door
+ [Loop] -> loop
+ [Leave] -> out
=== loop ===
+ [Again] -> loop
+ [Back] -> out
=== out ===
Out. # ending: win
-> END
`;
    const sets: Sets = [{ fog: false }, { fog: true }];
    for (const maxDepth of [1000, 3]) {
      const { sections } = together(LOOPING, sets, { maxDepth });
      expect(sections).toEqual(alone(LOOPING, sets, { maxDepth }));
      expect(sections[0]?.problems.map((p) => p.kind)).toContain(maxDepth === 3 ? "cut" : "cycle");
    }
  });
});

describe("premise comparison", () => {
  test("gives each premise's ending shift, last read and the decisions it changes", () => {
    const { explored, sections } = together(WORLDS, ALL);
    const rows = comparePremises(sections, META, explored.lastLive);
    // Without any premise 4 of 16 paths win (Attack, then luck 1). Fog lets Wait win too; air
    // costs 10 trust on day 3, so nothing wins; late changes only a word.
    expect(rows.map((r) => [r.premise, r.shift, r.lastRead])).toEqual([
      ["fog", 25, "1938-08-01"],
      ["air", 25, "1938-08-03"],
      ["late", 0, "1938-08-03"],
    ]);
    expect(rows[0]?.endings).toEqual([
      { ending: "lose", without: 0.75, with: 0.5, points: -25 },
      { ending: "win", without: 0.25, with: 0.5, points: 25 },
    ]);
    expect(rows[1]?.decisions).toEqual([{ decision: "orders", date: "1938-08-02", points: 25 }]);
    expect(rows[2]?.decisions).toEqual([]);
  });

  test("is empty without the historical set or a set that changes one premise alone", () => {
    const { sections } = together(WORLDS, [
      { fog: true, air: true },
      { fog: false, air: true },
    ]);
    expect(comparePremises(sections, META)).toEqual([]);
  });
});
