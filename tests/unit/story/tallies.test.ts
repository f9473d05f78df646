import { describe, expect, test } from "vitest";
import { StoryWalker } from "../../../src/core/story/walker";
import { compile } from "../../helpers/ink";

/** The tallies of a story made of `body` after a VAR x = 0 (and y, n, s). */
function talliesOf(body: string): string[] {
  const source = `VAR x = 0\nVAR y = 0\nVAR n = 2\nVAR s = "a"\n${body}\n-> END\n`;
  return [...new StoryWalker(compile(source)).tallies].sort();
}

/** The same, with `functions` after the END of `body`. */
function talliesWith(body: string, functions: string): string[] {
  const source = `VAR x = 0\nVAR y = 0\n${body}\n-> END\n${functions}\n`;
  return [...new StoryWalker(compile(source)).tallies].sort();
}

describe("tallies (globals the story only adds to and prints)", () => {
  test("increments and prints keep a variable a tally", () => {
    expect(talliesOf("~ x = x + 3\n~ x += n\n~ x -= 1\n~ x = x + (n * 4) / 2\n{x} dead.")).toEqual([
      "x",
      "y",
    ]);
  });

  test.each([
    ["a condition", "~ x = x + 1\n{ x > 2: Many.}"],
    ["a choice condition", "~ x += 1\n* {x > 0} [Go] Gone."],
    ["a product", "~ x = x * 2"],
    ["a subtraction from something else", "~ x = 5 - x"],
    ["a doubling", "~ x = x + x"],
    ["another variable's value", "~ y = y + x"],
    ["a plain assignment", "~ x = 4"],
    ["a function argument", "=== function f(a) ===\n~ return a\n=== start ===\n~ y = y + f(x)"],
    [
      "a reference parameter",
      "=== function bump(ref a) ===\n~ a = a + 1\n=== start ===\n~ bump(x)",
    ],
    ["a print in choice text", "* [Lose {x} men] Lost."],
    ["a print in a tag", "Line. # count: {x}"],
  ])("%s disqualifies it", (_what, body) => {
    expect(talliesOf(body.includes("=== start") ? `-> start\n${body}` : body)).not.toContain("x");
  });

  // The campaign's number format: 15000 as "15,000", only printed.
  const FMT = `=== function fmt(v) ===
{ v >= 1000:
  ~ temp rest = v mod 1000
  {v / 1000},{rest < 100:0}{rest < 10:0}{rest}
- else:
  {v}
}`;

  test("a print-only function's argument is a print", () => {
    expect(talliesWith("~ x = x + 1500\nDead: {fmt(x)}.\n~ fmt(x)", FMT)).toEqual(["x", "y"]);
  });

  test.each([
    ["writes a global", "=== function f(v) ===\n~ y = v\n{v}"],
    ["calls another function", "=== function f(v) ===\n{g(v)}\n=== function g(w) ===\n{w}"],
    ["divides by a variable", "=== function f(v) ===\n{100 / v}"],
    ["draws a RANDOM", "=== function f(v) ===\n{v + RANDOM(1, 2)}"],
    ["shuffles", "=== function f(v) ===\n{v} {~men|soldiers}"],
    ["prints a tag", "=== function f(v) ===\n{v} # count"],
  ])("a function that %s is not print-only", (_what, fn) => {
    expect(talliesWith("~ x = x + 1\nDead: {f(x)}.", fn)).not.toContain("x");
  });

  test("only integers can be tallies", () => {
    expect(talliesOf('~ s = s + "b"\n~ n = n + 1')).toEqual(["n", "x", "y"]);
  });
});
