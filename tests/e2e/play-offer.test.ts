/**
 * The autosave offer at the start of a new interactive game: an unfinished autosave is resumed,
 * kept as a named save, or (at end of input) left exactly as it was, never overwritten.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { MINI_STORY, makeTempDir, readJson, runCli, SAVES, storySaveDir } from "./run-cli";

const FIXTURE = join(SAVES, "mini-one-choice.json");
const OFFER =
  "You have an unfinished game, saved on 2025-01-01 12:00 UTC after 1 choice, at 1 August 1938.\n" +
  "  1. Resume it (--seed 9 is not used)\n" +
  "  2. Start the new game with --seed 9 (the old one is kept as a named save)\n" +
  "  3. Quit\n" +
  "> ";

/** A data directory whose autosave is the one-choice fixture save. */
function withAutosave(): { dataDir: string; autosave: string } {
  const dataDir = makeTempDir();
  const dir = storySaveDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const autosave = join(dir, "autosave.json");
  copyFileSync(FIXTURE, autosave);
  return { dataDir, autosave };
}

const PLAY = ["play", MINI_STORY, "--seed", "9"];

describe.concurrent("the autosave offer", () => {
  it("resumes the autosave on 1", async ({ expect }) => {
    const { dataDir } = withAutosave();
    const result = await runCli(PLAY, { stdin: "1\n", dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(OFFER)).toBe(true);
    expect(result.stdout).toContain("seed 7");
    expect(result.stdout).not.toContain("Khabarovsk.");
    expect(result.stdout).toContain("The guns stay silent; the post falls");
    expect(result.stdout).toContain(" 1.  Send the bombers regardless");
  });

  it("keeps the autosave as a named save under saves/ on 2 and starts anew", async ({ expect }) => {
    const { dataDir, autosave } = withAutosave();
    const result = await runCli(PLAY, { stdin: "2\n1\n", dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /The old autosave is kept as save "autosave-\d{8}-\d{6}" \(load autosave-\d{8}-\d{6}\)\./,
    );
    expect(result.stdout).toContain("seed 9");
    expect(result.stdout).toContain("Khabarovsk.");
    const saves = readdirSync(join(storySaveDir(dataDir), "saves"));
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatch(/^autosave-\d{8}-\d{6}\.json$/);
    const kept = readFileSync(join(storySaveDir(dataDir), "saves", saves[0] ?? ""));
    expect(kept.equals(readFileSync(FIXTURE))).toBe(true);
    const fresh = JSON.parse(readFileSync(autosave, "utf8"));
    expect(fresh.seed).toBe(9);
    expect(fresh.log).toHaveLength(1);
  });

  it("leaves the autosave untouched when input ends at the offer", async ({ expect }) => {
    const { dataDir, autosave } = withAutosave();
    const result = await runCli(PLAY, { dataDir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.startsWith(OFFER)).toBe(true);
    expect(readFileSync(autosave).equals(readFileSync(FIXTURE))).toBe(true);
    expect(existsSync(join(storySaveDir(dataDir), "saves"))).toBe(false);
  });

  it("asks again after an answer that is not 1, 2 or 3", async ({ expect }) => {
    const { dataDir, autosave } = withAutosave();
    const result = await runCli(PLAY, { stdin: "7\n3\n", dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${OFFER}Type 1, 2 or 3.\n> `);
    expect(readFileSync(autosave).equals(readFileSync(FIXTURE))).toBe(true);
  });
});

describe.concurrent("an unfinished autosave when a save is loaded or flags ask for a new game", () => {
  it("play --load offers the unfinished game and, on 2, keeps it as a named save", async ({
    expect,
  }) => {
    const { dataDir, autosave } = withAutosave();
    const result = await runCli(["play", MINI_STORY, "--load", FIXTURE], {
      stdin: "2\n2\n",
      dataDir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("You have an unfinished game, saved on 2025-01-01 12:00 UTC");
    expect(result.stdout).toContain(`  2. Load "${FIXTURE}" (the old one is kept as a named save)`);
    const saves = readdirSync(join(storySaveDir(dataDir), "saves"));
    expect(saves).toHaveLength(1);
    expect(
      readFileSync(join(storySaveDir(dataDir), "saves", saves[0] ?? "")).equals(
        readFileSync(FIXTURE),
      ),
    ).toBe(true);
    expect(readJson(autosave).log).toHaveLength(2);
  });

  it("play --load never overwrites the unfinished autosave when input ends at the offer", async ({
    expect,
  }) => {
    const { dataDir, autosave } = withAutosave();
    const result = await runCli(["play", MINI_STORY, "--load", FIXTURE], { stdin: "", dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("  1. Resume it (--load");
    expect(readFileSync(autosave).equals(readFileSync(FIXTURE))).toBe(true);
  });

  it("says which flags resuming leaves unused, and 2 starts the game they ask for", async ({
    expect,
  }) => {
    const { dataDir, autosave } = withAutosave();
    const args = ["play", MINI_STORY, "--seed", "9", "--set", "fog_lifts_early=true"];
    const result = await runCli([...args, "--width", "300"], { stdin: "2\n1\n", dataDir });
    expect(result.stdout).toContain(
      "  1. Resume it (--seed 9 --set fog_lifts_early=true are not used)\n" +
        "  2. Start the new game with --seed 9 --set fog_lifts_early=true (the old one is kept as a named save)\n",
    );
    expect(result.stdout).toContain("seed 9 · premises: fog_lifts_early=true");
    const fresh = readJson(autosave);
    expect(fresh.seed).toBe(9);
  });

  it("--plain keeps an unfinished --plain game as a named save and says so on stderr", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const first = await runCli(["play", MINI_STORY, "--plain", "--seed", "7"], {
      stdin: "2\n",
      dataDir,
    });
    expect(first.code).toBe(0);
    const second = await runCli(["play", MINI_STORY, "--plain", "--seed", "7"], {
      stdin: "1\n",
      dataDir,
    });
    expect(second.stderr).toMatch(
      /^khasan: The old autosave is kept as save "autosave-\d{8}-\d{6}"/,
    );
    const saves = readdirSync(join(storySaveDir(dataDir), "saves"));
    expect(saves).toHaveLength(1);
    const kept = readJson(join(storySaveDir(dataDir), "saves", saves[0] ?? ""));
    expect((kept.log as { option: string }[]).map((e) => e.option)).toEqual(["hold"]);
  });

  it("names npm start in the quit message when npm start runs the game", async ({ expect }) => {
    const result = await runCli(["play", "--seed", "1"], {
      stdin: "1\nquit\n",
      env: { npm_lifecycle_event: "start" },
    });
    expect(result.stdout).toContain("Your game is saved; resume it with: npm start -- continue\n");
    expect(result.stdout).not.toContain("khasan continue");
  });
});
