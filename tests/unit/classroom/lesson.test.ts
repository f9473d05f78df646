import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseClassroom } from "../../../src/core/classroom/classroom-data";
import {
  castingRole,
  type LessonContext,
  type LessonEvent,
  type LessonState,
  mayDispatch,
  newLesson,
  type Scene,
} from "../../../src/core/classroom/lesson";
import { applyLessonEvent } from "../../../src/core/classroom/lesson-apply";
import { projectorView, studentView, teacherView } from "../../../src/core/classroom/lesson-view";
import { parseRoles } from "../../../src/core/classroom/roles";

const story = join(__dirname, "..", "..", "..", "story");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(story, name), "utf8"));
const context: LessonContext = {
  roles: parseRoles(readJson("roles.json"), "roles.json").roles,
  classroom: parseClassroom(readJson("classroom.json"), "classroom.json"),
};

const bombing: Scene = {
  step: 6,
  date: "1938-08-01",
  decision: { id: "aug1_bombing_order", discuss: ["Fly?"] },
  options: ["Obey", "Wait", "Crest only"],
  text: ["Stalin is on the line."],
  historical: 0,
  ended: false,
};

function lesson(overrides: Partial<LessonState["settings"]> = {}): LessonState {
  return newLesson({
    rule: "plurality",
    fallback: "plurality",
    roles: ["blyukher", "stalin", "rychagov"],
    classSize: 24,
    cut: "45",
    label: "9B",
    ...overrides,
  });
}

/** Applies events in turn; each must be accepted unless `allowRejected`. */
function run(state: LessonState, events: LessonEvent[]) {
  let current = state;
  const replies: string[] = [];
  const effects = [];
  for (const event of events) {
    const result = applyLessonEvent(current, event, context);
    current = result.state;
    replies.push(result.reply);
    effects.push(...result.effects);
  }
  return { state: current, replies, effects };
}

