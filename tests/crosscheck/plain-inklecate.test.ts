// --plain against inklecate's own play mode (`inklecate -p`, under mono): stories whose turns
// write no text, where an empty line would be printed that inklecate does not print. Without
// mono it is skipped with a notice, but fails under CI.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/shell/files/paths";
import { makeTempDir } from "../helpers/temp-dir";
import { findInklecate } from "./lib/inklecate";

const ROOT = packageRoot();
const DIR = join(ROOT, "tests", "fixtures", "plain-empty");
const INPUT = readFileSync(join(DIR, "input.txt"), "utf8");
const STORIES = readdirSync(DIR).filter((file) => file.endsWith(".ink"));

const setup = findInklecate(ROOT);
const isSkipped = !setup.found && !process.env.CI;
if (isSkipped) console.warn(`--plain against inklecate skipped: ${setup.reason}`);

function inklecatePlay(story: string): string {
  if (!setup.found) throw new Error(`--plain against inklecate: ${setup.reason}`);
  const run = spawnSync(setup.mono, [setup.exe, "-p", story], {
    cwd: DIR,
    input: INPUT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return run.stdout.replace(/^\uFEFF/, "");
}

function khasanPlain(story: string): string {
  const dataDir = makeTempDir("khasan-plain-");
  const run = spawnSync(
    process.execPath,
    [join(ROOT, "dist", "cli.js"), "play", "--plain", "--seed", "1", "--data-dir", dataDir, story],
    { cwd: DIR, input: INPUT, encoding: "utf8", timeout: 60_000 },
  );
  return run.stdout;
}

describe.skipIf(isSkipped)("--plain against inklecate -p", () => {
  it.each(STORIES)("%s prints what inklecate prints, byte for byte", (story) => {
    expect(khasanPlain(story)).toBe(inklecatePlay(story));
  });
});
