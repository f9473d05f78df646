/**
 * `explore` and `check` on a terminal: a long path of choices is broken between its steps to
 * the width and indented, never printed as one line of hundreds of columns; "shift" is
 * explained where the explorer prints it. In process through main(argv, io).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../e2e/run-cli";
import { makeTempDir } from "../../helpers/temp-dir";

const LONG = "and then you walk a little further along the endless road by the lake";

/** Eight choices with long texts, then a line whose claim is false on the South path. */
function longStory(): string {
  const steps = Array.from(
    { length: 8 },
    (_, i) => `Step ${i}.\n* [Go on ${i} ${LONG}]\n* [Stop ${i} ${LONG}]\n-`,
  );
  const source = [
    'VAR first = "none"',
    "Pick a road. # decision: first",
    '* [North] You go north. # option: north\n  ~ first = "north"',
    '* [South] You go south. # option: south\n  ~ first = "south"',
    "-",
    ...steps,
    "You went north, as everyone knows. # claim: first=north",
    "Done. # ending: done",
    "-> END",
  ].join("\n");
  const dir = makeTempDir("khasan-paths-");
  writeFileSync(join(dir, "long.ink"), source);
  return join(dir, "long.ink");
}

const widest = (text: string) => Math.max(...text.split("\n").map((line) => line.length));

describe("paths of choices on the terminal", () => {
  it("explore wraps each shortest path to the width between steps, indented", async () => {
    const result = await runCli(["explore", longStory(), "--seed", "1"]);
    expect(result.code).toBe(0);
    expect(widest(result.stdout)).toBeLessThanOrEqual(80);
    const path = /^ {2}shortest: [^\n]*(\n {12}[^\n]*)+/m.exec(result.stdout)?.[0] ?? "";
    expect(path.split("\n").length).toBeGreaterThan(8);
    expect(path).toMatch(/ →\n {12}\d:"/);
    expect(path.replace(/\n +/g, " ")).toContain(`1:"Go on 7 ${LONG}"`);
  });

  it("explains shift once, under the decisions that matter", async () => {
    const result = await runCli(["explore", longStory(), "--seed", "1"]);
    expect(result.stdout).toMatch(
      /Decisions that matter\nshift: how far an option moves the mix of endings[^\n]*\nfirst[^\n]*: shift up to/,
    );
  });

  it("check wraps the path to a false claim to the width", async () => {
    const result = await runCli(["check", longStory(), "--seed", "1"]);
    expect(result.code).toBe(1);
    expect(widest(result.stdout)).toBeLessThanOrEqual(80);
    expect(result.stdout).toMatch(/^ {2}path: 2:"South" →\n {8}\d:"Go on 0/m);
  });
});
