/**
 * The README is part of the product: its usage block must be exactly what `khasan --help`
 * prints, and the options it documents must exist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

const README = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

describe("README", () => {
  it("shows the --help text exactly as the CLI prints it", async () => {
    const { stdout, code } = await runCli(["--help"]);
    expect(code).toBe(0);
    const usage = /## Usage\n\n```\n([\s\S]*?)```/.exec(README)?.[1];
    expect(usage).toBe(stdout);
  });

  it("documents only play options that exist", async () => {
    const { stdout } = await runCli(["play", "--help"]);
    for (const option of [
      "--seed",
      "--set",
      "--load",
      "--width",
      "--no-color",
      "--plain",
      "--json",
      "--transcript",
      "--data-dir",
      "--replay",
    ]) {
      expect(README).toContain(option);
      expect(stdout).toContain(option);
    }
  });
});
