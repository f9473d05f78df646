/**
 * What the first prompt loads (issue 15's start-up target): the built binary keeps the ink
 * compiler and the lesson server's libraries out of its bundle and requires them only when a
 * command needs them, so playing a compiled story never reads or parses them. A static import
 * of any of them on the player's path would break this quietly, costing every game's start.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { makeTempDir, ROOT, runSpawned } from "./run-cli";

const HOOK = join(ROOT, "tests", "fixtures", "start-up", "record-requires.cjs");
const LAZY = ["ws", "qrcode", "inkjs/compiler/Compiler", "inkjs/compiler/CompilerOptions"];

/** The modules `khasan args…` requires by name, from start to exit. */
async function requiredBy(args: string[]): Promise<{ modules: string[]; stdout: string }> {
  const out = join(makeTempDir(), "requires.json");
  const result = await runSpawned(args, {
    env: { NODE_OPTIONS: `--require ${HOOK}`, KHASAN_REQUIRES_OUT: out },
  });
  return { modules: JSON.parse(readFileSync(out, "utf8")) as string[], stdout: result.stdout };
}

describe.concurrent("start-up", () => {
  it("plays the compiled campaign to its first prompt without the compiler or the server's libraries", async ({
    expect,
  }) => {
    const story = join(ROOT, "dist", "story", "khasan.json");
    const { modules, stdout } = await requiredBy(["play", story, "--plain", "--seed", "1"]);
    expect(stdout).toContain("?> ");
    expect(modules.filter((name) => LAZY.includes(name))).toEqual([]);
  });

  it("requires the compiler when a story is compiled (the hook sees the bundle's requires)", async ({
    expect,
  }) => {
    const ink = join(ROOT, "tests", "fixtures", "stories", "stock.ink");
    const output = join(makeTempDir(), "stock.json");
    const { modules } = await requiredBy(["compile", ink, "-o", output]);
    expect(modules).toContain("inkjs/compiler/Compiler");
    expect(modules).toContain("inkjs/compiler/CompilerOptions");
  });
});
