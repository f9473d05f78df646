import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseClassroom } from "../../../src/core/classroom/classroom-data";
import { pickQuestions, runFacts } from "../../../src/core/classroom/debrief-questions";
import {
  buildLessonPlan,
  decisionOrder,
  endedEarly,
} from "../../../src/core/classroom/lesson-plan";
import { parseRoles } from "../../../src/core/classroom/roles";
import { parseRecord } from "../../../src/core/history/validate-record";
import { renderFacilitatorHtml } from "../../../src/shell/views/roles-html";
import { renderFacilitatorMarkdown } from "../../../src/shell/views/roles-view";

const story = join(__dirname, "..", "..", "..", "story");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(story, name), "utf8"));
const record = parseRecord(readJson("record.json"), "record.json");
const roles = parseRoles(readJson("roles.json"), "roles.json");
const classroom = parseClassroom(readJson("classroom.json"), "classroom.json");
const decisions = new Set(record.decisions.map((d) => d.id));

describe("the lesson plan", () => {
  const plan = buildLessonPlan(record, roles, decisionOrder(record), classroom);

  it("lists the decisions by date, the commission before the telegram", () => {
    const ids = plan.decisions.map((d) => d.decision.id);
    expect(ids[0]).toBe("jul_crest_fortification");
    expect(ids.at(-1)).toBe("aug31_military_council");
    expect(ids.indexOf("jul24_border_commission")).toBeLessThan(
      ids.indexOf("jul27_secret_telegram"),
    );
    expect(ids).toHaveLength(record.decisions.length);
  });

  it("marks the key decisions of classroom.json and names the roles with a stake", () => {
    expect(plan.decisions.filter((d) => d.key).map((d) => d.decision.id)).toEqual(
      classroom.keyDecisions,
    );
    const offer = plan.decisions.find((d) => d.decision.id === "aug4_ceasefire_offer");
    expect(offer?.roles.map((r) => r.id)).toContain("shigemitsu");
  });

  it("fills each lesson's time exactly", () => {
    for (const timing of plan.timings) {
      expect(timing.steps.reduce((sum, step) => sum + step.minutes, 0)).toBe(timing.minutes);
    }
  });

  it("gives the 45-minute lesson three decisions from 1 August, with their own timers", () => {
    const short = plan.timings.find((t) => t.id === "45");
    expect(short?.enter?.id).toBe("aug1_bombing_order");
    expect(short?.played.map((d) => [d.decision.id, d.timerSeconds])).toEqual([
      ["aug1_bombing_order", 240],
      ["aug1_piecemeal_attack", 180],
      ["aug4_ceasefire_offer", 240],
    ]);
    expect(short?.byHistory).toHaveLength(record.decisions.length - 3);
  });

  it("times every key decision a cut plays on the plan's own timer, and only those", () => {
    for (const cut of classroom.cuts) {
      const timing = plan.timings.find((t) => t.id === cut.id);
      for (const played of timing?.played ?? []) {
        const own = cut.timers[played.decision.id];
        expect(own !== undefined, `${cut.id}: ${played.decision.id}`).toBe(played.key);
        expect(played.timerSeconds).toBe(own ?? cut.timer);
      }
    }
  });

  it("prints on the sheet each decision's timer, its key mark and what to do if the lesson ends early", () => {
    const md = renderFacilitatorMarkdown(plan, roles.roles);
    const html = renderFacilitatorHtml(plan, roles.roles);
    for (const timing of plan.timings) {
      const section = md.split("\n## ").find((part) => part.startsWith(timing.title)) ?? "";
      for (const d of timing.played) {
        const clock = `${Math.floor(d.timerSeconds / 60)}:${String(d.timerSeconds % 60).padStart(2, "0")}`;
        const start = d.decision.question.slice(0, 24);
        const line = section.split("\n").find((l) => l.includes(start) && l.startsWith("- "));
        expect(line, d.decision.id).toContain(`**${clock}**`);
        expect(line?.endsWith("(key)")).toBe(d.key);
      }
    }
    const short = classroom.cuts.find((c) => c.id === "45");
    const early = short?.earlyEnds?.[0];
    expect(early?.ending).toBe("relieved_on_the_wire");
    expect(md).toContain("**If the lesson ends early.**");
    expect(md).toContain(early?.what.slice(0, 60));
    expect(html).toContain("If the lesson ends early");
  });

  it("tells the teacher to pause the timer, which starts with the decision, while reading aloud", () => {
    for (const timing of plan.timings) {
      const play = timing.steps.find((s) => /^Play/.test(s.what));
      expect(play?.what, timing.id).toMatch(/type pause/);
      expect(play?.what, timing.id).toMatch(/Enter to start/);
    }
  });

  it("says the 45-minute discussion time fits the minutes the plan gives to play", () => {
    for (const timing of plan.timings) {
      const talk = timing.played.reduce((sum, d) => sum + d.timerSeconds, 0) / 60;
      const play = timing.steps.find((s) => /^Play/.test(s.what));
      expect(play, timing.id).toBeDefined();
      expect(talk).toBeLessThanOrEqual(play?.minutes ?? 0);
    }
  });
});

