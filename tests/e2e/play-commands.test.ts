/**
 * Commands typed at the prompt: save and load by name, undo (one, several, more than were
 * made), restart (keeping the game so far as a save), and `--transcript`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { decodeSave } from "../../src/core/save/save-file";
import { MINI_STORY, makeTempDir, runCli, storySaveDir } from "./run-cli";

const PLAY = ["play", MINI_STORY, "--seed", "7"];
const FIRST_CHOICES =
  " 1.  Order the guns to support the border post\n 2.  Hold fire and report to Moscow\n> ";
const SECOND_CHOICES = " 1.  Send the bombers regardless\n 2.  Wait for the fog to lift\n> ";

function readSlot(dataDir: string, slot: string) {
  const path = join(storySaveDir(dataDir), `${slot}.json`);
  return decodeSave(readFileSync(path, "utf8"), path);
}

/** The text printed after the prompt line where `typed` was echoed. */
function outputAfter(stdout: string, typed: string): string {
  const at = stdout.indexOf(`> ${typed}\n`);
  if (at < 0) throw new Error(`"${typed}" was not echoed:\n${stdout}`);
  return stdout.slice(at + typed.length + 3);
}

describe.concurrent("prompt commands", () => {
  it("saves under a name and loads it back later", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "2\nsave x\n1\nload x\n", dataDir });
    expect(result.code).toBe(0);
    const path = join(storySaveDir(dataDir), "saves", "x.json");
    expect(result.stdout).toContain(`> save x\nSaved as "x" (${path}).\n`);
    const loaded = outputAfter(result.stdout, "load x");
    expect(loaded).toContain("The weather over the heights is fog.");
    expect(loaded).toContain(SECOND_CHOICES);
    expect(readSlot(dataDir, "saves/x").log.map((e) => e.option)).toEqual(["hold"]);
    expect(readSlot(dataDir, "autosave").log.map((e) => e.option)).toEqual(["hold"]);
  });

  it("says so when a named save does not exist, and plays on", async ({ expect }) => {
    const result = await runCli(PLAY, { stdin: "load nothing\n2\n" });
    expect(outputAfter(result.stdout, "load nothing")).toMatch(
      /^no save at .*nothing\.json\n> 2\n/,
    );
    expect(result.code).toBe(0);
  });

  it("takes back the last choice with undo", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "2\n1\nundo\n", dataDir });
    expect(outputAfter(result.stdout, "undo")).toContain(SECOND_CHOICES);
    expect(readSlot(dataDir, "autosave").log.map((e) => e.option)).toEqual(["hold"]);
  });

  it("goes back to the start on undo 3 after one choice", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "2\nundo 3\n1\n", dataDir });
    const undone = outputAfter(result.stdout, "undo 3");
    expect(undone).toContain("Khabarovsk.");
    expect(undone).toContain(FIRST_CHOICES);
    expect(readSlot(dataDir, "autosave").log.map((e) => e.option)).toEqual(["support"]);
  });

  it("has nothing to undo before the first choice", async ({ expect }) => {
    const result = await runCli(PLAY, { stdin: "undo\n" });
    expect(outputAfter(result.stdout, "undo")).toBe(
      "Nothing to undo: no choice has been made yet.\n> \nInput ended. No choice was made, so there was nothing to save.\n",
    );
  });

  it("restarts from the beginning and keeps the game so far as before-restart", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "2\n1\nrestart\n1\n", dataDir });
    const restarted = outputAfter(result.stdout, "restart");
    expect(restarted).toContain("Khabarovsk.");
    expect(restarted).toContain(FIRST_CHOICES);
    expect(readSlot(dataDir, "saves/before-restart").log.map((e) => e.option)).toEqual([
      "hold",
      "bomb",
    ]);
    expect(readSlot(dataDir, "autosave").log.map((e) => e.option)).toEqual(["support"]);
  });
});

describe.concurrent("--transcript FILE", () => {
  it("writes a header with seed, story version, hash and premises, then lines and inputs", async ({
    expect,
  }) => {
    const dir = makeTempDir();
    const file = join(dir, "run.txt");
    const result = await runCli([...PLAY, "--set", "fog_lifts_early=true", "--transcript", file], {
      stdin: "2\nstatus\n",
    });
    expect(result.code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(
      /^# khasan \d+\.\d+\.\d+ transcript\n# story: Khasan 1938 \(test fixture\) 0\.0\.1 \(sha256 [0-9a-f]{64}\)\n# seed: 7\n# premises: fog_lifts_early=true\n\n/,
    );
    expect(text).toContain("Khabarovsk. The border guards at Posyet");
    expect(text).toContain(`${FIRST_CHOICES}2\n`);
    expect(text).toContain("The weather over the heights is clear.");
    expect(text).toContain("> status\n");
    expect(text).toContain("Stalin's trust");
    expect(text).not.toContain("\u001b[");
  });
});
