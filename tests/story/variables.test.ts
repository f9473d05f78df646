/**
 * DESIGN.md 3.1's contract between story/variables.json and the ink: every variable it
 * describes is a real ink global, the minimum set of variables exists, every premise's
 * `historical` value is the ink default (so "historical premises" means the story as written)
 * and is one of its allowed `values`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseVariablesMeta } from "../../src/core/state/variables-meta";
import { compileInk } from "../../src/core/story/compile-ink";
import { Session } from "../../src/core/story/session";

const STORY_DIR = join(__dirname, "..", "..", "story");
const read = (name: string) => readFileSync(join(STORY_DIR, name), "utf8");

const MINIMUM = [
  "soviet_troops",
  "reinforcements",
  "weather",
  "soviet_killed",
  "soviet_wounded",
  "japanese_killed",
  "japanese_wounded",
  "tanks_lost",
  "korean_villages_hit",
  "stalin_trust",
  "escalation",
  "heights",
  "blyukher_fate",
];

describe("story/variables.json", () => {
  const { story } = compileInk(read("khasan.ink"), "khasan.ink", read);
  const meta = parseVariablesMeta(JSON.parse(read("variables.json")), "variables.json");
  const defaults = new Session(story, { seed: 1 }).variables();

  it("describes only real ink variables, the minimum set among them", () => {
    const described = Object.keys(meta.variables);
    expect(described.filter((name) => !(name in defaults))).toEqual([]);
    expect(MINIMUM.filter((name) => !(name in defaults))).toEqual([]);
    expect(MINIMUM.filter((name) => !described.includes(name))).toEqual([]);
  });

  it("gives each premise its ink default as the historical value, among its values", () => {
    const premises = Object.entries(meta.variables).filter(([, v]) => v.premise);
    expect(premises.length).toBeGreaterThan(0);
    for (const [name, variable] of premises) {
      expect(variable.historical, name).toEqual(defaults[name]);
      expect(variable.values, name).toContain(variable.historical);
    }
  });
});
