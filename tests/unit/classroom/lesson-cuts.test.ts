/**
 * Every lesson cut of the real campaign, played on many seeded paths through the lesson driver:
 * the class votes at random, the cut takes the other decisions as in 1938. Checks that the
 * debrief asks nothing the run did not do (every condition of every question asked holds of
 * the run, as read independently from the lesson's own record), that the student page has at
 * most six questions, and that the story the class reads stays within the cut's word budget.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseClassroom } from "../../../src/core/classroom/classroom-data";
import { conditionHolds, parseCondition } from "../../../src/core/classroom/conditions";
import {
  pickQuestions,
  runFacts,
  STUDENT_QUESTIONS,
} from "../../../src/core/classroom/debrief-questions";
import {
  type LessonContext,
  type LessonState,
  newLesson,
} from "../../../src/core/classroom/lesson";
import {
  countWords,
  type DriverResult,
  driveLesson,
  findHistoricalIndex,
  type LessonStory,
  startLesson,
} from "../../../src/core/classroom/lesson-driver";
import { decisionOrder, historyLines } from "../../../src/core/classroom/lesson-plan";
import { cutStartDate } from "../../../src/core/classroom/role-card";
import { parseRoles } from "../../../src/core/classroom/roles";
import { parseRecord } from "../../../src/core/history/validate-record";
import { createRandom } from "../../../src/core/random/seed";
import { compileInk } from "../../../src/core/story/compile-ink";
import { Session } from "../../../src/core/story/session";

const STORY_DIR = join(__dirname, "..", "..", "..", "story");
const read = (name: string) => readFileSync(join(STORY_DIR, name), "utf8");
const compiled = compileInk(read("khasan.ink"), "khasan.ink", read).story;
const record = parseRecord(JSON.parse(read("record.json")), "record.json");
const classroom = parseClassroom(JSON.parse(read("classroom.json")), "classroom.json");
const context: LessonContext = {
  roles: parseRoles(JSON.parse(read("roles.json")), "roles.json").roles,
  classroom,
};
const decisions = new Set(record.decisions.map((d) => d.id));
const PATHS_PER_CUT = 24;

interface Played {
  state: LessonState;
  session: Session;
  words: number;
}

/**
 * Plays `cut` with the class voting at random from `seed`, the historical line with seed 0;
 * `pick` may fix the option (0-based) at a decision; undefined when it names no option there.
 */
function playCut(
  cut: string,
  seed: number,
  pick?: (decision?: string) => number | undefined,
): Played | undefined {
  const session = new Session(compiled, { seed });
  let current = session.continue();
  const story: LessonStory = {
    choose: (index) => {
      session.choose(index);
      current = session.continue();
      return current;
    },
    undo: () => current,
    step: () => session.choices().length,
    historicalIndex: () => findHistoricalIndex(session, current.choices.length),
  };
  const planned = classroom.cuts.find((c) => c.id === cut);
  if (!planned) throw new Error(`no cut ${cut}`);
  const order = decisionOrder(record);
  const deps = {
    context: { ...context, startsOn: cutStartDate(planned, record, order) },
    story,
    inHistory: historyLines(record, classroom, planned, order),
  };
  const random = createRandom(seed);
  let state = newLesson({
    rule: "plurality",
    fallback: "plurality",
    roles: context.roles.map((r) => r.id),
    classSize: 24,
    cut,
    label: "",
  });
  let words = 0;
  const absorb = (result: DriverResult) => {
    state = result.state;
    if (result.turn) words += countWords(result.turn.lines.map((line) => line.text));
  };
  absorb(startLesson(state, current, 0, deps));
  for (let at = 1; !state.scene?.ended; at++) {
    const options = state.scene?.options.length ?? 0;
    const historical = state.scene?.historical ?? 0;
    const fixed = pick?.(state.scene?.decision?.id);
    if (fixed !== undefined && fixed >= options) return undefined;
    const option = fixed ?? (seed === 0 ? historical : Math.floor(random() * options));
    absorb(driveLesson(state, { type: "decide", option, at }, deps));
  }
  return { state, session, words };
}

