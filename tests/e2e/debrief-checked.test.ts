/**
 * `khasan debrief RUN` checks the run against the story before it writes anything, as
 * `continue` does: a premise outside its values, a premise the story does not have, or a
 * logged choice the story never offered is refused in one line naming the file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { makeTempDir, runCli, storySaveDir } from "./run-cli";

/** A one-choice game of the campaign, edited by `edit`, written to a file of its own. */
async function editedRun(edit: (save: Record<string, unknown>) => void): Promise<string> {
  const dataDir = makeTempDir();
  const played = await runCli(["play", "--plain", "--seed", "5"], { stdin: "1\n", dataDir });
  if (played.code !== 0) throw new Error(`the game did not play: ${played.stderr}`);
  const save = JSON.parse(
    readFileSync(join(storySaveDir(dataDir, "khasan"), "autosave-plain.json"), "utf8"),
  ) as Record<string, unknown>;
  edit(save);
  const path = join(makeTempDir(), "edited.json");
  writeFileSync(path, JSON.stringify(save));
  return path;
}

describe("khasan debrief on a hand-edited run", () => {
  it("refuses a premise outside its values, a premise the story lacks, an invented choice", async ({
    expect,
  }) => {
    const edits: [(save: Record<string, unknown>) => void, RegExp][] = [
      [
        (save) => {
          save.premises = { ...(save.premises as object), fog_lifts_early: 12345 };
        },
        /sets premise fog_lifts_early to 12345, which is not one of its values/,
      ],
      [
        (save) => {
          save.premises = { nonsense: true };
        },
        /sets "nonsense", which is not a premise of this story/,
      ],
      [
        (save) => {
          const log = save.log as { text: string }[];
          save.log = [{ ...log[0], text: "Launch the fleet" }];
        },
        /choice 1 of its log \("Launch the fleet"\) is not one this story offers there/,
      ],
    ];
    for (const [edit, reason] of edits) {
      const run = await editedRun(edit);
      const out = join(makeTempDir(), "debrief.html");
      const result = await runCli(["debrief", run, "--out", out]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(reason);
      expect(result.stderr).toContain(run);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    }
  }, 60_000);
});
