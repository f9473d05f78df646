/**
 * Ctrl-C mid-game: the CLI is driven step by step, interrupted at the second prompt, and must
 * leave with 130, a saved game and no stack trace.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { decodeSave } from "../../src/core/save/save-file";
import { MINI_STORY, makeTempDir, spawnCli, stackLines, storySaveDir } from "./run-cli";

const PROMPT = /^> /m;

describe.concurrent("SIGINT mid-game", () => {
  it("exits 130 with the autosave holding the one choice made", async ({ expect }) => {
    const dataDir = makeTempDir();
    const cli = spawnCli(["play", MINI_STORY, "--seed", "7"], { dataDir });
    await cli.waitFor(PROMPT, 1);
    cli.write("2\n");
    await cli.waitFor(PROMPT, 2);
    cli.kill("SIGINT");
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(result.stdout).toContain(
      `Interrupted. Your game is saved; resume it with: khasan continue ${MINI_STORY}\n`,
    );
    expect(stackLines(result.stdout)).toEqual([]);
    expect(stackLines(result.stderr)).toEqual([]);
    expect(result.stderr).toBe("");
    const path = join(storySaveDir(dataDir), "autosave.json");
    const save = decodeSave(readFileSync(path, "utf8"), path);
    expect(save.log.map((entry) => entry.option)).toEqual(["hold"]);
    expect(save.ended).toBe(false);
  });

  it("exits 130 from --plain too, with the choice autosaved in its own slot", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const cli = spawnCli(["play", MINI_STORY, "--seed", "7", "--plain"], { dataDir });
    await cli.waitFor("?> ", 1);
    cli.write("1\n");
    await cli.waitFor("?> ", 2);
    cli.kill("SIGINT");
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(stackLines(result.stdout + result.stderr)).toEqual([]);
    const path = join(storySaveDir(dataDir), "autosave-plain.json");
    expect(decodeSave(readFileSync(path, "utf8"), path).log).toHaveLength(1);
  });
});
