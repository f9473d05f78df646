/**
 * Globals leave the state key where nothing can read them again (liveness.ts), so paths that
 * took different options meet again: every number a report gives, claims included, must stay
 * what brute force (each path walked alone, no merging) gives, while the states shrink. Each
 * story here plants a variable whose value a coarser key would lose: if the analysis missed its
 * read, the merged walk would see only the first path's value and a check would go wrong.
 */
import { describe, expect, test } from "vitest";
import { exploreSets } from "../../../src/core/explore/exhaustive";
import { reportExhaustive } from "../../../src/core/explore/exhaustive-report";
import type { ExploreSection } from "../../../src/core/explore/report";
import type { VariablesMeta } from "../../../src/core/state/variables-meta";
import type { VariableValue } from "../../../src/core/story/session";
import { compile, MODES } from "./helpers";

type Sets = Record<string, VariableValue>[];
const NO_TRACKED: VariablesMeta = { variables: {}, endings: {} };

function sections(source: string, sets: Sets, meta: VariablesMeta, options = {}) {
  const explored = exploreSets(compile(source), sets, { seed: 5, meta, claims: true, ...options });
  return sets.map((premises, i) => {
    const { graph, claims } = explored.setOf(i);
    return { ...reportExhaustive(graph, { seed: 5, premises, meta }), claims };
  });
}

/** Every number but the states (and the problem counts that follow them). */
function exact(section: ExploreSection) {
  return {
    totalPaths: section.totalPaths,
    longest: section.longest,
    endings: section.endings,
    decisions: section.decisions,
    coverage: section.coverage,
    problems: section.problems.map((p) => `${p.kind}: ${p.message.replace(/ \(×\d+\)/, "")}`),
    paths: section.problems.map((p) => p.path),
    claims: section.claims,
  };
}

function agreeWithBruteForce(source: string, meta = NO_TRACKED, sets: Sets = [{}], options = {}) {
  const merged = sections(source, sets, meta, options);
  const brute = sections(source, sets, meta, { ...options, dedup: false, mergePremises: false });
  expect(merged.map(exact)).toEqual(brute.map(exact));
  return { merged, brute };
}

// Three decisions; the first is read only by a claim at the end, the second by a condition on
// day 2 and at the end, the third never again. The rest stops at a choice (the visit counts of the day's
// choices are never read) and the days rejoin.
const DAYS = `
VAR road = "none"
VAR horse = "none"
VAR camp = "none"
-> day1
=== day1 ===
Day one. # date: 1938-08-01
Which road? # decision: road
* [North] North. # option: north
  ~ road = "north"
* [South] South. # option: south
  ~ road = "south"
- -> day2
=== day2 ===
Rest? # date: 1938-08-02
* [Rest]
* [Walk]
- Which horse? # decision: horse
* [Grey] Grey. # option: grey
  ~ horse = "grey"
* [Bay] Bay. # option: bay
  ~ horse = "bay"
- { horse == "bay": The bay is slow. # claim: horse=bay }
-> day3
=== day3 ===
Where to camp? # decision: camp # date: 1938-08-03
* [Hill] Hill. # option: hill
  ~ camp = "hill"
* [Wood] Wood. # option: wood
  ~ camp = "wood"
- -> night
=== night ===
Night.
* [Sleep]
* [Watch]
- You took the north road. # claim: road=north
{ horse == "grey": Won. # ending: win | Lost. # ending: lose }
-> END
`;

describe.each(MODES)("a key without dead globals ($name)", ({ options }) => {
  test("agrees with brute force in every number, claims included", () => {
    const { merged, brute } = agreeWithBruteForce(DAYS, NO_TRACKED, [{}], options);
    expect(merged[0]?.totalPaths).toBe(32n);
    expect(merged[0]?.states).toBeLessThan((brute[0]?.states ?? 0) / 2);
    // The claim is false after South, and only a key that holds road sees it.
    expect(merged[0]?.problems.map((p) => p.message)).toEqual([
      'line "You took the north road." claims road=north, but on this path road = "south"',
    ]);
  });
});

