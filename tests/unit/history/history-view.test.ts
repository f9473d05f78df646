import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  historyJson,
  renderHistory,
  renderHistoryMarkdown,
} from "../../../src/shell/views/history-view";
import { plainStyle } from "../../../src/shell/views/style";
import { numbersIn, recordNumbers } from "./numbers";
import { loadCampaignRecord } from "./play-fixture";

const record = loadCampaignRecord();
const recordText = readFileSync(join(__dirname, "..", "..", "..", "story", "record.json"), "utf8");

describe("the history briefing", () => {
  it.each([60, 80, 120])("renders at %i columns within the width", async (width) => {
    const text = renderHistory(record, plainStyle(width));
    for (const line of text.split("\n")) expect(line.length, line).toBeLessThanOrEqual(width);
    await expect(text).toMatchFileSnapshot(`__snapshots__/history-${width}.txt`);
  });

  it.each([
    ["text", renderHistory(record, plainStyle(80))],
    ["md", renderHistoryMarkdown(record)],
  ])("shows no number in %s that the record does not hold", (_format, text) => {
    const allowed = recordNumbers(recordText);
    expect(numbersIn(text).filter((n) => !allowed.has(n))).toEqual([]);
  });

  it("marks the values only web pages give, and the wartime claims", () => {
    const text = renderHistory(record, plainStyle(200));
    expect(text).toMatch(/2,752 \[\d+, \d+\] C only/);
    expect(text).toMatch(/1,000 \[\d+\] Japanese claim/);
    expect(text).toContain("A/B range: none (no A or B count)");
  });

  it("works out each figure's ranges in JSON", () => {
    const json = JSON.parse(historyJson(record)) as {
      ranges: Record<string, { main: { low: { value: number } } | null }>;
    };
    expect(json.ranges.soviet_killed?.main?.low.value).toBe(408);
    expect(json.ranges.japanese_wounded?.main).toBeNull();
  });
});