describe("the lesson reducer", () => {
  it("starts the decision's own timer, keeps it through a note, and resumes a pause where it stopped", () => {
    const { state } = run(lesson(), [
      { type: "scene", scene: bombing, at: 0 },
      { type: "note", text: "Anna: the fog", at: 30_000 },
      { type: "pause", at: 60_000 },
      { type: "resume", at: 600_000 },
    ]);
    expect(projectorView(state, context, 600_000).countdown).toEqual({
      seconds: 180,
      totalSeconds: 240,
      paused: false,
    });
    expect(state.notes.map((n) => n.text)).toEqual(["Anna: the fog"]);
  });

  it("adds a minute to the time left when the teacher asks, not to the time a page last showed", () => {
    // 240 s from 0; at 100 s there are 140 left: one more minute makes 200, paused or not.
    const extended = run(lesson(), [
      { type: "scene", scene: bombing, at: 0 },
      { type: "extend", seconds: 60, at: 100_000 },
    ]);
    expect(extended.replies.at(-1)).toBe("Timer set.");
    expect(projectorView(extended.state, context, 100_000).countdown).toEqual({
      seconds: 200,
      totalSeconds: 300,
      paused: false,
    });
    // Paused, the timer waits like every other control.
    const paused = run(lesson(), [
      { type: "scene", scene: bombing, at: 0 },
      { type: "pause", at: 100_000 },
      { type: "extend", seconds: 60, at: 500_000 },
    ]);
    expect(paused.replies.at(-1)).toBe("The lesson is paused: resume first.");
    expect(projectorView(paused.state, context, 900_000).countdown?.seconds).toBe(140);
    // Time up or no timer: a fresh minute.
    const late = run(lesson(), [
      { type: "scene", scene: bombing, at: 0 },
      { type: "extend", seconds: 60, at: 400_000 },
    ]).state;
    expect(projectorView(late, context, 400_000).countdown).toEqual({
      seconds: 60,
      totalSeconds: 60,
      paused: false,
    });
  });

  it("refuses votes while paused, and more votes than the class has students", () => {
    const paused = run(lesson(), [
      { type: "scene", scene: bombing, at: 0 },
      { type: "pause", at: 1 },
    ]).state;
    expect(applyLessonEvent(paused, { type: "count", counts: [1, 0, 0], at: 2 }, context).ok).toBe(
      false,
    );
    const open = run(lesson(), [{ type: "scene", scene: bombing, at: 0 }]).state;
    const result = applyLessonEvent(open, { type: "count", counts: [20, 5, 0], at: 2 }, context);
    expect(result).toMatchObject({
      ok: false,
      reply: "25 votes, but the class has 24 students: count again.",
    });
  });

  it("settles private votes by plurality and tells the driver which option to take", () => {
    const { state, effects } = run(lesson(), [
      { type: "scene", scene: bombing, at: 0 },
      { type: "join", student: "s1", name: "Anna", role: "stalin", at: 1 },
      { type: "join", student: "s2", name: "Ben", role: "rychagov", at: 1 },
      { type: "join", student: "s3", name: "Cai", role: "blyukher", at: 1 },
      { type: "vote", student: "s1", option: 0, at: 2 },
      { type: "vote", student: "s2", option: 1, at: 2 },
      { type: "vote", student: "s3", option: 1, at: 2 },
      { type: "close", at: 3 },
    ]);
    expect(effects).toEqual([
      {
        kind: "choose",
        index: 1,
        by: "vote",
        votes: [1, 2, 0],
        explanation: expect.stringContaining("Plurality: option 2 with 2 of 3 votes"),
      },
    ]);
    expect(state.taken.at(-1)).toMatchObject({
      decision: "aug1_bombing_order",
      by: "vote",
      counts: [1, 2, 0],
    });
  });

  it("gives the casting vote to a role in play, and to the teacher when none is", () => {
    const tie = (roles: string[]) =>
      run(lesson({ roles }), [
        { type: "scene", scene: bombing, at: 0 },
        { type: "count", counts: [2, 2, 0], at: 1 },
      ]);
    expect(tie(["blyukher", "stalin"]).replies[1]).toContain(
      "Marshal Vasily Blyukher decides: 1 or 2.",
    );
    expect(tie(["stalin", "litvinov"]).replies[1]).toContain("Joseph Stalin decides: 1 or 2.");
    expect(tie(["litvinov"]).replies[1]).toContain("The teacher decides: 1 or 2.");
    const state = tie(["stalin"]).state;
    expect(castingRole(state, context)?.id).toBe("stalin");
    expect(applyLessonEvent(state, { type: "cast", option: 2, at: 2 }, context).ok).toBe(false);
    expect(
      applyLessonEvent(state, { type: "cast", option: 1, at: 2 }, context).effects[0],
    ).toMatchObject({ index: 1, by: "casting" });
  });

  it("takes a decision the cut does not play as in 1938, without the class", () => {
    const telegram: Scene = {
      ...bombing,
      step: 3,
      decision: { id: "jul27_secret_telegram", discuss: [] },
      historical: 1,
    };
    const result = applyLessonEvent(lesson(), { type: "scene", scene: telegram, at: 0 }, context);
    expect(result.effects).toEqual([
      { kind: "choose", index: 1, by: "history", explanation: expect.any(String) },
    ]);
    expect(
      applyLessonEvent(result.state, { type: "count", counts: [1, 0, 0], at: 1 }, context).ok,
    ).toBe(false);
  });

  it("undoes the class's last decision together with those history took after it", () => {
    const { state } = run(lesson(), [
      { type: "scene", scene: bombing, at: 0 },
      { type: "count", counts: [9, 3, 0], at: 1 },
      {
        type: "scene",
        scene: { ...bombing, step: 7, decision: { id: "aug1_go_to_front", discuss: [] } },
        at: 2,
      },
      {
        type: "scene",
        scene: { ...bombing, step: 8, decision: { id: "aug1_piecemeal_attack", discuss: [] } },
        at: 3,
      },
    ]);
    expect(applyLessonEvent(state, { type: "undo", steps: 1, at: 4 }, context).effects).toEqual([
      { kind: "undo", steps: 2 },
    ]);
    const locked = applyLessonEvent(
      state,
      { type: "lock-undo", locked: true, at: 4 },
      context,
    ).state;
    expect(applyLessonEvent(locked, { type: "undo", steps: 1, at: 5 }, context).ok).toBe(false);
  });

  it("lets a student vote only as themselves, the projector not at all, and shows no one's vote to others", () => {
    const vote: LessonEvent = { type: "vote", student: "s1", option: 0, at: 0 };
    expect(mayDispatch({ kind: "student", id: "s1" }, vote)).toBe(true);
    expect(mayDispatch({ kind: "student", id: "s2" }, vote)).toBe(false);
    expect(mayDispatch({ kind: "projector" }, vote)).toBe(false);
    expect(mayDispatch({ kind: "teacher" }, { type: "decide", option: 0, at: 0 })).toBe(true);
    expect(mayDispatch({ kind: "student", id: "s1" }, { type: "decide", option: 0, at: 0 })).toBe(
      false,
    );
    const { state } = run(lesson(), [
      { type: "scene", scene: bombing, at: 0 },
      { type: "join", student: "s1", name: "Anna", at: 1 },
      { type: "join", student: "s2", name: "Ben", at: 1 },
      vote,
    ]);
    expect(projectorView(state, context, 0)).toMatchObject({ ballots: 1, decision: { key: true } });
    expect(JSON.stringify(projectorView(state, context, 0))).not.toContain("Anna");
    expect(studentView(state, context, "s1", 0)).toMatchObject({ myVote: 1, canVote: true });
    expect(studentView(state, context, "s2", 0)?.myVote).toBeUndefined();
    expect(teacherView(state, context, 0).tally).toEqual([1, 0, 0]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