describe("what keeps a global in the key", () => {
  test("a claim tag is a read of its decision's variable", () => {
    // North comes first: without the claim's read the roads would merge on day two, and only
    // North's state, where the claim holds, would be checked.
    const { merged } = agreeWithBruteForce(DAYS);
    expect(merged[0]?.claims?.later).toEqual({
      camp: [],
      horse: ["The bay is slow."],
      road: ["You took the north road."],
    });
  });

  test("a write is a read: a decision variable written again is caught on every path", () => {
    const REWRITE = `
VAR first = "none"
Pick. # decision: first
* [South] South. # option: south
  ~ first = "south"
* [North] North. # option: north
  ~ first = "north"
- Then.
* [Rest]
* [Walk]
- Later.
* [On]
  ~ first = "south"
- Done. # ending: done
-> END
`;
    const { merged } = agreeWithBruteForce(REWRITE);
    expect(merged[0]?.problems.map((p) => p.message)).toEqual([
      'decision variable first changes from "north" to "south": it is written once',
    ]);
  });

  test("a decision's own variable stays at the decision, where each option is checked", () => {
    // Nothing reads or writes d after Early or Late, but whether each option leaves d with its
    // option depends on it: Early's walk must not stand in for Late's.
    const UNSTORED = `
VAR d = "none"
* [Early]
  ~ d = "wait"
* [Late]
- Now. # decision: d
* [Wait] Waiting. # option: wait
* [Go] Going. # option: go
- Done. # ending: done
-> END
`;
    const { merged } = agreeWithBruteForce(UNSTORED);
    expect(merged[0]?.problems.map((p) => p.message)).toContain(
      'option "wait" of decision d leaves d = "none" (set it to "wait" before any RANDOM in the outcome)',
    );
  });

  test("a tracked variable stays, for the ranges and values at the ends", () => {
    const TRACKED = `
VAR morale = 50
* [Cheer]
  ~ morale = 70
* [Scold]
  ~ morale = 20
- Rest.
* [On]
- Done. # ending: done
-> END
`;
    const meta = {
      variables: { morale: { label: "Morale", min: 30, max: 100 } },
      endings: {},
    } as unknown as VariablesMeta;
    const { merged } = agreeWithBruteForce(TRACKED, meta);
    expect(merged[0]?.endings[0]?.variables).toEqual([{ name: "morale", min: 20, max: 70 }]);
    expect(merged[0]?.problems.map((p) => p.kind)).toEqual(["range"]);
  });

  test("a claim whose decision is computed keeps every variable", () => {
    const COMPUTED = `
VAR which = "road"
VAR road = "none"
Pick. # decision: road
* [North] # option: north
  ~ road = "north"
* [South] # option: south
  ~ road = "south"
- Rest.
* [On]
- You went north. # claim: {which}=north
Done. # ending: done
-> END
`;
    const { merged } = agreeWithBruteForce(COMPUTED);
    expect(merged[0]?.problems.map((p) => p.kind)).toEqual(["claim"]);
  });

  test("a tunnel's onward divert is followed to what it reads", () => {
    const TUNNEL = `
VAR road = "none"
* [South]
  ~ road = "south"
* [North]
  ~ road = "north"
- -> side -> 
Never here.
-> END
=== side ===
Rest.
* [On]
- ->-> tell
=== tell ===
{ road == "north": North. # ending: north | South. # ending: south }
-> END
`;
    const { merged } = agreeWithBruteForce(TUNNEL);
    expect(merged[0]?.endings.map((e) => [e.outcome.id, e.paths])).toEqual([
      ["north", 1n],
      ["south", 1n],
    ]);
  });
});

describe("figures printed through a print-only function", () => {
  test("leave the key as tallies, with exact ranges at each ending", () => {
    const FIGURES = `
VAR dead = 0
-> r1
=== r1 ===
* [Dig in]
  ~ dead = dead + 400
* [Attack]
  ~ dead = dead + 1200
- -> r2
=== r2 ===
* [Dig in]
  ~ dead = dead + 400
* [Attack]
  ~ dead = dead + 1200
- The dead: {fmt(dead)}. # ending: done
-> END
=== function fmt(v) ===
{ v >= 1000:
  ~ temp rest = v mod 1000
  {v / 1000},{rest < 100:0}{rest < 10:0}{rest}
- else:
  {v}
}
`;
    const meta = {
      variables: { dead: { label: "Dead", min: 0, max: 3000 } },
      endings: {},
    } as unknown as VariablesMeta;
    const { merged, brute } = agreeWithBruteForce(FIGURES, meta);
    expect(merged[0]?.endings[0]?.variables).toEqual([{ name: "dead", min: 800, max: 2400 }]);
    expect(merged[0]?.states).toBeLessThan(brute[0]?.states ?? 0);
  });
});

describe("claims over several premise sets in one walk", () => {
  // fog is read on day one only; the claim about road is false after South, but South is only
  // offered without fog. Every set's claims from the shared walk are those of its own walk.
  const FOG = `
VAR fog = false
VAR road = "none"
{ fog: The fog hides the south road. }
Which road? # decision: road
* {not fog} [South] South. # option: south
  ~ road = "south"
* [North] North. # option: north
  ~ road = "north"
* [East] East. # option: east
  ~ road = "east"
- Rest.
* [On]
- { road != "east": You took the north road. # claim: road=north }
Done. # ending: done
-> END
`;
  const SETS: Sets = [{ fog: false }, { fog: true }];

  test("give each set the claims and problems of its own walk", () => {
    const together = sections(FOG, SETS, NO_TRACKED);
    const alone = SETS.map((set) => sections(FOG, [set], NO_TRACKED)[0]);
    expect(together).toEqual(alone);
    expect(together.map((s) => s.problems.length)).toEqual([1, 0]);
    expect(together[0]?.claims?.offered).toEqual({ road: ["east", "north", "south"] });
    expect(together[1]?.claims?.offered).toEqual({ road: ["east", "north"] });
  });

  test("agree with brute force", () => {
    agreeWithBruteForce(FOG, NO_TRACKED, SETS);
  });

  test("share the walk where the sets merge", () => {
    const explored = exploreSets(compile(FOG), SETS, { seed: 5, meta: NO_TRACKED, claims: true });
    const own = SETS.map((_, i) => explored.graphOf(i).nodes.length);
    expect(explored.states).toBeLessThan((own[0] ?? 0) + (own[1] ?? 0));
  });
});
