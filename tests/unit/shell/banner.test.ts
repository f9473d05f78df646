import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../e2e/run-cli";
import { makeTempDir } from "../../helpers/temp-dir";

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const STOCK = join(FIXTURES, "stories", "stock.ink");
const MINI = join(FIXTURES, "campaign-mini", "khasan-mini.ink");
const dataDir = () => makeTempDir("khasan-banner-");

describe("the banner at the start of a game", () => {
  it("names no premises for a story that declares none", async () => {
    const result = await runCli(["play", STOCK, "--seed", "3", "--data-dir", dataDir()]);
    const first = result.stdout.split("\n")[0] ?? "";
    expect(first).toContain("seed 3");
    expect(first).not.toContain("premises");
  });

  it("prints a random seed once", async () => {
    const result = await runCli(["play", MINI, "--data-dir", dataDir()], { randomSeed: 1 });
    expect(result.stdout.match(/seed 1\b/g)).toHaveLength(1);
    expect(result.stdout).toContain("premises: historical");
  });
});
