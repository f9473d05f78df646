import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergeRuns, percent } from "../../../src/core/classroom/stats";
import { parseRecord } from "../../../src/core/history/validate-record";
import type { SaveFile } from "../../../src/core/save/save-file";
import type { LogEntry } from "../../../src/core/story/turn";

const HASH = "a".repeat(64);
const OTHER = "b".repeat(64);
const record = parseRecord(
  JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "story", "record.json"), "utf8")),
  "record.json",
);

const bomb = (option: string, historical = false): LogEntry => ({
  index: 0,
  text: `bomb ${option}`,
  decision: "aug1_bombing_order",
  option,
  ...(historical ? { historical } : {}),
});
const offer = (option: string, historical = false): LogEntry => ({
  index: 0,
  text: `offer ${option}`,
  decision: "aug4_ceasefire_offer",
  option,
  ...(historical ? { historical } : {}),
});

function run(
  seed: number,
  log: LogEntry[],
  ending: string | null,
  hash = HASH,
  label: string | null = "9B",
): SaveFile {
  const notes: SaveFile["notes"] =
    label === null ? undefined : [{ kind: "setup", step: 0, text: "setup", label }];
  return {
    ...(notes ? { notes } : {}),
    format: "khasan-save",
    formatVersion: 1,
    minCompatibleVersion: 1,
    appVersion: "t",
    storyName: "khasan",
    storyHash: hash,
    storyVersion: "0.1.0",
    seed,
    premises: {},
    log,
    events: [],
    ended: ending !== null,
    ending,
    ink: "{}",
  };
}

describe("mergeRuns", () => {
  const runs = [
    { label: "a.json", save: run(1, [bomb("obey", true), offer("refuse", true)], "lefortovo") },
    {
      label: "b.json",
      save: run(2, [bomb("wait_for_weather"), offer("accept")], "second_amur", HASH, "9C"),
    },
    { label: "c.json", save: run(3, [bomb("obey", true), offer("accept")], "second_amur") },
    {
      label: "d.json",
      save: run(4, [bomb("crest_only"), bomb("obey", true), offer("refuse", true)], "lefortovo"),
    },
    { label: "old.json", save: run(5, [bomb("obey", true)], "lefortovo", OTHER) },
    { label: "half.json", save: run(6, [bomb("obey", true)], null) },
    { label: "copy.json", save: run(1, [bomb("obey", true), offer("refuse", true)], "lefortovo") },
    { label: "solo.json", save: run(7, [bomb("obey", true)], "lefortovo", HASH, null) },
  ];
  const stats = mergeRuns(runs, HASH, record);

  it("counts the finished runs of this build, each once", () => {
    expect(stats.runs).toBe(4);
    expect(stats.endings).toEqual([
      { ending: "lefortovo", count: 2 },
      { ending: "second_amur", count: 2 },
    ]);
  });

  it("gives each decision's options with counts, the last choice of a run standing", () => {
    const [first, second] = stats.decisions;
    expect(first?.decision).toBe("aug1_bombing_order");
    expect(first?.total).toBe(4);
    expect(first?.historical).toBe(3);
    expect(first?.options.map((o) => [o.option, o.count, o.historical])).toEqual([
      ["obey", 3, true],
      ["wait_for_weather", 1, false],
    ]);
    expect(second?.decision).toBe("aug4_ceasefire_offer");
    expect([second?.historical, second?.total]).toEqual([2, 4]);
    expect(second?.historicalChoice).toContain("Moscow said no");
  });

  it("reports other builds, unfinished runs and duplicates, and leaves them out", () => {
    expect(stats.leftOut).toEqual([
      { label: "old.json", reason: "made with another story build (0.1.0, build bbbbbbbb)" },
      { label: "half.json", reason: "unfinished (1 choice)" },
      { label: "copy.json", reason: "the same run as a.json" },
      { label: "solo.json", reason: "solo play, not a lesson (--solo counts these)" },
    ]);
  });

  it("counts runs per class label", () => {
    expect(stats.classes).toEqual([
      { label: "9B", runs: 3 },
      { label: "9C", runs: 1 },
    ]);
  });

  it("counts solo games apart from lessons", () => {
    const solo = mergeRuns(runs, HASH, record, "solo");
    expect(solo.runs).toBe(1);
    expect(solo.kind).toBe("solo");
  });

  it("counts the class's votes, and not the decisions a lesson cut took as in 1938", () => {
    const voted = run(
      8,
      [{ ...bomb("obey", true), votes: [9, 3, 1] }, offer("refuse", true)],
      "lefortovo",
    );
    voted.notes?.push({ kind: "vote", step: 2, text: "as in 1938", rule: "history" });
    const merged = mergeRuns([{ label: "v.json", save: voted }], HASH, record);
    expect(merged.decisions.map((d) => d.decision)).toEqual(["aug1_bombing_order"]);
    expect(merged.decisions[0]?.votes).toBe(13);
    expect(merged.decisions[0]?.options[0]?.votes).toBe(9);
  });

  it("writes shares as whole per cents", () => {
    expect(percent(2, 3)).toBe("67%");
    expect(percent(0, 0)).toBe("–");
  });
});