describe("endedEarly", () => {
  const short = classroom.cuts.find((c) => c.id === "45");
  if (!short) throw new Error("no 45-minute cut");
  const taken = (ids: string[]) => ids.map((decision) => ({ decision, by: "vote" }));

  it("says when the story ended before the cut's last decision, and points to the sheet", () => {
    const line = endedEarly(short, taken(["aug1_bombing_order", "aug1_piecemeal_attack"]));
    expect(line).toContain("one decision before the end of this lesson's plan");
    expect(line).toContain("If the lesson ends early");
  });

  it("says nothing when the class reached every decision, or the cut plays them all", () => {
    expect(endedEarly(short, taken(short.play))).toBeUndefined();
    const full = classroom.cuts.find((c) => c.id === "90");
    if (full) expect(endedEarly(full, taken([]))).toBeUndefined();
  });

  it("does not count a decision history took", () => {
    const line = endedEarly(short, [
      ...taken(["aug1_bombing_order"]),
      { decision: "aug1_piecemeal_attack", by: "history" },
    ]);
    expect(line).toContain("2 decisions before");
  });
});

describe("pickQuestions", () => {
  const questions = classroom.questions;
  const facts = (chosen: Record<string, string>, byHistory: string[] = []) => ({
    chosen,
    byHistory,
    variables: { heights: "soviet", korean_villages_hit: 0 },
    ending: "lefortovo",
  });

  it("asks only what the class did: an open commission is never told it went quietly", () => {
    const ids = pickQuestions(questions, facts({ jul24_border_commission: "open" }), decisions).map(
      (q) => q.id,
    );
    expect(ids).toContain("commission-open");
    expect(ids).not.toContain("commission-secret");
    expect(ids).not.toContain("commission-none");
  });

  it("asks nothing about a decision the lesson took as in 1938", () => {
    const ids = pickQuestions(questions, facts({}, ["jul24_border_commission"]), decisions).map(
      (q) => q.id,
    );
    expect(ids.some((id) => id.startsWith("commission-"))).toBe(false);
  });

  it("puts the most important first", () => {
    const picked = pickQuestions(questions, facts({ aug4_ceasefire_offer: "accept" }), decisions);
    const priorities = picked.map((q) => q.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
  });

  it("reads from the notes which decisions history took", () => {
    const log = [
      { index: 0, text: "a", decision: "aug1_bombing_order", option: "obey" },
      { index: 1, text: "b", decision: "aug4_ceasefire_offer", option: "accept" },
    ];
    const notes = [
      { kind: "vote" as const, step: 1, text: "as in 1938", rule: "history" },
      { kind: "vote" as const, step: 2, text: "5 of 6", rule: "plurality" },
    ];
    expect(runFacts(log, notes, "second_amur", {})).toEqual({
      chosen: { aug4_ceasefire_offer: "accept" },
      byHistory: ["aug1_bombing_order"],
      ending: "second_amur",
      variables: {},
    });
  });
});
