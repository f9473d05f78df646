import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSave, encodeSave } from "../../src/core/save/save-file";
import { compileInk } from "../../src/core/story/compile-ink";
import { Session } from "../../src/core/story/session";
import { play } from "../unit/history/play-fixture";
import { makeTempDir, runCli } from "./run-cli";

const root = join(__dirname, "..", "..");
const cli = (args: string[]) => runCli(args);

/** A story folder with the placeholder, its variables and the campaign's record, plus a save. */
function storyWithSave(options: Record<string, string>, stopAtDate?: string) {
  const dir = makeTempDir("khasan-history-");
  const mini = join(root, "tests", "fixtures", "campaign-mini");
  copyFileSync(join(mini, "khasan-mini.ink"), join(dir, "khasan-mini.ink"));
  copyFileSync(join(mini, "variables.json"), join(dir, "variables.json"));
  copyFileSync(join(root, "story", "record.json"), join(dir, "record.json"));
  const story = compileInk(
    readFileSync(join(dir, "khasan-mini.ink"), "utf8"),
    "khasan-mini.ink",
    () => "",
  ).story;
  const session = new Session(story, { seed: 3 });
  play(session, options, stopAtDate);
  const save = createSave(session.snapshot(), {
    appVersion: "test",
    storyName: "khasan-mini",
    story,
    seed: 3,
    premises: {},
    events: [],
  });
  writeFileSync(join(dir, "run.json"), encodeSave(save));
  return dir;
}

describe("khasan history", () => {
  it("prints the briefing with sources and exits 0", async () => {
    const result = await cli(["history", "--width", "80"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("── Where the sources disagree");
    expect(result.stdout).toContain("Marshal Vasily K. Blyukher");
  });

  it("refuses an unknown format with exit 2", async () => {
    const result = await cli(["history", "--format", "pdf"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "argument 'pdf' is invalid. Allowed choices are text, md, json.",
    );
  });

  it("lists the formats it writes in its help", async () => {
    const result = await cli(["history", "--help"]);
    expect(result.stdout).toContain('output format (choices: "text", "md", "json", default:');
  });
});

describe("khasan compare", () => {
  it("compares a finished run with the record and names the divergence", async () => {
    const dir = storyWithSave({ aug1_bombing_order: "wait" });
    const result = await cli([
      "compare",
      join(dir, "run.json"),
      "--history",
      "--story",
      join(dir, "khasan-mini.ink"),
    ]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("You chose: Wait for the fog to lift");
    expect(result.stdout).toMatch(/Soviet killed and missing\s+you: \d+ men/);
  });

  it("compares a run mid-game only on what is counted by its date", async () => {
    const dir = storyWithSave({}, "1938-08-02");
    const result = await cli([
      "compare",
      join(dir, "run.json"),
      "--history",
      "--story",
      join(dir, "khasan-mini.ink"),
    ]);
    expect(result.stdout).toContain("Mid-game, as of 2 Aug 1938");
    expect(result.stdout).toContain("not yet comparable (counted as of 11 Aug 1938)");
  });

  it("sets two runs side by side and marks the first divergence", async () => {
    const dir = storyWithSave({});
    const other = storyWithSave({ aug1_piecemeal_attack: "wait_corps" });
    const result = await cli([
      "compare",
      join(dir, "run.json"),
      join(other, "run.json"),
      "--story",
      join(dir, "khasan-mini.ink"),
      "--format",
      "md",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("**3 (first divergence)**");
  });
});