describe.each(classroom.cuts.map((cut) => [cut.id, cut.maxStoryWords] as const))(
  "the %s-minute cut",
  (cut, maxWords) => {
    const runs = Array.from({ length: PATHS_PER_CUT }, (_, seed) => playCut(cut, seed)).flatMap(
      (run) => (run ? [run] : []),
    );

    it("asks no question about a choice the run did not make, and at most six on the student page", () => {
      for (const { state, session } of runs) {
        const log = session.choices();
        const notes = state.taken.map((t) => ({
          kind: "vote" as const,
          step: t.step + 1,
          text: t.explanation,
          rule: t.by === "history" ? "history" : "plurality",
        }));
        const ending = state.scene?.ending;
        const facts = runFacts(log, notes, ending, session.variables());
        const asked = pickQuestions(classroom.questions, facts, decisions);
        // What the class chose, read from the lesson's own record rather than the notes.
        const byClass = new Map(
          state.taken
            .filter((t) => t.by !== "history")
            .map((t) => [t.decision, log[t.step]?.option]),
        );
        for (const question of asked) {
          for (const text of question.when) {
            const condition = parseCondition(text);
            if (typeof condition === "string") throw new Error(condition);
            if (decisions.has(condition.subject)) {
              const taken = byClass.get(condition.subject);
              const wanted = condition.values;
              const holds =
                wanted[0] === "none"
                  ? taken === undefined
                  : taken !== undefined && wanted.includes(taken) !== condition.negated;
              expect(holds, `${question.id}: ${text}`).toBe(true);
            } else {
              expect(conditionHolds(condition, facts, decisions), `${question.id}: ${text}`).toBe(
                true,
              );
            }
          }
        }
        expect(asked.slice(0, STUDENT_QUESTIONS).length).toBeLessThanOrEqual(6);
        expect(asked.length).toBeGreaterThanOrEqual(3);
      }
    });

    it(`puts at most ${maxWords} words of story on screen`, () => {
      const most = Math.max(...runs.map((run) => run.words));
      expect(most).toBeLessThanOrEqual(maxWords);
    });

    it("ends every path, and the class decides only what the cut plays", () => {
      const planned = classroom.cuts.find((c) => c.id === cut);
      for (const { state } of runs) {
        expect(state.scene?.ended).toBe(true);
        for (const taken of state.taken.filter((t) => t.by !== "history")) {
          if (planned && planned.play.length > 0) expect(planned.play).toContain(taken.decision);
        }
      }
    });
  },
);

describe("the early endings the facilitator's sheet names", () => {
  const cases = classroom.cuts.flatMap((cut) =>
    (cut.earlyEnds ?? []).map((early) => [cut.id, early] as const),
  );

  it.each(cases)(
    "in the %s-minute cut, end where the sheet says, before the last decision",
    (cut, early) => {
      const planned = classroom.cuts.find((c) => c.id === cut);
      const wanted = early.when.map((text) => text.split("="));
      const decided = wanted.map(([decision]) => decision ?? "");
      let matched = 0;
      for (let seed = 1; seed <= 4; seed++) {
        // Every combination of options at the decisions the early ending names (at most 3 each).
        for (let combo = 0; combo < 3 ** decided.length; combo++) {
          const pick = (decision?: string) => {
            const at = decided.indexOf(decision ?? "");
            return at < 0 ? undefined : Math.floor(combo / 3 ** at) % 3;
          };
          // undefined: an option index past the decision's options.
          const run = playCut(cut, seed, pick);
          if (!run) continue;
          const log = run.session.choices();
          const chose = (decision: string) =>
            log[
              run.state.taken.find((t) => t.decision === decision && t.by !== "history")?.step ?? -1
            ]?.option;
          if (!wanted.every(([decision, option]) => chose(decision ?? "") === option)) continue;
          matched++;
          expect(run.state.scene?.ending).toBe(early.ending);
          const byClass = run.state.taken.filter((t) => t.by !== "history").length;
          expect(byClass).toBe(decided.length);
          expect(byClass).toBeLessThan(planned?.play.length ?? 0);
        }
      }
      expect(matched).toBeGreaterThanOrEqual(4);
    },
  );
});
