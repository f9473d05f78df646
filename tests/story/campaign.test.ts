/**
 * The campaign's own tests (issue 4 item 6), through the explorer: it compiles cleanly; every
 * path under the historical premises, and seeded random walks under every combination of
 * premises, end with a listed ending, raise no ink error or warning and keep every tracked
 * variable in range; decision and option ids match the record; and the historical line lands
 * inside the record's ranges.
 *
 * Every path under every premise combination is `khasan check --all-premises` (about a minute
 * per combination); the suite walks every path once and samples the other 31 combinations.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { exploreExhaustively } from "../../src/core/explore/exhaustive";
import { reportExhaustive } from "../../src/core/explore/exhaustive-report";
import { findFailures } from "../../src/core/explore/invariants";
import { allPremiseSets } from "../../src/core/explore/premise-sets";
import { walkRandomly } from "../../src/core/explore/random-walks";
import type { ExploreSection } from "../../src/core/explore/report";
import { compareRunWithRecord } from "../../src/core/history/compare-run";
import { parseRecord } from "../../src/core/history/validate-record";
import { parseVariablesMeta } from "../../src/core/state/variables-meta";
import { compileInk } from "../../src/core/story/compile-ink";
import { Session } from "../../src/core/story/session";
import { play } from "../helpers/play-line";

const STORY_DIR = join(__dirname, "..", "..", "story");
const read = (name: string) => readFileSync(join(STORY_DIR, name), "utf8");
const WALKS_PER_PREMISE_SET = 40;

describe("the campaign", () => {
  const compiled = compileInk(read("khasan.ink"), "khasan.ink", read);
  const meta = parseVariablesMeta(JSON.parse(read("variables.json")), "variables.json");
  const record = parseRecord(JSON.parse(read("record.json")), "record.json");
  const decisionIds = new Set(record.decisions.map((d) => d.id));
  const historicalEnding = Object.keys(meta.endings).find((id) => meta.endings[id]?.historical);
  // Every path under historical premises, explored once, by whichever test asks first: no
  // test depends on another having run.
  let exhaustive: ExploreSection | undefined;
  const historicalSection = (): ExploreSection => {
    if (!exhaustive) {
      const graph = exploreExhaustively(compiled.story, { seed: 1, meta });
      exhaustive = reportExhaustive(graph, { seed: 1, premises: {}, meta });
    }
    return exhaustive;
  };

  test("compiles with no errors or warnings", () => {
    expect(compiled.warnings).toEqual([]);
  });

  test("keeps every invariant on every path under historical premises", () => {
    const section = historicalSection();
    expect(findFailures([section], meta, decisionIds)).toEqual([]);
    expect(section.longest).toBeLessThan(40);
    // Every ending, lost_crest too: it hangs on the one RANDOM, and every outcome is explored.
    const reached = section.endings.map((e) => e.outcome.id).sort();
    expect(reached).toEqual(Object.keys(meta.endings).sort());
    expect(reached).toContain(historicalEnding);
  }, 240_000);

  test("keeps every invariant on seeded walks under every combination of premises", () => {
    const premiseSets = allPremiseSets(meta);
    expect(premiseSets).toHaveLength(2 ** 5);
    const sections = premiseSets.map((premises, i) => {
      const context = { seed: 1000 + i, premises, meta };
      return walkRandomly(
        compiled.story,
        { seed: 1000 + i, walks: WALKS_PER_PREMISE_SET, premises },
        context,
      );
    });
    expect(findFailures(sections, meta, decisionIds)).toEqual([]);
  }, 240_000);

  // That the historical option is tagged at every decision of the historical line is checked
  // by "follows the historical line" below.
  test("gives every decision's options distinct option ids", () => {
    const section = historicalSection();
    expect(section.decisions.length).toBe(decisionIds.size);
    for (const decision of section.decisions) {
      const ids = decision.options.map((o) => o.option);
      expect(new Set(ids).size, decision.id).toBe(ids.length);
      expect(
        ids.every((id) => !id.startsWith("(")),
        decision.id,
      ).toBe(true);
    }
  }, 240_000);

  test("follows the historical line to the historical ending, inside the record's ranges", () => {
    const session = new Session(compiled.story, { seed: 1 });
    play(session);
    const log = session.choices();
    expect(log.filter((entry) => entry.decision).every((entry) => entry.historical)).toBe(true);
    expect(session.lastTurn()?.ending).toEqual({ id: historicalEnding, historical: true });
    const comparison = compareRunWithRecord({ variables: session.variables(), log, meta, record });
    expect(comparison.divergence).toBeUndefined();
    expect(comparison.figures.length).toBeGreaterThanOrEqual(5);
    for (const figure of comparison.figures) {
      expect([figure.variable, figure.verdict], `${figure.value}`).toEqual([
        figure.variable,
        "inside",
      ]);
      expect(figure.inSpread, figure.variable).toBe(true);
    }
  });
});
