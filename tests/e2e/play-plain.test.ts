/**
 * `--plain` (inklecate's play format, byte for byte) and `--json` (one object per line), the
 * two modes other programs drive; and the same seed giving the same output.
 * stock.plain.txt was made with `inklecate -p stock.ink < stock.input.txt`, its BOM removed,
 * and checked by hand against the story.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { MINI_STORY, runCli, STORIES } from "./run-cli";

const fixture = (name: string) => readFileSync(join(STORIES, name), "utf8");

describe.concurrent("--plain", () => {
  it("prints a stock ink story exactly as inklecate plays it", async ({ expect }) => {
    const result = await runCli(["play", join(STORIES, "stock.ink"), "--plain", "--seed", "1"], {
      stdin: fixture("stock.input.txt"),
    });
    expect(result.stdout).toBe(fixture("stock.plain.txt"));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("ends with inklecate's closing line when input ends mid-story", async ({ expect }) => {
    const result = await runCli(["play", join(STORIES, "stock.ink"), "--plain", "--seed", "1"], {
      stdin: "3\n",
    });
    expect(result.stdout.endsWith("3: Look around\n?> <User input stream closed.>\n")).toBe(true);
    expect(result.code).toBe(0);
  });

  // inklecate answers 0 (or any number below 1) with a bare new prompt, not a message.
  it("answers 0 and -1 as inklecate does, with a bare prompt", async ({ expect }) => {
    const result = await runCli(["play", join(STORIES, "stock.ink"), "--plain", "--seed", "1"], {
      stdin: "0\n-1\n1\n",
    });
    expect(result.stdout).toContain("3: Look around\n?> ?> ?> You pay two coins. He nods.\n");
  });

  it("puts the random seed on stderr, never on stdout", async ({ expect }) => {
    const result = await runCli(["play", join(STORIES, "stock.ink"), "--plain"], {
      stdin: fixture("stock.input.txt"),
    });
    expect(result.stdout).toBe(fixture("stock.plain.txt"));
    expect(result.stderr).toMatch(/^khasan: seed (\d+) \(play it again with --seed \1\)\n$/);
  });
});

describe.concurrent("the seed", () => {
  const play = (seed: string) =>
    runCli(["play", join(STORIES, "seeded.ink"), "--plain", "--seed", seed], {
      stdin: "1\n1\n1\n2\n",
    });

  it("gives byte-identical --plain output for the same seed and input", async ({ expect }) => {
    const [first, second, other] = await Promise.all([play("42"), play("42"), play("43")]);
    expect(first.stdout).toContain("The last roll was");
    expect(second.stdout).toBe(first.stdout);
    // Guards against a story that ignores the seed: another seed draws other numbers.
    expect(other.stdout).not.toBe(first.stdout);
  });
});

describe.concurrent("--json", () => {
  it("prints one JSON object per line with the documented fields", async ({ expect }) => {
    const result = await runCli(["play", MINI_STORY, "--json", "--seed", "7"], {
      stdin: "9\n2\n",
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.endsWith("\n")).toBe(true);
    const objects = result.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(objects.map((o) => o.type)).toEqual(["turn", "error", "turn", "end"]);
    const [first, error, second, end] = objects;
    expect(Object.keys(first).sort()).toEqual(
      [
        "choices",
        "date",
        "decision",
        "ended",
        "ending",
        "lines",
        "state",
        "type",
        "warnings",
      ].sort(),
    );
    expect(first.date).toBe("1938-07-29");
    expect(first.lines[0].text).toMatch(/^Khabarovsk\./);
    // ink hands the story's global tags to the first line, as inklecate prints them too.
    expect(first.lines[0].tags).toEqual([
      "title: Khasan 1938 (test fixture)",
      "author: Khasan 1938 contributors",
      "version: 0.0.1",
      "date: 1938-07-29",
      "source: gse-khasan",
    ]);
    expect(first.decision.id).toBe("jul29_fire_support");
    expect(first.choices).toEqual([
      { number: 1, text: "Order the guns to support the border post" },
      { number: 2, text: "Hold fire and report to Moscow" },
    ]);
    expect(first.state).toMatchObject({ weather: "fog", stalin_trust: 60, escalation: 20 });
    expect(first.ended).toBe(false);
    expect(first.ending).toBeNull();
    expect(error).toEqual({
      type: "error",
      code: "out-of-range",
      message: "type a number from 1 to 2",
    });
    expect(second.state.soviet_killed).toBe(10);
    expect(end).toEqual({ type: "end", reason: "input-closed" });
  });

  it("reports the ending in the last turn", async ({ expect }) => {
    const result = await runCli(["play", MINI_STORY, "--json", "--seed", "7"], {
      stdin: "2\n1\n1\n1\n",
    });
    const lines = result.stdout.trimEnd().split("\n");
    const last = JSON.parse(lines.at(-1) ?? "null");
    expect(lines).toHaveLength(5);
    expect(last.ended).toBe(true);
    expect(last.choices).toEqual([]);
    expect(last.ending).toEqual({ id: "purged", historical: true });
    expect(result.code).toBe(0);
  });
});
