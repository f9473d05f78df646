import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const CLI = join(__dirname, "../../dist/cli.js");
const FIXTURES = join(__dirname, "../fixtures/explore");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("khasan check", () => {
  test("passes a story that keeps every invariant", () => {
    const result = run("check", join(FIXTURES, "good/story.ink"));
    expect(result.stdout).toBe("check: all invariants hold\n");
    expect(result.code).toBe(0);
  });

  test.each([
    ["compile-error", /story\.ink:5: error: Expected closing/],
    ["float-literal", /story\.ink:4: integral float literal 2\.0/],
    ["unlisted-ending", /ending "draw" is not listed/],
    ["never-reached", /listed ending "lose" is never reached/],
    ["duplicate-option", /offers option id "a" twice/],
    ["cycle", /choice "Wait" returns to an earlier state/],
    ["out-of-range", /score = 9 is outside its range \(0 to 5\)/],
    ["unknown-decision", /decision "d" has no entry in record\.json/],
  ])("exits 1 on a story with %s", (name, message) => {
    const result = run("check", join(FIXTURES, name, "story.ink"));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(result.stdout).toMatch(/^check failed: /m);
  });
});

describe("khasan explore", () => {
  const story = join(FIXTURES, "good/story.ink");

  test("prints every ending with its paths and share", () => {
    const result = run("explore", story, "--seed", "1");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/every path: 2 paths/);
    expect(result.stdout).toMatch(/win\s+1\s+50\.0%/);
    expect(result.stderr).toBe("");
  });

  test("gives the same random walks for the same seed, as JSON", () => {
    const first = run("explore", story, "--random", "20", "--seed", "9", "--format", "json");
    const again = run("explore", story, "--random", "20", "--seed", "9", "--format", "json");
    expect(JSON.parse(first.stdout).sections[0].totalPaths).toBe("20");
    expect(first.stdout).toBe(again.stdout);
  });

  test("rejects an unknown format as a usage error", () => {
    const result = run("explore", story, "--format", "xml");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--format "xml"/);
  });
});
