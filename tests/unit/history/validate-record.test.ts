import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KhasanError } from "../../../src/core/errors";
import { listRecordProblems, parseRecord } from "../../../src/core/history/validate-record";

const root = join(__dirname, "..", "..", "..");
const fixtures = join(root, "tests", "fixtures", "history");
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

function errorOf(data: unknown): KhasanError {
  try {
    parseRecord(data, "record.json");
  } catch (error) {
    if (error instanceof KhasanError) return error;
    throw error;
  }
  throw new Error("the record was accepted");
}

describe("the campaign's record", () => {
  const record = parseRecord(readJson(join(root, "story", "record.json")), "story/record.json");

  it("validates", () => {
    expect(record.figures.length).toBeGreaterThan(30);
  });

  it("keeps every figure and decision id of the shared dossier's record", () => {
    const ids = (list: { id: string }[]) => list.map((entry) => entry.id);
    for (const id of ["soviet_killed", "soviet_wounded", "japanese_killed", "japanese_wounded"]) {
      expect(ids(record.figures)).toContain(id);
    }
    for (const id of ["troops_committed_soviet", "soviet_tanks_lost"]) {
      expect(ids(record.figures)).toContain(id);
    }
    for (const id of ["jul29_fire_support", "aug1_bombing_order", "aug1_piecemeal_attack"]) {
      expect(ids(record.decisions)).toContain(id);
    }
    expect(ids(record.decisions)).toContain("aug31_military_council");
  });

  it("cites books by printed citation and never links a copy of one", () => {
    for (const source of record.sources.filter((s) => s.kind === "book")) {
      expect(source.citation, source.id).toBeTruthy();
      expect(source.url, source.id).toBeUndefined();
    }
  });

  it("has no empty note or dangling separator left by stripped links", () => {
    for (const source of record.sources) {
      expect(source.note, source.id).not.toMatch(/(^|\s)[;,.]\s*[;,.]|\(\s*\)|:\s*$/);
    }
  });

  it("names a figure in variables.json only if the record has it", () => {
    const meta = readJson(join(root, "story", "variables.json")) as {
      variables: Record<string, { record?: string }>;
    };
    const figureIds = new Set(record.figures.map((figure) => figure.id));
    for (const [name, variable] of Object.entries(meta.variables)) {
      if (variable.record) expect(figureIds.has(variable.record), name).toBe(true);
    }
  });
});

describe("parseRecord", () => {
  it("accepts the minimal fixture", () => {
    const record = parseRecord(readJson(join(fixtures, "minimal-record.json")), "minimal");
    expect(record.figures[0]?.values).toHaveLength(2);
  });

  it.each([
    ["unknown-source", 'figures[soviet_killed].values[1].source: unknown source "nowhere"'],
    ["inverted-range", "figures[soviet_killed].values[2]: min is greater than max"],
    ["empty-range", "figures[soviet_killed].values: a figure needs at least one value"],
    ["bad-date", "decisions[first_decision].date: not a calendar date"],
    ["duplicate-id", 'people[someone].id: duplicate id "someone"'],
    ["value-without-source", "figures[soviet_killed].values[0].source: every value needs a source"],
  ])("rejects the %s fixture, naming the entry", (name, expected) => {
    const error = errorOf(readJson(join(fixtures, `broken-${name}.json`)));
    expect(error.code).toBe("record-invalid");
    expect(error.message).toContain(`record.json: ${expected}`);
  });

  it("rejects a book linked to an online copy", () => {
    const data = readJson(join(fixtures, "minimal-record.json")) as {
      sources: Record<string, unknown>[];
    };
    data.sources.push({
      id: "a-book",
      title: "A book",
      kind: "book",
      reliability: "B",
      url: "https://example.org/pirate-copy",
      note: "Read online.",
    });
    expect(errorOf(data).message).toContain(
      "sources[a-book]: a book is cited by its printed citation",
    );
  });

  it("lists every problem, not only the first", () => {
    const data = readJson(join(fixtures, "broken-unknown-source.json")) as {
      decisions: { date: string }[];
    };
    const first = data.decisions[0];
    if (first) first.date = "1938-13-01";
    expect(listRecordProblems(data)).toHaveLength(2);
  });
});
