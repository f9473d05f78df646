/**
 * Saves under pressure: a write cut short by a file-size limit (a full disk) leaves the old
 * autosave whole and says so; a second player on the same saves is told they are in use.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { CLI, MINI_STORY, makeTempDir, runCli, startCli, storySaveDir } from "./run-cli";

/** Runs `prlimit ARGS` with "2" typed, without blocking the other tests. */
function runLimited(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("prlimit", args, { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stderr }));
    child.stdin.end("2\n");
  });
}

describe.concurrent("saves under pressure", () => {
  it("keeps the autosave whole and reports the failure when the disk is full", async ({
    expect,
  }) => {
    const data = makeTempDir();
    const dirArgs = [MINI_STORY, "--plain", "--data-dir", data];
    await runCli(["play", ...dirArgs, "--seed", "3"], { stdin: "1\n" });
    const autosave = join(data, "khasan-mini", "autosave-plain.json");
    const before = readFileSync(autosave);
    const full = await runLimited(["--fsize=2000", process.execPath, CLI, "continue", ...dirArgs]);
    expect(full.status).toBe(1);
    expect(full.stderr).toMatch(/^khasan: cannot write .*autosave-plain\.json: .*size limit.*\n$/);
    expect(readFileSync(autosave).equals(before)).toBe(true);
    expect(readdirSync(join(data, "khasan-mini"))).toEqual(["autosave-plain.json"]);
    const again = await runCli(["continue", ...dirArgs], { stdin: "2\n" });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe("");
  }, 60_000);

  it("tells a second player the saves are in use and offers a look or a separate slot", async ({
    expect,
  }) => {
    const data = makeTempDir();
    const first = startCli(["play", MINI_STORY, "--seed", "3"], { dataDir: data });
    await first.waitFor("> ");
    first.write("1\n");
    await first.waitFor("> ", 2);
    const look = await runCli(["play", MINI_STORY], { dataDir: data, stdin: "1\n" });
    expect(look.code).toBe(0);
    expect(look.stdout).toMatch(/in use by another khasan \(process \d+ on /);
    expect(look.stdout).toContain("Its autosave (");
    expect(look.stdout).toContain("1 choice, read-only):\n  1. ");
    const plain = await runCli(["play", MINI_STORY, "--plain"], { dataDir: data, stdin: "1\n" });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^khasan: the saves in .* are in use by another khasan .*\n$/);
    const separate = await runCli(["play", MINI_STORY, "--seed", "5"], {
      dataDir: data,
      stdin: "2\n1\n",
    });
    expect(separate.code).toBe(0);
    const name = /saved as "(separate-[0-9-]+)"/.exec(separate.stdout)?.[1];
    expect(name).toBeDefined();
    const saves = readdirSync(join(storySaveDir(data), "saves"));
    expect(saves).toEqual([`${name}.json`]);
    first.endInput();
    expect((await first.done).code).toBe(0);
    const after = await runCli(["play", MINI_STORY], { dataDir: data, stdin: "3\n" });
    expect(after.stdout).not.toContain("in use");
  }, 90_000);
});
