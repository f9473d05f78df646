import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decisionRoles } from "../../../src/core/classroom/classroom-check";
import { parseClassroom } from "../../../src/core/classroom/classroom-data";
import { decisionOrder } from "../../../src/core/classroom/lesson-plan";
import { roleCard } from "../../../src/core/classroom/role-card";
import {
  checkRoles,
  commanderOf,
  parseRoles,
  type RolesFile,
  rolesForDecision,
} from "../../../src/core/classroom/roles";
import { KhasanError } from "../../../src/core/errors";
import { parseRecord } from "../../../src/core/history/validate-record";
import { readInkSources } from "../../../src/shell/files/classroom-file";
import { MONTHS } from "../../../src/shell/views/format";

const story = join(__dirname, "..", "..", "..", "story");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(story, name), "utf8"));

const sources = readInkSources(join(story, "khasan.ink"));
const tagged = decisionRoles(sources);
const record = parseRecord(readJson("record.json"), "record.json");
const roles = parseRoles(readJson("roles.json"), "roles.json");
const classroom = parseClassroom(readJson("classroom.json"), "classroom.json");
const order = decisionOrder(record);

/** Every date a text names ("24 July", "6 August 1938"), as 1938 ISO dates unless a year is given. */
function datesIn(text: string): string[] {
  const found = text.matchAll(
    /\b(\d{1,2})(?:–\d{1,2})? (January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{4}))?/g,
  );
  return [...found].map((m) => {
    const month = String(MONTHS.indexOf(m[2] ?? "") + 1).padStart(2, "0");
    return `${m[3] ?? "1938"}-${month}-${String(m[1]).padStart(2, "0")}`;
  });
}

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

  it("links every role to the record and the story, and each decision to the role the story gives it", () => {
    expect(tagged.size).toBeGreaterThanOrEqual(10);
    expect(checkRoles(roles, record, tagged, classroom.defaultRole)).toEqual([]);
  });

  it("gives every tagged decision at least one role with a stake", () => {
    for (const decision of tagged.keys()) {
      expect(rolesForDecision(roles.roles, decision).length, decision).toBeGreaterThan(0);
    }
  });

  it("gives Japanese roles a say only on what Japan is party to", () => {
    const japanese = roles.roles.filter((role) => role.side === "japanese");
    for (const role of japanese) {
      expect(role.decides).toEqual([]);
      for (const decision of role.decisions) {
        expect([
          "jul29_fire_support",
          "aug1_piecemeal_attack",
          "aug4_ceasefire_offer",
          "aug6_general_assault",
        ]).toContain(decision);
      }
    }
  });

  it("seats every role for 12 to 32 students", () => {
    const sizes = roles.grouping.sizes.map((size) => size.students);
    expect(Math.min(...sizes)).toBe(12);
    expect(Math.max(...sizes)).toBe(32);
  });
});

describe.each(classroom.cuts.map((cut) => [cut.id, cut] as const))(
  "the role cards for the %s-minute cut",
  (_id, cut) => {
    const cards = roles.roles.map((role) => roleCard(role, record, cut, order));
    const start = cards[0]?.startsOn ?? "";
    const played = record.decisions.filter((d) =>
      cards.some((c) => c.speaks.some((s) => s.id === d.id)),
    );

    it("start on the cut's first decision and show nothing dated on or after it", () => {
      expect(start).toBe(cut.id === "45" ? "1938-08-01" : "1938-07-08");
      for (const card of cards) {
        for (const fact of card.knows)
          expect(fact.date < start, `${card.role.id}: ${fact.text}`).toBe(true);
      }
    });

    it("name no date on or after the lesson's start, in what they tell the student", () => {
      for (const card of cards) {
        const told = [
          card.role.who,
          card.role.secret,
          card.role.objective.text,
          ...card.knows.map((k) => k.text),
        ];
        for (const text of told) {
          for (const date of datesIn(text))
            expect(date < start, `${card.role.id}: "${text}"`).toBe(true);
        }
      }
    });

    it("never state what was done at a decision the class plays", () => {
      for (const card of cards) {
        const told = [card.role.who, card.role.secret, ...card.knows.map((k) => k.text)].join(" ");
        for (const decision of played) {
          // The record's account of the historical choice, in its distinctive words.
          const words = [
            ...new Set(
              decision.historical_choice.split(/[^A-Za-z0-9]+/).filter((w) => w.length >= 7),
            ),
          ];
          const shared = words.filter((w) => told.includes(w));
          expect(
            shared.length,
            `${card.role.id} vs ${decision.id}: ${shared.join(", ")}`,
          ).toBeLessThan(3);
        }
      }
    });
  },
);

describe("checkRoles", () => {
  const broken: RolesFile = structuredClone(roles);
  const first = broken.roles[0];
  if (!first) throw new Error("no roles");
  first.person = "nobody";
  first.decisions = [...first.decisions, "aug99_imaginary"];
  first.sources = [...first.sources, "no-such-book"];

  it("names an unknown person, decision, untagged decision and source", () => {
    const problems = checkRoles(broken, record, tagged, "blyukher");
    expect(problems).toEqual([
      `${first.id}: no person "nobody" in the record`,
      `${first.id}: no decision "aug99_imaginary" in the record`,
      `${first.id}: the story never tags decision "aug99_imaginary"`,
      `${first.id}: no source "no-such-book" in the record`,
    ]);
  });

  it("finds a decision the record has but the story does not tag", () => {
    const problems = checkRoles(roles, record, new Map(), "blyukher");
    expect(problems.some((p) => p.includes('never tags decision "aug1_bombing_order"'))).toBe(true);
  });

  it("finds a decision given to another role than the story's role tag", () => {
    const moved = new Map(tagged);
    moved.set("aug4_ceasefire_offer", "litvinov");
    expect(checkRoles(roles, record, moved, "blyukher")).toContain(
      "decision aug4_ceasefire_offer: the story gives it to litvinov, roles.json to blyukher",
    );
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

  it("refuses a role without a secret, naming the field", () => {
    const data = structuredClone(readJson("roles.json")) as { roles: Record<string, unknown>[] };
    delete data.roles[1]?.secret;
    expect(errorOf(data).message).toBe("roles.json: roles.1.secret: Required");
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
