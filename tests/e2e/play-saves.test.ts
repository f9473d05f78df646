/**
 * Saves given on the command line (`--load FILE`): a valid one resumes; a damaged, foreign or
 * future one is refused with one line naming the file, and is never touched.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { MINI_STORY, makeTempDir, runCli, runSpawned, SAVES, stackLines } from "./run-cli";

/** A copy of a fixture save in a fresh folder, so a buggy player can't damage the fixture. */
function copySave(name: string): string {
  const path = join(makeTempDir(), name);
  copyFileSync(join(SAVES, name), path);
  return path;
}

const load = (path: string, ...extra: string[]) => ["play", MINI_STORY, "--load", path, ...extra];

describe.concurrent("--load FILE", () => {
  it("resumes a save of this build at its scene", async ({ expect }) => {
    const path = copySave("mini-one-choice.json");
    const result = await runCli(load(path), { stdin: "2\n" });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("seed 7");
    expect(result.stdout).not.toContain("Khabarovsk.");
    expect(result.stdout).toContain(" 2.  Wait for the fog to lift\n> 2\n");
    expect(result.stdout).toContain("You tell Moscow the planes will fly");
  });

  it("refuses a hand-edited save (an invented choice, a premise out of range) in one line, touching nothing", async ({
    expect,
  }) => {
    const dir = makeTempDir();
    const edit = (name: string, change: (save: Record<string, unknown>) => void) => {
      const save = JSON.parse(readFileSync(join(SAVES, "mini-one-choice.json"), "utf8"));
      change(save);
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(save));
      return path;
    };
    const invented = edit("invented.json", (save) => {
      (save.log as { text: string }[])[0] = { ...(save.log as object[])[0], text: "Surrender" };
    });
    const premise = edit("premise.json", (save) => {
      save.premises = { fog_lifts_early: "sometimes" };
    });
    for (const [path, message] of [
      [
        invented,
        `${invented}: choice 1 of its log ("Surrender") is not one this story offers there`,
      ],
      [
        premise,
        `${premise} sets premise fog_lifts_early to "sometimes", which is not one of its values`,
      ],
    ] as const) {
      const before = readFileSync(path);
      const data = makeTempDir();
      const result = await runCli([...load(path), "--data-dir", data], { stdin: "1\n" });
      expect(result.code).toBe(1);
      expect(result.stderr.split("\n")).toHaveLength(2);
      expect(result.stderr).toContain(`khasan: ${message}`);
      expect(result.stderr).not.toContain("internal error");
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(existsSync(join(data, "khasan-mini", "autosave.json"))).toBe(false);
    }
  });

  it("refuses a corrupt save with one line naming it, exit 1, file unchanged", async ({
    expect,
  }) => {
    const path = copySave("broken.json");
    const before = readFileSync(path);
    const result = await runSpawned(load(path), { stdin: "1\n" });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`khasan: ${path} is not a readable save (broken JSON)\n`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses a save from another story build, naming both versions", async ({ expect }) => {
    const path = copySave("mini-other-build.json");
    const before = readFileSync(path);
    const result = await runCli(load(path), { stdin: "1\n" });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toHaveLength(2);
    expect(result.stderr).toMatch(
      /^khasan: .*mini-other-build\.json was made with story 0\.0\.0-draft \(build 01234567\), but this is story 0\.0\.1 \(build [0-9a-f]{8}\): add --replay .*\n$/,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("replays a save from another build with --replay and plays on", async ({ expect }) => {
    const path = copySave("mini-other-build.json");
    const result = await runCli(load(path, "--replay"), { stdin: "1\n" });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/replayed all 1 choices? on story 0\.0\.1/);
    expect(result.stdout).toContain(" 2.  Wait for the fog to lift\n> 1\n");
    expect(result.stdout).toContain("The aircraft take off into the murk.");
  });

  it("refuses a save from a future format, saying to update", async ({ expect }) => {
    const path = copySave("mini-future-format.json");
    const result = await runCli(load(path));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `khasan: ${path} needs save format 2 (written as format 3); this khasan reads up to 1: update khasan\n`,
    );
  });

  it("refuses a save file that is not there", async ({ expect }) => {
    const path = join(makeTempDir(), "nowhere.json");
    const result = await runCli(load(path));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`khasan: no save file at ${path}\n`);
    expect(stackLines(result.stderr)).toEqual([]);
  });
});
