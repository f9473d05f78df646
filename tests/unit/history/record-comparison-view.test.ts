import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareRunWithRecord } from "../../../src/core/history/record-comparison";
import { renderRecordComparison } from "../../../src/shell/views/record-comparison-view";
import { plainStyle } from "../../../src/shell/views/style";
import { numbersIn, recordNumbers } from "./numbers";
import { loadCampaignRecord, loadMini, play } from "./play-fixture";

const record = loadCampaignRecord();
const recordText = readFileSync(join(__dirname, "..", "..", "..", "story", "record.json"), "utf8");

function divergentComparison(assumptions?: string[]) {
  const { session, meta } = loadMini();
  play(session, { aug1_bombing_order: "wait", aug1_piecemeal_attack: "wait_corps" });
  const input = { variables: session.variables(), log: session.choices(), meta, record };
  return {
    comparison: compareRunWithRecord(assumptions ? { ...input, assumptions } : input),
    run: session.variables(),
  };
}

describe("renderRecordComparison", () => {
  const { comparison, run } = divergentComparison([
    "Casualties grow with each assault and shrink when the corps attacks concentrated.",
  ]);

  it.each([60, 80, 120])("renders at %i columns", async (width) => {
    const text = renderRecordComparison(comparison, plainStyle(width));
    for (const line of text.split("\n")) expect(line.length, line).toBeLessThanOrEqual(width);
    await expect(text).toMatchFileSnapshot(`__snapshots__/comparison-${width}.txt`);
  });

  it("uses the extra width instead of wrapping more", () => {
    const narrow = renderRecordComparison(comparison, plainStyle(60)).split("\n").length;
    const wide = renderRecordComparison(comparison, plainStyle(120)).split("\n").length;
    expect(wide).toBeLessThan(narrow);
  });

  it("shows no number that is neither in the record nor the run's own value", () => {
    const allowed = recordNumbers(recordText);
    for (const value of Object.values(run)) if (typeof value === "number") allowed.add(value);
    const text = renderRecordComparison(comparison, plainStyle(80));
    const strangers = numbersIn(text).filter((n) => !allowed.has(n));
    expect(strangers).toEqual([]);
  });

  it("names the divergence, what was done, and numbers every source it cites", () => {
    const text = renderRecordComparison(comparison, plainStyle(100));
    expect(text).toContain("You chose: Wait for the fog to lift");
    expect(text).toContain("What was done: He obeyed");
    const cited = [...text.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) =>
      (m[1] ?? "").split(", ").map(Number),
    );
    expect(Math.max(...cited)).toBe(comparison.sources.length);
  });

  it("falls back to a pointer to the README when the story documents no assumptions", () => {
    const text = renderRecordComparison(divergentComparison().comparison, plainStyle(80));
    expect(text).toContain("The model's assumptions are documented in story/README.md");
  });
});
