// The pure part of the inklecate cross-check: walks, transcripts, normalisation and the differ.
// Runs everywhere (no mono): inklecate's output comes from a build committed beside its source.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allPremiseSets } from "../../src/core/explore/premise-sets";
import type { VariablesMeta } from "../../src/core/state/variables-meta";
import { compileInk } from "../../src/core/story/compile-ink";
import { loadCompiledStory } from "../../src/core/story/load-story";
import { Session } from "../../src/core/story/session";
import { parseTags } from "../../src/core/story/tags";
import { formatPlainTurn } from "../../src/shell/views/plain-format";
import { crossCheck, describeDifference } from "./lib/cross-check";
import { diffTranscripts, END_OF_TRANSCRIPT } from "./lib/diff-transcripts";
import { compileWithInkjs, readStoryMeta } from "./lib/inklecate";
import { parseInklecateOutput } from "./lib/inklecate-output";
import { dropGlobalTags } from "./lib/normalise-opening";
import { playWalk } from "./lib/play-walk";
import { createSessionStarter } from "./lib/session-starter";
import { planWalks } from "./lib/walk-plan";
import { quietInkVersionWarning } from "./quiet-ink-version";

const FIXTURES = join(__dirname, "..", "fixtures");
const MINI = join(FIXTURES, "campaign-mini", "khasan-mini.ink");
const GLOBAL_TAGS = join(FIXTURES, "crosscheck", "global-tags.ink");

quietInkVersionWarning();

function compileSource(source: string): string {
  return compileInk(source, "story.ink", () => "").story.json;
}

describe("diffTranscripts", () => {
  it("reports the first differing line with both texts", () => {
    expect(diffTranscripts("a\nb\nc\n", "a\nB\nc\n")).toEqual({ line: 2, first: "b", second: "B" });
  });

  it("marks the end of the shorter transcript", () => {
    expect(diffTranscripts("a\n", "a\nmore\n")).toEqual({
      line: 2,
      first: END_OF_TRANSCRIPT,
      second: "more",
    });
  });

  it("finds nothing in identical transcripts", () => {
    expect(diffTranscripts("a\n?> 1\n", "a\n?> 1\n")).toBeUndefined();
  });
});

describe("dropGlobalTags", () => {
  const normalise = dropGlobalTags(new Set(["title", "author"]));
  const line = (text: string, ...tags: string[]) => ({ text, tags: parseTags(tags) });

  it("drops an empty opening line that only carried global tags", () => {
    const lines = [line("", "title: T", "author: A"), line("First.", "date: 1938-07-29")];
    expect(normalise(lines)).toEqual([line("First.", "date: 1938-07-29")]);
  });

  it("drops global tags from the first line and keeps its own", () => {
    const lines = [line("First.", "title: T", "author: A", "date: 1938-07-29"), line("Next.")];
    expect(normalise(lines)).toEqual([line("First.", "date: 1938-07-29"), line("Next.")]);
  });

  it("leaves tags after the opening alone, even with a global key", () => {
    const lines = [line("First."), line("Later.", "title: not global here")];
    expect(normalise(lines)).toEqual(lines);
  });
});

describe("walk plans", () => {
  const meta: VariablesMeta = {
    variables: {
      fog: {
        label: "Fog",
        premise: true,
        historical: false,
        description: "d",
        values: [false, true],
      },
      air: {
        label: "Air",
        premise: true,
        historical: "no",
        description: "d",
        values: ["no", "some", "all"],
      },
      days: { label: "Days", premise: true, historical: 6, description: "d", min: 4, max: 8 },
      trust: { label: "Trust", min: 0, max: 100 },
    },
    endings: {},
  };

  it("walks the same combinations as --all-premises, the historical one first", () => {
    const combinations = allPremiseSets(meta);
    expect(combinations).toHaveLength(2 * 3 * 5);
    expect(new Set(combinations.map((c) => JSON.stringify(c))).size).toBe(30);
    expect(combinations[0]).toEqual({ fog: false, air: "no", days: 6 });
  });

  it("cycles walks through the combinations with seeds derived from one base seed", () => {
    const combinations = allPremiseSets(meta);
    const plans = planWalks(7, 40, combinations);
    expect(plans[30]?.premises).toEqual(plans[0]?.premises);
    expect(new Set(plans.map((p) => p.inkSeed)).size).toBe(40);
    expect(planWalks(7, 40, combinations)).toEqual(plans);
    expect(planWalks(8, 1, combinations)[0]?.inkSeed).not.toBe(plans[0]?.inkSeed);
  });
});

