/**
 * A game of the fixture campaign from piped input: to an ending, through bad input, and cut
 * off by end of input (the autosave survives and `khasan continue` resumes it).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { decodeSave } from "../../src/core/save/save-file";
import { MINI_STORY, makeTempDir, runCli, runSpawned, stackLines, storySaveDir } from "./run-cli";

const PLAY = ["play", MINI_STORY, "--seed", "7"];

function readAutosave(dataDir: string) {
  const path = join(storySaveDir(dataDir), "autosave.json");
  return decodeSave(readFileSync(path, "utf8"), path);
}

describe.concurrent("a whole game from piped input", () => {
  it("reaches the ending and records it in the autosave", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "1\n1\n1\n2\n", dataDir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("KHASAN 1938 (TEST FIXTURE) · story 0.0.1 · seed 7");
    expect(result.stdout).toContain("You defend every order you gave.");
    expect(result.stdout).toContain(
      "THE END: Kept in command\nStalin's trust holds and the Marshal keeps his command for now.",
    );
    expect(result.stdout).not.toContain("This is how it ended in 1938.");
    expect(result.stdout).not.toContain("\u001b[");
    const save = readAutosave(dataDir);
    expect(save.ended).toBe(true);
    expect(save.ending).toBe("kept_command");
    expect(save.log.map((entry) => entry.option)).toEqual([
      "support",
      "bomb",
      "attack_now",
      "defend",
    ]);
  });

  it("reaches the historical ending and says so", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runSpawned(PLAY, { stdin: "2\n1\n1\n1\n", dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("THE END: The purge\n");
    expect(result.stdout).toContain("This is how it ended in 1938.");
    expect(readAutosave(dataDir).ending).toBe("purged");
  });

  // Two scenes here fall on 31 August: the heading is shown once, not before each.
  it("shows a date heading only when the date changes", async ({ expect }) => {
    const result = await runCli(PLAY, { stdin: "1\n1\n1\n2\n" });
    expect(result.stdout.split("— 31 August 1938 —")).toHaveLength(2);
  });

  it("shows the status line from variables.json after a scene", async ({ expect }) => {
    const result = await runCli(PLAY, { stdin: "1\n" });
    expect(result.stdout).toContain(
      "1 August 1938 · Weather: Fog · Troops 3,000 men · Killed 0 men · Trust 65% ·\nEscalation 35%",
    );
  });

  it("says a wrong number is no choice, asks again, and plays on", async ({ expect }) => {
    const result = await runSpawned(PLAY, { stdin: "5\n0\n2\n" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "> 5\nThere is no choice 5: type a number from 1 to 2.\n> 0\nThere is no choice 0: type a number from 1 to 2.\n> 2\n",
    );
    expect(result.stdout).toContain("The guns stay silent; the post falls");
    expect(result.stderr).toBe("");
  });

  it("answers an empty line and an unknown word without choosing", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "\n   \nfoo\n", dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('> \nNothing typed: type a number from 1 to 2, or "help".\n');
    expect(result.stdout).toContain('Unknown command "foo": type "help" for the list.\n');
    expect(result.stdout).toContain("No choice was made, so there was nothing to save.");
    expect(existsSync(join(storySaveDir(dataDir), "autosave.json"))).toBe(false);
  });
});

describe.concurrent("end of input mid-game", () => {
  it("exits 0 with the choices so far autosaved, and continue resumes there", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const first = await runSpawned(PLAY, { stdin: "2\n", dataDir });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain(
      `Input ended. Your game is saved; resume it with: khasan continue ${MINI_STORY}\n`,
    );
    expect(stackLines(first.stdout + first.stderr)).toEqual([]);
    const save = readAutosave(dataDir);
    expect(save.ended).toBe(false);
    expect(save.log.map((entry) => entry.text)).toEqual(["Hold fire and report to Moscow"]);

    const resumed = await runSpawned(["continue", MINI_STORY], { stdin: "1\n", dataDir });
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toBe("");
    expect(resumed.stdout).not.toContain("Khabarovsk.");
    expect(resumed.stdout).toContain("The weather over the heights is fog.");
    expect(resumed.stdout).toContain(" 1.  Send the bombers regardless");
    expect(resumed.stdout).toContain("The aircraft take off into the murk.");
    expect(readAutosave(dataDir).log.map((entry) => entry.option)).toEqual(["hold", "bomb"]);
  });

  it("continue without an autosave says how to start one and exits 1", async ({ expect }) => {
    const result = await runCli(["continue", MINI_STORY]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^khasan: no autosaved game of khasan-mini at .*autosave\.json: start one with khasan play\n$/,
    );
  });
});
