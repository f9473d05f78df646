/**
 * Errors the user causes with their own files and disk are one line naming the file, with an
 * exit code, never "internal error": an output path under a file, a device or a FIFO given as
 * an output, a transcript that cannot be written. Nothing that was there is replaced.
 */
import { spawnSync } from "node:child_process";
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTempDir } from "../helpers/temp-dir";
import { runCli } from "./run-cli";

function folder(): string {
  const dir = makeTempDir("khasan-user-errors-");
  writeFileSync(join(dir, "s.ink"), "Hi.\n* [Go]\n  Gone. # ending: gone\n  -> END\n");
  writeFileSync(join(dir, "afile"), "a file, not a folder");
  return dir;
}

function fifo(dir: string): string {
  const path = join(dir, "pipe");
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  return path;
}

describe("a file the user names that cannot be written", () => {
  it("under a file instead of a folder: one line, exit 1", async () => {
    const dir = folder();
    const out = join(dir, "afile", "x.json");
    const result = await runCli(["compile", join(dir, "s.ink"), "-o", out]);
    expect(result.stderr).toBe(
      `khasan: cannot write ${out}: a part of the path is not a folder; it was not changed\n`,
    );
    expect(result.code).toBe(1);
  });

  it("a FIFO or a folder as the output: refused, and left what it was", async () => {
    const dir = folder();
    const pipe = fifo(dir);
    const result = await runCli(["compile", join(dir, "s.ink"), "-o", pipe]);
    expect(result.stderr).toBe(
      `khasan: cannot write ${pipe}: it is a device or a pipe, not a regular file; it was not changed\n`,
    );
    expect(result.code).toBe(1);
    expect(statSync(pipe).isFIFO()).toBe(true);
    const onFolder = await runCli(["compile", join(dir, "s.ink"), "-o", dir]);
    expect(onFolder.stderr).toMatch(/: it is a folder; it was not changed\n$/);
  });

  it("a transcript in a missing place or on a FIFO nobody reads: one line, no hang", async () => {
    const dir = folder();
    const story = join(dir, "s.ink");
    const under = join(dir, "afile", "t.txt");
    const data = ["--data-dir", join(dir, "data"), "--plain"];
    const missing = await runCli(["play", story, "--transcript", under, ...data], {
      stdin: "1\n",
    });
    expect(missing.stderr).toBe(
      `khasan: cannot write the transcript ${under}: a part of the path is not a folder\n`,
    );
    expect(missing.code).toBe(1);
    const pipe = fifo(dir);
    const unread = await runCli(["play", story, "--transcript", pipe, ...data], { stdin: "1\n" });
    expect(unread.stderr).toBe(
      `khasan: cannot write the transcript ${pipe}: it is a pipe that nothing reads\n`,
    );
    expect(unread.code).toBe(1);
  });
});
