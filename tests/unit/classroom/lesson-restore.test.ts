import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseClassroom } from "../../../src/core/classroom/classroom-data";
import type { LessonContext, Scene } from "../../../src/core/classroom/lesson";
import { applyLessonEvent } from "../../../src/core/classroom/lesson-apply";
import { restoreLessonState } from "../../../src/core/classroom/lesson-restore";
import { projectorView } from "../../../src/core/classroom/lesson-view";
import { parseRoles } from "../../../src/core/classroom/roles";
import type { SaveFile, SaveNote } from "../../../src/core/save/save-file";

const story = join(__dirname, "..", "..", "..", "story");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(story, name), "utf8"));
const context: LessonContext = {
  roles: parseRoles(readJson("roles.json"), "roles.json").roles,
  classroom: parseClassroom(readJson("classroom.json"), "classroom.json"),
};
const settings = {
  rule: "plurality" as const,
  fallback: "plurality" as const,
  roles: ["blyukher", "stalin"],
  classSize: 24,
  cut: "45",
  label: "9B",
};

/** A run interrupted at the ceasefire offer: two decisions by history, one by the class. */
const log: SaveFile["log"] = [
  { index: 0, text: "Go on" },
  { index: 0, text: "Dig in", decision: "jul_crest_fortification", date: "1938-07-08" },
  { index: 1, text: "Wait", decision: "aug1_bombing_order", date: "1938-08-01", votes: [9, 15] },
  { index: 0, text: "Attack", decision: "aug1_piecemeal_attack", date: "1938-08-01" },
];
const notes: SaveNote[] = [
  { kind: "setup", step: 0, text: "setup", rule: "plurality", cut: "45" },
  { kind: "vote", step: 2, text: "Taken as in 1938.", rule: "history" },
  { kind: "vote", step: 3, text: "Decided by the teacher.", rule: "plurality", by: "teacher" },
  // The decision was taken back and voted again: the later note counts.
  { kind: "vote", step: 3, text: "Plurality: option 2 with 15 of 24.", rule: "plurality" },
  { kind: "vote", step: 4, text: "Decided by the teacher.", rule: "plurality", by: "teacher" },
  { kind: "note", step: 3, text: "Good point from Stalin's group.", date: "1938-08-01" },
  { kind: "control", step: 3, text: "numbers revealed" },
  { kind: "control", step: 3, text: "undo locked" },
  { kind: "control", step: 4, text: "undo unlocked" },
  // Made for a choice later undone (past the log): left out.
  { kind: "vote", step: 6, text: "Undone.", rule: "plurality", by: "vote" },
];

const ceasefire: Scene = {
  step: 4,
  date: "1938-08-04",
  decision: { id: "aug4_ceasefire_offer", discuss: [] },
  options: ["Accept", "Refuse"],
  text: [],
  ended: false,
};

describe("a resumed terminal lesson's state", () => {
  it("holds the decisions taken, who took them, the counts, notes and controls", () => {
    const state = restoreLessonState(settings, log, notes);
    expect(state.taken.map((t) => [t.step, t.decision, t.index, t.by])).toEqual([
      [1, "jul_crest_fortification", 0, "history"],
      [2, "aug1_bombing_order", 1, "vote"],
      [3, "aug1_piecemeal_attack", 0, "teacher"],
    ]);
    expect(state.taken[1]?.counts).toEqual([9, 15]);
    expect(state.taken[1]?.explanation).toBe("Plurality: option 2 with 15 of 24.");
    expect(state.notes.map((n) => n.text)).toEqual(["Good point from Stalin's group."]);
    expect(state.revealed).toBe(true);
    expect(state.undoLocked).toBe(false);
    expect(state.settings).toEqual(settings);
  });

  it("lets undo take back the class's last decision made before the interruption", () => {
    const restored = restoreLessonState(settings, log, notes);
    const at = applyLessonEvent(restored, { type: "scene", scene: ceasefire, at: 0 }, context);
    const undo = applyLessonEvent(at.state, { type: "undo", steps: 1, at: 1 }, context);
    expect(undo.ok).toBe(true);
    expect(undo.effects).toEqual([{ kind: "undo", steps: 1 }]);
    const twice = applyLessonEvent(at.state, { type: "undo", steps: 2, at: 1 }, context);
    expect(twice.effects).toEqual([{ kind: "undo", steps: 2 }]);
  });

  it("shows the class's last vote on the projector again", () => {
    const restored = restoreLessonState(settings, log.slice(0, 3), notes);
    const scene = { ...ceasefire, step: 3, decision: { id: "aug1_piecemeal_attack", discuss: [] } };
    const at = applyLessonEvent(restored, { type: "scene", scene, at: 0 }, context);
    expect(projectorView(at.state, context, 0).settled?.counts).toEqual([9, 15]);
  });
});
