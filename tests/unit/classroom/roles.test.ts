import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkRoles,
  commanderOf,
  parseRoles,
  type RolesFile,
  rolesForDecision,
} from "../../../src/core/classroom/roles";
import { KhasanError } from "../../../src/core/errors";
import { parseRecord } from "../../../src/core/history/validate-record";

const story = join(__dirname, "..", "..", "..", "story");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(story, name), "utf8"));

/** Every `decision:` tag in the campaign's ink sources. */
function taggedDecisions(): string[] {
  const files = ["khasan.ink", ...readdirSync(join(story, "chapters")).map((f) => `chapters/${f}`)];
  const text = files
    .filter((f) => f.endsWith(".ink"))
    .map((f) => readFileSync(join(story, f), "utf8"));
  return [...text.join("\n").matchAll(/#\s*decision:\s*([a-z0-9_-]+)/g)].map((m) => m[1] ?? "");
}

const record = parseRecord(readJson("record.json"), "record.json");
const roles = parseRoles(readJson("roles.json"), "roles.json");

describe("the campaign's roles", () => {
  it("has the ten roles the lesson plan names, Blyukher as the commander", () => {
    const ids = roles.roles.map((role) => role.id);
    for (const id of ["blyukher", "stalin", "mekhlis", "frinovsky", "stern", "rychagov"]) {
      expect(ids).toContain(id);
    }
    for (const id of ["litvinov", "sorge", "shigemitsu", "suetaka"]) expect(ids).toContain(id);
    expect(commanderOf(roles).id).toBe("blyukher");
    expect(roles.roles.some((role) => role.side === "japanese")).toBe(true);
  });

  it("links every role to the record's people, decisions and sources, and to tagged decisions", () => {
    const tagged = taggedDecisions();
    expect(tagged.length).toBeGreaterThanOrEqual(10);
    expect(checkRoles(roles, record, tagged)).toEqual([]);
  });

  it("gives every tagged decision at least one role with a stake", () => {
    for (const decision of taggedDecisions()) {
      expect(rolesForDecision(roles.roles, decision).length, decision).toBeGreaterThan(0);
    }
  });
});

describe("checkRoles", () => {
  const broken: RolesFile = structuredClone(roles);
  const first = broken.roles[0];
  if (!first) throw new Error("no roles");
  first.person = "nobody";
  first.decisions = [...first.decisions, "aug99_imaginary"];
  first.sources = [...first.sources, "no-such-book"];

  it("names an unknown person, decision, untagged decision and source", () => {
    const problems = checkRoles(broken, record, taggedDecisions());
    expect(problems).toEqual([
      `${first.id}: no person "nobody" in the record`,
      `${first.id}: no decision "aug99_imaginary" in the record`,
      `${first.id}: the story never tags decision "aug99_imaginary"`,
      `${first.id}: no source "no-such-book" in the record`,
    ]);
  });

  it("finds a decision the record has but the story does not tag", () => {
    const problems = checkRoles(roles, record, []);
    expect(problems.some((p) => p.includes('never tags decision "aug1_bombing_order"'))).toBe(true);
  });
});

describe("parseRoles", () => {
  const errorOf = (data: unknown): KhasanError => {
    try {
      parseRoles(data, "roles.json");
    } catch (error) {
      if (error instanceof KhasanError) return error;
      throw error;
    }
    throw new Error("accepted");
  };

  it("refuses a role without fears, naming the field", () => {
    const data = structuredClone(readJson("roles.json")) as { roles: Record<string, unknown>[] };
    delete data.roles[1]?.fears;
    expect(errorOf(data).message).toBe("roles.json: roles.1.fears: Required");
  });

  it("refuses a file with two commanders", () => {
    const data = structuredClone(readJson("roles.json")) as { roles: Record<string, unknown>[] };
    if (data.roles[1]) data.roles[1].commander = true;
    expect(errorOf(data).message).toContain("exactly one role must be the commander");
  });

  it("refuses a knowledge date that is not a calendar date", () => {
    const data = structuredClone(readJson("roles.json")) as {
      roles: { knows: { date: string }[] }[];
    };
    const fact = data.roles[0]?.knows[0];
    if (fact) fact.date = "1938-02-30";
    expect(errorOf(data).message).toContain("roles.0.knows.0.date");
  });
});