describe("playWalk", () => {
  const story = loadCompiledStory(compileWithInkjs(GLOBAL_TAGS).json);
  const plans = planWalks(5, 40, allPremiseSets(readStoryMeta(GLOBAL_TAGS)));
  const options = { render: formatPlainTurn, normaliseOpening: dropGlobalTags(new Set(["title"])) };
  const fresh = (plan: (typeof plans)[number]) =>
    new Session(story, { seed: plan.inkSeed, premises: plan.premises });

  it("writes the turns in play format with each chosen number after the prompt", () => {
    const walk = playWalk(fresh, { index: 0, inkSeed: 1, choiceSeed: 1, premises: {} }, options);
    expect(walk.transcript).toMatch(
      /^The fog lies on Zaozernaya\.\n# tags: author: Khasan 1938 contributors, date: 1938-07-29\n\n1: Send a patrol up\n2: Report to Khabarovsk\n\?> [12]\n/,
    );
    expect(walk.ending).toBe("quiet");
  });

  it("plays the same from a reloaded opening as from a new session, RANDOM included", () => {
    const start = createSessionStarter(story);
    const reloaded = plans.map((plan) => playWalk(start, plan, options).transcript);
    const rebuilt = plans.map((plan) => playWalk(fresh, plan, options).transcript);
    expect(reloaded).toEqual(rebuilt);
    expect(new Set(rebuilt).size).toBeGreaterThan(10);
  });

  it("stops a walk that runs past the longest allowed and says so", () => {
    const plan = { index: 0, inkSeed: 2, choiceSeed: 2, premises: {} };
    const walk = playWalk(fresh, plan, { ...options, maxChoices: 0 });
    expect(walk.transcript).toContain("<walk stopped after 0 choices>");
  });
});

describe("parseInklecateOutput", () => {
  it("reads errors, warnings and TODOs behind inklecate's BOM", () => {
    const output =
      "\uFEFFERROR: 'chapters/a.ink' line 2: Divert target not found: '-> nowhere'\n" +
      "WARNING: 'khasan.ink' line 6: Apparent loose end\nTODO: 'khasan.ink' line 9: fix\n";
    expect(parseInklecateOutput(output, "khasan.ink")).toEqual([
      {
        severity: "error",
        file: "chapters/a.ink",
        line: 2,
        message: "Divert target not found: '-> nowhere'",
      },
      { severity: "warning", file: "khasan.ink", line: 6, message: "Apparent loose end" },
      { severity: "warning", file: "khasan.ink", line: 9, message: "fix" },
    ]);
  });
});

describe("crossCheck", () => {
  const mini = readFileSync(MINI, "utf8");
  const miniMeta = readStoryMeta(MINI);

  it("agrees with itself on the mini campaign, covering every premise combination", () => {
    const json = compileSource(mini);
    const report = crossCheck({
      first: { label: "a", json },
      second: { label: "b", json },
      meta: miniMeta,
      render: formatPlainTurn,
      walks: 50,
    });
    expect(report.difference).toBeUndefined();
    expect(report.walks).toBe(50);
    expect(report.premiseSetsCovered).toBe(2);
    expect(report.distinctTranscripts).toBeGreaterThan(5);
    expect(Object.keys(report.endings).sort()).toEqual(["kept_command", "purged"]);
  });

  it("fails on a build that tells one branch differently, naming the walk and both lines", () => {
    const changed = mini.replace(
      "The aircraft take off into the murk.",
      "The aircraft stay on the ground.",
    );
    expect(changed).not.toBe(mini);
    const report = crossCheck({
      first: { label: "inklecate", json: compileSource(mini) },
      second: { label: "inkjs", json: compileSource(changed) },
      meta: miniMeta,
      render: formatPlainTurn,
      walks: 50,
    });
    expect(report.difference?.difference).toMatchObject({
      first: "The aircraft take off into the murk.",
      second: "The aircraft stay on the ground.",
    });
    const message = describeDifference(report);
    expect(message).toMatch(
      /^walk \d+ \(ink seed \d+, choice seed \d+, premises fog_lifts_early=(true|false)\)/,
    );
    expect(message).toContain("inklecate: The aircraft take off into the murk.");
    expect(message).toContain("inkjs:     The aircraft stay on the ground.");
  });

  it("fails when one build offers a choice the other does not", () => {
    const changed = mini.replace(
      "* {stalin_trust >= 50} [Defend",
      "* {stalin_trust >= 40} [Defend",
    );
    const report = crossCheck({
      first: { label: "a", json: compileSource(mini) },
      second: { label: "b", json: compileSource(changed) },
      meta: miniMeta,
      render: formatPlainTurn,
      walks: 200,
    });
    expect(report.difference).toBeDefined();
    expect(report.difference?.transcripts[0]).not.toBe(report.difference?.transcripts[1]);
  });

  it("plays inklecate's committed build of the global-tags fixture like the inkjs build", () => {
    const inklecateJson = readFileSync(GLOBAL_TAGS.replace(/\.ink$/, ".inklecate.json"), "utf8");
    const report = crossCheck({
      first: { label: "inklecate", json: inklecateJson },
      second: { label: "inkjs", json: compileWithInkjs(GLOBAL_TAGS).json },
      meta: readStoryMeta(GLOBAL_TAGS),
      render: formatPlainTurn,
      walks: 20,
    });
    expect(describeDifference(report)).toBe("inklecate and inkjs agree on 20 walks");
    expect(report.distinctTranscripts).toBeGreaterThan(2);
  });
});
