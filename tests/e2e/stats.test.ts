import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { makeTempDir, runCli } from "./run-cli";

/** Plays the campaign to its end in classroom mode, voting for option 1 each time. */
async function finishedRun(dataDir: string, seed: string): Promise<string> {
  const lines = Array.from({ length: 40 }, () => "decide 1");
  const result = await runCli(
    [
      "classroom",
      "--seed",
      seed,
      "--cut",
      "90",
      "--rule",
      "commander",
      "--roles",
      "all",
      "--class-size",
      "24",
    ],
    {
      stdin: `${lines.join("\n")}\nquit\n`,
      dataDir,
    },
  );
  if (!result.stdout.includes("THE END"))
    throw new Error(`the run did not end:\n${result.stdout.slice(-800)}`);
  return join(dataDir, "khasan", "khasan", "autosave-classroom.json");
}

describe("khasan stats", () => {
  it("merges a folder of runs and reports what it left out", async ({ expect }) => {
    const dataDir = makeTempDir();
    const run = await finishedRun(dataDir, "2");
    const folder = join(makeTempDir(), "class");
    mkdirSync(folder);
    copyFileSync(run, join(folder, "group-a.json"));
    const other = JSON.parse(readFileSync(run, "utf8"));
    other.storyHash = "0".repeat(64);
    other.seed = 99;
    writeFileSync(join(folder, "group-b.json"), JSON.stringify(other));
    writeFileSync(join(folder, "notes.json"), "{}");
    const result = await runCli(["stats", folder, "--format", "json"]);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect(stats.runs).toBe(1);
    expect(stats.endings).toHaveLength(1);
    expect(stats.decisions[0].decision).toBe("jul_crest_fortification");
    expect(stats.decisions[0].options[0].count).toBe(1);
    const reasons = stats.leftOut.map((l: { reason: string }) => l.reason);
    expect(reasons).toHaveLength(2);
    expect(stats.kind).toBe("lessons");
    expect(reasons[0]).toMatch(/^made with another story build \(.+, build 00000000\)$/);
    expect(reasons[1]).toBe("not a readable run file");
    const text = await runCli(["stats", folder]);
    expect(text.stdout).toContain("1 finished lesson merged.");
    expect(text.stdout).toMatch(/100% \(1 of 1\)/);
    const none = await runCli(["stats", folder, "--solo"]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("0 finished solo games merged.");
    expect(text.stdout).toContain("LEFT OUT");
    const html = await runCli(["stats", folder, "--format", "html"]);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout.match(/<svg class="bars"/g)?.length).toBe(1 + stats.decisions.length);
    expect(html.stdout).toContain("1 (100%)");
  }, 30_000);

  it("fails with one line for a missing path", async ({ expect }) => {
    const result = await runCli(["stats", "no-such-folder"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no run file or folder at");
  });
});
