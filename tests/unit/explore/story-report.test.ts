import { describe, expect, test } from "vitest";
import { declaredConsequences, dominatedOptions } from "../../../src/core/explore/consequences";
import {
  historicalProse,
  medianAndMax,
  proseWalks,
  wordsIn,
} from "../../../src/core/explore/prose-walks";
import { choicesOn, storyReport, totalVariation } from "../../../src/core/explore/story-report";
import { runExploreSets, runExploreTask } from "../../../src/core/explore/task";
import type { VariablesMeta } from "../../../src/core/state/variables-meta";
import { compile } from "./helpers";

const meta: VariablesMeta = {
  variables: {
    trust: { label: "Trust", min: 0, max: 100, better: "higher" },
    losses: { label: "Losses", min: 0, max: 100, better: "lower" },
    fog: {
      label: "Fog",
      values: [false, true],
      premise: true,
      historical: false,
      description: "What if the fog lifted?",
    },
  },
  endings: {
    end: { title: "End", summary: "The end.", rank: 2, historical: true },
    good: { title: "Good", summary: "A good end.", rank: 1 },
  },
};

// X and Y merge into one state (losses is a tally), so C's mean losses need the prefix sums:
// (4 + 10 + 0 + 10) / 2 = 12, and A's (4 + 0) / 2 = 2.
const STORY = `
VAR trust = 50
VAR losses = 0
VAR fog = false
VAR d = "none"
Start here, reader. # date: 1938-07-01
* [X] X.
  ~ losses = losses + 4
* [Y] Y.
- Pick. # decision: d # date: 1938-08-01
* [A] A. # option: a
  ~ d = "a"
  ~ trust = 40
* [B] B. # option: b # historical
  ~ d = "b"
  ~ trust = 60
* [C] C. # option: c
  ~ d = "c"
  ~ trust = 70
  ~ losses = losses + 10
- {fog: Fog. }You chose {d}. # claim: d=a\\|b\\|c
{d == "c": Well done. # ending: good | Done. # ending: end}
-> END
`;

describe("option consequences", () => {
  const story = compile(STORY);
  const section = runExploreTask(story, { seed: 1, premises: {}, meta, consequences: true });
  const rows = section.consequences ?? [];
  const of = (option: string) => rows.find((r) => r.option === option)?.means;

  test("are the mean over every path through the option, tallies with what came before", () => {
    expect(of("a")).toEqual({ trust: 40, losses: 2, "ending rank": 2 });
    expect(of("b")).toEqual({ trust: 60, losses: 2, "ending rank": 2 });
    expect(of("c")).toEqual({ trust: 70, losses: 12, "ending rank": 1 });
  });

  test("of one set in a shared walk are that set's alone, and only that set has them", () => {
    const both = runExploreSets(story, {
      seed: 1,
      sets: [{ fog: true }, {}],
      meta,
      consequences: [1],
    }).sections;
    expect(both[0]?.consequences).toBeUndefined();
    expect(both[1]?.consequences).toEqual(rows);
  });

  test("mark an option dominated only when no consequence favours it", () => {
    const consequences = declaredConsequences(meta);
    expect(consequences.map((c) => c.name)).toEqual(["trust", "losses", "ending rank"]);
    expect(dominatedOptions(rows, consequences)).toEqual([{ decision: "d", option: "a", by: "b" }]);
  });
});

describe("prose measures", () => {
  const story = compile(STORY);

  test("count words per passage between choices on the historical line", () => {
    const line = historicalProse(story, {
      seed: 1,
      probe: { date: "1938-08-01", variable: "trust" },
    });
    // "Start here, reader." | "X. Pick." | "B. You chose b. Done."
    expect(line.passages).toEqual([3, 2, 5]);
    expect(line.probe).toEqual({ value: 50, text: "Pick.\n" });
  });

  test("draw the same walks from the same seed", () => {
    const first = proseWalks(story, 20, { seed: 5 });
    expect(proseWalks(story, 20, { seed: 5 })).toEqual(first);
    expect(new Set(first.map((w) => w.passages.join())).size).toBeGreaterThan(1);
  });

  test("count words, median and maximum", () => {
    expect(wordsIn("It is 15,000 men — and more.")).toBe(6);
    expect(medianAndMax([5, 1, 9, 3])).toEqual({ median: 3, max: 9 });
  });

  test("total variation and choices leave RANDOM draws out", () => {
    expect(
      totalVariation(
        new Map([
          ["a", 0.5],
          ["b", 0.5],
        ]),
        new Map([["a", 1]]),
      ),
    ).toBe(0.5);
    expect(
      choicesOn([
        { index: 0, text: "Go" },
        { index: 1, text: "RANDOM(1, 3) = 2" },
      ]),
    ).toBe(1);
  });
});

describe("the story report", () => {
  test("prints every target with PASS or FAIL", () => {
    const story = compile(STORY);
    const historical = runExploreTask(story, { seed: 1, premises: {}, meta, consequences: true });
    const fog = runExploreTask(story, { seed: 1, premises: { fog: true }, meta });
    const random = runExploreTask(story, { seed: 1, premises: {}, meta, walks: 200 });
    const probe = { date: "1938-08-01", variable: "trust" };
    const report = storyReport({
      meta,
      exhaustive: [historical, fog],
      random,
      historicalLine: historicalProse(story, { seed: 1, probe }),
      walks: proseWalks(story, 50, { seed: 1, probe }),
      readme: "| a | b |",
    });
    const verdicts = report.text.split("\n").filter((l) => /^(PASS|FAIL) /.test(l));
    expect(verdicts).toHaveLength(report.passed + report.failed);
    expect(report.text).toMatch(/^FAIL {2}no dominated option \(not: d\.a\)$/m);
    expect(report.text).toMatch(
      /^FAIL {2}every option id appears in story\/README\.md.*\(not: c\)$/m,
    );
    expect(report.text).toMatch(
      /^FAIL {2}every premise shifts the ending mix by >= 5 points \(not: fog=true\)$/m,
    );
    expect(report.text).toMatch(/^PASS {2}median words between choices <= 250/m);
    expect(report.text).toMatch(/^FAIL {2}the best outcome's shortest path has >= 10 choices$/m);
    expect(report.text).toMatch(/^PASS {2}every decision claimed by >= 2 later lines$/m);
  });
});
