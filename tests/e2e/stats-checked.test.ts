/**
 * `khasan stats` checks each run of this story build as `continue` checks a save: a run whose
 * premises are outside their values or whose log holds a choice the story never offered is
 * left out (and said so), not counted.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { makeTempDir, runCli, storySaveDir } from "./run-cli";

describe("khasan stats on hand-edited runs", () => {
  it("leaves out a run with a premise out of range or an invented choice", async ({ expect }) => {
    const dataDir = makeTempDir();
    const played = await runCli(["play", "--plain", "--seed", "5"], { stdin: "1\n", dataDir });
    expect(played.code).toBe(0);
    const autosave = join(storySaveDir(dataDir, "khasan"), "autosave-plain.json");
    const save = JSON.parse(readFileSync(autosave, "utf8")) as Record<string, unknown>;
    const folder = join(makeTempDir(), "class");
    mkdirSync(folder);
    copyFileSync(autosave, join(folder, "a-honest.json"));
    const premises = { ...(save.premises as object), fog_lifts_early: 12345 };
    writeFileSync(join(folder, "b-premise.json"), JSON.stringify({ ...save, premises }));
    const log = save.log as { text: string }[];
    const invented = [{ ...log[0], text: "Launch the fleet" }];
    writeFileSync(join(folder, "c-choice.json"), JSON.stringify({ ...save, log: invented }));
    const result = await runCli(["stats", folder, "--solo", "--format", "json"]);
    const stats = JSON.parse(result.stdout) as { leftOut: { label: string; reason: string }[] };
    const reasons = stats.leftOut.map(
      ({ label, reason }) => `${label.split("/").pop()}: ${reason}`,
    );
    expect(reasons.sort()).toEqual([
      "a-honest.json: unfinished (1 choice)",
      "b-premise.json: its premises or choices do not fit this story",
      "c-choice.json: its premises or choices do not fit this story",
    ]);
  });
});
