import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkClassroomFiles, decisionOptions } from "../../../src/core/classroom/classroom-check";
import { parseClassroom } from "../../../src/core/classroom/classroom-data";
import { parseRoles } from "../../../src/core/classroom/roles";
import { parseRecord } from "../../../src/core/history/validate-record";
import { parseVariablesMeta } from "../../../src/core/state/variables-meta";
import { readInkSources } from "../../../src/shell/files/classroom-file";

const story = join(__dirname, "..", "..", "..", "story");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(story, name), "utf8"));
const input = () => ({
  classroom: parseClassroom(readJson("classroom.json"), "classroom.json"),
  roles: parseRoles(readJson("roles.json"), "roles.json"),
  record: parseRecord(readJson("record.json"), "record.json"),
  meta: parseVariablesMeta(readJson("variables.json"), "variables.json"),
  sources: readInkSources(join(story, "khasan.ink")),
});

describe("story/classroom.json", () => {
  it("names only decisions, options, endings, variables, roles and people that exist", () => {
    expect(checkClassroomFiles(input())).toEqual([]);
  });

  it("reports a decision renamed in the story, once per use", () => {
    const broken = input();
    broken.sources = broken.sources.map((s) => s.replaceAll("aug4_ceasefire_offer", "aug4_offer"));
    const problems = checkClassroomFiles(broken);
    expect(
      problems.some((p) =>
        p.includes('cut 45: play: the story has no decision "aug4_ceasefire_offer"'),
      ),
    ).toBe(true);
    expect(
      problems.some((p) => p.startsWith("roles.json:") && p.includes("aug4_ceasefire_offer")),
    ).toBe(true);
    expect(problems.some((p) => p.includes("question offer-accept"))).toBe(true);
  });

  it("reports an option renamed in the story", () => {
    const broken = input();
    broken.sources = broken.sources.map((s) =>
      s.replaceAll("option: wait_for_corps", "option: wait"),
    );
    expect(checkClassroomFiles(broken)).toContain(
      'classroom.json: question attack-wait: aug1_piecemeal_attack=wait_for_corps: decision aug1_piecemeal_attack has no option "wait_for_corps"',
    );
  });

  it("rejects a malformed file with one line naming the field", () => {
    const data = readJson("classroom.json") as { cuts: { timer: unknown }[] };
    (data.cuts[0] as { timer: unknown }).timer = "soon";
    expect(() => parseClassroom(data, "classroom.json")).toThrow(/classroom.json: cuts.0.timer/);
  });
});

describe("decisionOptions", () => {
  it("gives each option to the decision above it", () => {
    const ink =
      "Q # decision: a\n* [x] X # option: one\n* [y] Y # option: two # historical\nR # decision: b\n* [z] # option: three";
    expect([...decisionOptions([ink])]).toEqual([
      ["a", ["one", "two"]],
      ["b", ["three"]],
    ]);
  });
});
