/**
 * Commands typed at the prompt: save and load by name, undo (one, several, more than were
 * made, none), restart and load (each asking first and keeping the game so far as a save of
 * its own), and `--transcript`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { decodeSave } from "../../src/core/save/save-file";
import { MINI_STORY, makeTempDir, runCli, storySaveDir } from "./run-cli";

// Wide enough that no message wraps: the tests read each message on one line.
const PLAY = ["play", MINI_STORY, "--seed", "7", "--width", "300"];
const FIRST_CHOICES =
  " 1.  Order the guns to support the border post\n 2.  Hold fire and report to Moscow\n> ";
const SECOND_CHOICES = " 1.  Send the bombers regardless\n 2.  Wait for the fog to lift\n> ";
const GO_AHEAD = "Type y to go ahead, anything else to keep playing.\n> ";

function namedSaves(dataDir: string): string[] {
  return readdirSync(join(storySaveDir(dataDir), "saves"))
    .map((file) => file.replace(/\.json$/, ""))
    .sort();
}

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
    const result = await runCli(PLAY, { stdin: "2\nsave x\n1\nload x\ny\n", dataDir });
    expect(result.code).toBe(0);
    const path = join(storySaveDir(dataDir), "saves", "x.json");
    expect(result.stdout).toContain(`> save x\nSaved as "x" (${path}).\n`);
    const loaded = outputAfter(result.stdout, "load x");
    expect(loaded).toMatch(/^Load "x" in place of this game\? This game is kept as a named save/);
    expect(loaded).toMatch(/kept as save "before-load-\d{8}-\d{6}"/);
    expect(loaded).toContain("The weather over the heights is fog.");
    expect(loaded).toContain(SECOND_CHOICES);
    expect(readSlot(dataDir, "saves/x").log.map((e) => e.option)).toEqual(["hold"]);
    expect(readSlot(dataDir, "autosave").log.map((e) => e.option)).toEqual(["hold"]);
    const kept = namedSaves(dataDir).find((name) => name.startsWith("before-load-")) ?? "";
    expect(readSlot(dataDir, `saves/${kept}`).log.map((e) => e.option)).toEqual(["hold", "bomb"]);
  });

  it("loads nothing and changes nothing unless the player answers y", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "2\nsave x\n1\nload x\nno\n", dataDir });
    expect(outputAfter(result.stdout, "load x")).toContain(`${GO_AHEAD}no\nNothing changed.\n`);
    expect(readSlot(dataDir, "autosave").log.map((e) => e.option)).toEqual(["hold", "bomb"]);
    expect(namedSaves(dataDir)).toEqual(["x"]);
  });

  it("asks before a save replaces another of the same name", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "2\nsave x\n1\nsave x\nn\n", dataDir });
    expect(outputAfter(result.stdout, "1")).toContain(
      `> save x\nA save named "x" exists. Replace it with this game? ${GO_AHEAD}n\nNothing changed.\n`,
    );
    expect(readSlot(dataDir, "saves/x").log.map((e) => e.option)).toEqual(["hold"]);
  });

  it("says so when a named save does not exist, and plays on", async ({ expect }) => {
    const result = await runCli(PLAY, { stdin: "load nothing\n2\n" });
    expect(outputAfter(result.stdout, "load nothing")).toMatch(
      /^No save named "nothing": "load \?" lists them\.\n> 2\n/,
    );
    expect(result.code).toBe(0);
  });

  it("takes back the last choice with undo, after asking", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "2\n1\nundo\ny\n", dataDir });
    const undone = outputAfter(result.stdout, "undo");
    expect(undone).toMatch(
      /^Take back the last choice, back to the choice of 1 August 1938 \("Send the bombers regardless"\)\? Type y/,
    );
    expect(outputAfter(result.stdout, "y")).toContain(SECOND_CHOICES);
    expect(readSlot(dataDir, "autosave").log.map((e) => e.option)).toEqual(["hold"]);
  });

  it("answers undo beyond the choices made, undo 0 and undo abc, and takes nothing back", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "2\n1\nundo 99\nundo 0\nundo abc\n", dataDir });
    expect(outputAfter(result.stdout, "undo 99")).toMatch(
      /^Only 2 choices made so far, so there are not 99 to take back; "undo 2" takes back all 2\.\n> /,
    );
    const how = '"undo" takes back the last choice, "undo N" the last N (up to 2).';
    expect(outputAfter(result.stdout, "undo 0")).toMatch(
      new RegExp(`^"undo 0" is not a number of choices to take back: ${escapeRegExp(how)}\n> `),
    );
    expect(outputAfter(result.stdout, "undo abc")).toMatch(
      new RegExp(`^"undo abc" is not a number of choices to take back: ${escapeRegExp(how)}\n> `),
    );
    expect(result.stdout).not.toContain("Unknown command");
    expect(readSlot(dataDir, "autosave").log.map((e) => e.option)).toEqual(["hold", "bomb"]);
  });

  it("goes back to the start on undo 1 after one choice", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "2\nundo 1\nyes\n1\n", dataDir });
    const undone = outputAfter(result.stdout, "yes");
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

  it("restarts after asking, and keeps each game restarted from under a name of its own", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, {
      stdin: "2\n1\nrestart\ny\n1\nrestart\ny\n2\n",
      dataDir,
    });
    expect(outputAfter(result.stdout, "restart")).toMatch(
      /^Start again from the beginning\? The game so far is kept as a named save\. Type y/,
    );
    const restarted = outputAfter(result.stdout, "y");
    expect(restarted).toMatch(/^The game so far is kept as save "before-restart-\d{8}-\d{6}"/);
    expect(restarted).toContain("Khabarovsk.");
    expect(restarted).toContain(FIRST_CHOICES);
    const kept = namedSaves(dataDir);
    expect(kept).toHaveLength(2);
    for (const name of kept) expect(name).toMatch(/^before-restart-\d{8}-\d{6}(-2)?$/);
    const logs = kept.map((name) => readSlot(dataDir, `saves/${name}`).log.map((e) => e.option));
    expect(logs).toContainEqual(["hold", "bomb"]);
    expect(logs).toContainEqual(["support"]);
    expect(readSlot(dataDir, "autosave").log.map((e) => e.option)).toEqual(["hold"]);
  });

  it("does not restart when the answer is not y", async ({ expect }) => {
    const dataDir = makeTempDir();
    const result = await runCli(PLAY, { stdin: "2\nrestart\n\n", dataDir });
    expect(outputAfter(result.stdout, "restart")).toContain(`${GO_AHEAD}\nNothing changed.\n`);
    expect(readSlot(dataDir, "autosave").log.map((e) => e.option)).toEqual(["hold"]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

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
