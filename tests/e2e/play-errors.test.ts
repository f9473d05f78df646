/**
 * Bad command lines and bad story files: one line on stderr that names the culprit, exit 2
 * for usage and 1 otherwise, and a stack trace only with --debug.
 */
import { join } from "node:path";
import { describe, it } from "vitest";
import { MINI_STORY, makeTempDir, runCli, runSpawned, STORIES, stackLines } from "./run-cli";

/** Checks the shape every failure shares: nothing on stdout, exactly one line on stderr. */
function oneLine(result: { stdout: string; stderr: string }): string {
  const lines = result.stderr.split("\n");
  if (result.stdout !== "" || lines.length !== 2 || lines[1] !== "") {
    throw new Error(`expected one line on stderr only, got:\n${result.stdout}${result.stderr}`);
  }
  return lines[0] ?? "";
}

describe.concurrent("story files", () => {
  it("reports a missing story file in one line, exit 1", async ({ expect }) => {
    const path = join(makeTempDir(), "missing.ink");
    const result = await runSpawned(["play", path]);
    expect(result.code).toBe(1);
    expect(oneLine(result)).toBe(`khasan: story file ${path}: not found`);
  });

  it("reports an ink compile error with file and line, exit 1", async ({ expect }) => {
    const result = await runSpawned(["play", join(STORIES, "compile-error.ink")]);
    expect(result.code).toBe(1);
    expect(oneLine(result)).toBe(
      "khasan: ink compile error at compile-error.ink:6: Divert target not found: '-> nowhere_at_all'",
    );
  });

  it("refuses a file that is not a story, exit 2", async ({ expect }) => {
    const result = await runCli(["play", join(STORIES, "stock.input.txt")]);
    expect(result.code).toBe(2);
    expect(oneLine(result)).toMatch(/stock\.input\.txt" is not a story: give an \.ink source/);
  });

  it("prints a stack trace only with --debug", async ({ expect }) => {
    const path = join(makeTempDir(), "missing.ink");
    const plain = await runSpawned(["play", path]);
    const debug = await runSpawned(["play", path, "--debug"]);
    expect(stackLines(plain.stdout + plain.stderr)).toEqual([]);
    expect(debug.code).toBe(1);
    expect(debug.stderr.startsWith(`khasan: story file ${path}: not found\n`)).toBe(true);
    expect(stackLines(debug.stderr).length).toBeGreaterThan(0);
  });
});

describe.concurrent("bad options", () => {
  it("lists the story's premises for an unknown --set name, exit 2", async ({ expect }) => {
    const result = await runCli(["play", MINI_STORY, "--set", "weather=clear"]);
    expect(result.code).toBe(2);
    expect(oneLine(result)).toBe(
      'khasan: unknown premise "weather": this story\'s premises are: fog_lifts_early',
    );
  });

  it("lists the allowed values for an unknown --set value, exit 2", async ({ expect }) => {
    const result = await runCli(["play", MINI_STORY, "--set", "fog_lifts_early=maybe"]);
    expect(result.code).toBe(2);
    expect(oneLine(result)).toBe(
      'khasan: "maybe" is not a value of premise fog_lifts_early: use false, true',
    );
  });

  it("refuses a --seed that is not a whole number, exit 2", async ({ expect }) => {
    const result = await runCli(["play", MINI_STORY, "--seed", "12x"]);
    expect(result.code).toBe(2);
    expect(oneLine(result)).toBe('khasan: --seed "12x" is not a whole number from 0 to 2147483646');
  });

  it("refuses a --width too narrow to wrap, exit 2", async ({ expect }) => {
    const result = await runCli(["play", MINI_STORY, "--width", "5"]);
    expect(result.code).toBe(2);
    expect(oneLine(result)).toBe('khasan: --width "5" is not a number of columns from 20 to 1000');
  });

  it("refuses --plain with --json, exit 2", async ({ expect }) => {
    const result = await runCli(["play", MINI_STORY, "--plain", "--json"]);
    expect(result.code).toBe(2);
    expect(oneLine(result)).toBe(
      "khasan: option '--plain' cannot be used with option '--json' (see khasan --help)",
    );
  });
});
