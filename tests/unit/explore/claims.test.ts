import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { claimHolds, mergeClaimSummaries, parseClaim } from "../../../src/core/explore/claims";
import { findFailures } from "../../../src/core/explore/invariants";
import { pathText } from "../../../src/core/explore/path-text";
import { runExploreTask } from "../../../src/core/explore/task";
import { parseVariablesMeta } from "../../../src/core/state/variables-meta";
import { compile } from "./helpers";

const DIR = join(__dirname, "../../fixtures/claims");
const meta = parseVariablesMeta(
  JSON.parse(readFileSync(join(DIR, "variables.json"), "utf8")),
  "variables.json",
);

function check(name: string) {
  const story = compile(readFileSync(join(DIR, `${name}.ink`), "utf8"));
  const section = runExploreTask(story, { seed: 1, premises: {}, meta });
  const failures = findFailures([section], meta, undefined).filter(
    (f) => f.kind === "claim" || f.kind === "decision-variable",
  );
  // Without the premise label and the count, which other tests cover.
  const messages = failures.map((f) =>
    f.message.replace(/^\[[^\]]*\] /, "").replace(/ \(×\d+\)/, ""),
  );
  return { section, failures, messages };
}

describe("claim tags", () => {
  test("parse alternatives, negation and none", () => {
    expect(parseClaim("bomb=send|wait")).toEqual({
      decision: "bomb",
      options: ["send", "wait"],
      negated: false,
    });
    expect(parseClaim(" bomb = !send ")).toEqual({
      decision: "bomb",
      options: ["send"],
      negated: true,
    });
    expect(parseClaim("bomb")).toMatch(/has no "="/);
    expect(parseClaim("bomb=send|")).toMatch(/malformed/);
  });

  test("hold against the decision's variable", () => {
    const claim = (text: string) => {
      const parsed = parseClaim(text);
      if (typeof parsed === "string") throw new Error(parsed);
      return parsed;
    };
    expect(claimHolds(claim("d=a|b"), "b")).toBe(true);
    expect(claimHolds(claim("d=a|b"), "none")).toBe(false);
    expect(claimHolds(claim("d=!a"), "none")).toBe(true);
    expect(claimHolds(claim("d=!a"), "a")).toBe(false);
    expect(claimHolds(claim("d=none"), "none")).toBe(true);
  });
});

describe("khasan check's claims", () => {
  test("pass a story whose claims hold on every path", () => {
    const { section, failures } = check("good");
    expect(failures).toEqual([]);
    expect(findFailures([section], meta, undefined)).toEqual([]);
  });

  test("fail a planted contradiction, with the shortest path to it", () => {
    const { section, messages } = check("contradiction");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toBe(
      'line "You went north, as everyone knows." claims first=north, but on this path first = "south"; path: 2:"South" → 1:"Rest"',
    );
    const row = section.problems.find((p) => p.kind === "claim");
    expect(row && pathText(row.path)).toBe('2:"South" → 1:"Rest"');
  });

  test("fail a contradiction the story never reads its variable for", () => {
    // If the state key ever dropped variables ink never reads, North and South would merge and
    // the false claim after South would go unseen.
    expect(check("unread").messages).toEqual([
      'line "You chose the north road." claims first=north, but on this path first = "south"; path: 2:"South"',
    ]);
  });

  test("fail a decision variable written twice", () => {
    expect(check("rewritten").messages).toEqual([
      'decision variable first changes from "north" to "south": it is written once; path: 1:"North" → 1:"On"',
    ]);
  });

  test("fail an outcome that stores another option", () => {
    expect(check("wrong-option").messages).toEqual([
      'option "south" of decision first leaves first = "north" (set it to "south" before any RANDOM in the outcome); path: 2:"South"',
    ]);
  });

  test("require a variable starting at none for every decision, once the story declares any", () => {
    const { messages } = check("missing-variable");
    expect(messages).toContain('decision variable second must start as "none"; path: (the start)');
    expect(messages).toContain(
      'decision third has no variable to store its option (VAR third = "none"); path: (the start)',
    );
    expect(messages).toHaveLength(2);
  });

  test("fail claims naming an option or decision the story does not have, or malformed", () => {
    const { messages } = check("unknown-option");
    expect(messages).toContain(
      "a claim names option first=east, which decision first does not offer",
    );
    expect(messages).toContain(
      "a claim names decision flight, which no path reaches as a decision",
    );
    expect(messages.some((m) => m.startsWith('claim "first" has no "="'))).toBe(true);
    expect(
      messages.some((m) => m.startsWith("claim flight=none: the story has no variable flight")),
    ).toBe(true);
  });

  test("ask nothing of a story without decision variables or claims", () => {
    const { section, failures } = check("no-variables");
    expect(failures).toEqual([]);
    expect(section.claims?.variables).toBe(false);
  });
});

describe("reactivity", () => {
  test("counts distinct later lines per decision and the decisions each ending claims", () => {
    const { section } = check("good");
    const merged = mergeClaimSummaries([section.claims]);
    // first: "You walked" (north and south), "The south road", "The north was worth it";
    // second: "You rode {second}" counts once per text ("You rode bay.", "You rode grey.").
    expect(merged.decisions).toEqual([
      { id: "first", lines: 3 },
      { id: "second", lines: 2 },
    ]);
    const byId = Object.fromEntries(merged.endings.map((e) => [e.id, e]));
    expect(byId.win).toEqual({ id: "win", decisions: ["first", "second"], fewest: 2 });
    // Stay → lose claims only second=none, which is not a decision taken; South → lose claims second.
    expect(byId.lose).toEqual({ id: "lose", decisions: ["second"], fewest: 0 });
  });
});
