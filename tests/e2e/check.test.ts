import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "./run-cli";

const FIXTURES = join(__dirname, "../fixtures/explore");

const run = (...args: string[]) => runCli(args);

describe("khasan check", () => {
  test("passes a story that keeps every invariant", async () => {
    const result = await run("check", join(FIXTURES, "good/story.ink"));
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
  ])("exits 1 on a story with %s", async (name, message) => {
    const result = await run("check", join(FIXTURES, name, "story.ink"));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(result.stdout).toMatch(/^check failed: /m);
  });
});

describe("khasan explore", () => {
  const story = join(FIXTURES, "good/story.ink");

  test("prints every ending with its paths and share", async () => {
    const result = await run("explore", story, "--seed", "1");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/every path: 2 paths/);
    expect(result.stdout).toMatch(/win\s+1\s+50\.0%/);
    expect(result.stderr).toBe("");
  });

  test("gives the same random walks for the same seed, as JSON", async () => {
    const first = await run("explore", story, "--random", "20", "--seed", "9", "--format", "json");
    const again = await run("explore", story, "--random", "20", "--seed", "9", "--format", "json");
    expect(JSON.parse(first.stdout).sections[0].totalPaths).toBe("20");
    expect(first.stdout).toBe(again.stdout);
  });

  test("rejects an unknown format as a usage error", async () => {
    const result = await run("explore", story, "--format", "xml");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "argument 'xml' is invalid. Allowed choices are table, json, md.",
    );
  });
});
