import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasQuestionsFor, pickQuestions } from "../../../src/core/classroom/debrief-questions";
import {
  buildLessonPlan,
  decisionOrder,
  KEY_DECISIONS,
} from "../../../src/core/classroom/lesson-plan";
import { parseRoles } from "../../../src/core/classroom/roles";
import { parseRecord } from "../../../src/core/history/validate-record";

const story = join(__dirname, "..", "..", "..", "story");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(story, name), "utf8"));
const record = parseRecord(readJson("record.json"), "record.json");
const roles = parseRoles(readJson("roles.json"), "roles.json");

describe("the lesson plan", () => {
  const plan = buildLessonPlan(record, roles, decisionOrder(record));

  it("lists the decisions by date, the commission before the telegram", () => {
    const ids = plan.decisions.map((d) => d.decision.id);
    expect(ids[0]).toBe("jul_crest_fortification");
    expect(ids.at(-1)).toBe("aug31_military_council");
    expect(ids.indexOf("jul24_border_commission")).toBeLessThan(
      ids.indexOf("jul27_secret_telegram"),
    );
    expect(ids).toHaveLength(record.decisions.length);
  });

  it("marks the five key decisions and names the roles with a stake", () => {
    expect(plan.decisions.filter((d) => d.key).map((d) => d.decision.id)).toEqual(KEY_DECISIONS);
    const offer = plan.decisions.find((d) => d.decision.id === "aug4_ceasefire_offer");
    expect(offer?.roles.map((r) => r.id)).toContain("shigemitsu");
  });

  it("fills each lesson's time exactly", () => {
    for (const timing of plan.timings) {
      expect(timing.steps.reduce((sum, step) => sum + step.minutes, 0)).toBe(timing.minutes);
    }
  });

  it("has a pair of debrief questions for every decision in the record", () => {
    for (const decision of record.decisions)
      expect(hasQuestionsFor(decision.id), decision.id).toBe(true);
  });
});

describe("pickQuestions", () => {
  it("asks the historical question where the class did as in 1938, the other where it did not", () => {
    const picked = pickQuestions([
      { index: 0, text: "a", decision: "aug1_bombing_order", option: "obey", historical: true },
      { index: 1, text: "b" },
      { index: 1, text: "c", decision: "aug4_ceasefire_offer", option: "accept" },
    ]);
    expect(picked.map((p) => [p.decision, p.historical])).toEqual([
      ["aug1_bombing_order", true],
      ["aug4_ceasefire_offer", false],
    ]);
    expect(picked[0]?.question).toContain("You bombed in the fog");
    expect(picked[1]?.question).toContain("You accepted the offer");
  });

  it("uses the last choice at a decision taken twice", () => {
    const picked = pickQuestions([
      { index: 0, text: "a", decision: "aug1_bombing_order", historical: true },
      { index: 1, text: "b", decision: "aug1_bombing_order" },
    ]);
    expect(picked).toHaveLength(1);
    expect(picked[0]?.historical).toBe(false);
  });
});
