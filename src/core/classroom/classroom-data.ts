/**
 * `story/classroom.json` (DESIGN.md 3.4): the campaign's classroom content as data, so a writer
 * edits it and `khasan check` validates it. Lesson cuts (which decisions the class plays, where
 * the story is entered, the timer at each decision, the plan), the key decisions, the debrief
 * questions with the conditions that select them, the people shown at the ending, the charted
 * variables and their colours, the default deciding role, the glossary and the content note.
 * Pure: the shell reads the file and passes its contents in.
 */
import { z } from "zod";
import { KhasanError } from "../errors";
import { parseDataFile } from "../schema-issue";
import { checkCondition, type KnownIds } from "./conditions";

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "ids are lower-case letters, digits, _ and -");
const text = z.string().min(1);
const seconds = z.number().int().min(0).max(3600);

const stepSchema = z.object({ minutes: z.number().int().min(1), what: text }).strict();

export const cutSchema = z
  .object({
    id,
    title: text,
    minutes: z.number().int().min(10).max(240),
    /**
     * The first decision the class plays. Every decision before it is taken as in 1938 (the
     * option the story tags `historical`), so the story is entered as history left it.
     */
    enter: id.optional(),
    /** The decisions the class plays; the others are taken as in 1938. Empty: all of them. */
    play: z.array(id),
    /** Discussion seconds per decision; decisions not listed get `timer`. */
    timers: z.record(id, seconds),
    timer: seconds,
    /** Read aloud or projected before the first decision: nothing it says is decided in play. */
    briefing: z.array(text).min(1),
    steps: z.array(stepSchema).min(1),
    /**
     * Paths on which the story ends before the class reaches the cut's last decision: the
     * choices (conditions, see conditions.ts) and the ending, and what the teacher does then.
     * The facilitator's sheet prints `what`; a test plays each one.
     */
    earlyEnds: z
      .array(z.object({ when: z.array(text).min(1), ending: id, what: text }).strict())
      .optional(),
    /** The most words of story the class may be asked to read on screen. */
    maxStoryWords: z.number().int().min(100),
  })
  .strict();

export const questionSchema = z
  .object({
    id,
    text,
    /** All must hold for the question to be asked (see conditions.ts). */
    when: z.array(text),
    /** 1 is asked first; the student page shows the first six by priority. */
    priority: z.number().int().min(1).max(9),
  })
  .strict();

const chartedSchema = z
  .object({
    variable: id,
    colour: z.string().regex(/^#[0-9a-f]{6}$/i, "colours are #rrggbb"),
  })
  .strict();

export const classroomSchema = z
  .object({
    about: text,
    /** Who decides a decision whose story line has no `role:` tag. */
    defaultRole: id,
    keyDecisions: z.array(id).min(1),
    /** One short line on what was done in 1938 at each decision, shown when a cut skips it. */
    history: z.record(id, text),
    cuts: z.array(cutSchema).min(1),
    questions: z.array(questionSchema).min(1),
    charted: z.array(chartedSchema).min(1),
    /** Record `people[].id` whose fates the ending shows. */
    people: z.array(id).min(1),
    contentNote: text,
    glossary: z.array(z.object({ term: text, text }).strict()).min(1),
  })
  .strict();

export type ClassroomData = z.infer<typeof classroomSchema>;
export type LessonCut = z.infer<typeof cutSchema>;
export type DebriefQuestion = z.infer<typeof questionSchema>;

/** Parses classroom.json; `label` names the file in the one-line error. */
export function parseClassroom(data: unknown, label: string): ClassroomData {
  return parseDataFile(classroomSchema, data, label);
}

/** What classroom.json may name, from the story, its variables and the record. */
export interface ClassroomIds extends KnownIds {
  roles: readonly string[];
  people: readonly string[];
  sources: readonly string[];
}

/** Every id classroom.json names that the story, the record or roles.json lacks, one per line. */
export function checkClassroom(data: ClassroomData, known: ClassroomIds): string[] {
  const problems: string[] = [];
  const isDecision = (name: string) => known.options.has(name);
  const needDecision = (where: string, name: string) => {
    if (!isDecision(name)) problems.push(`${where}: the story has no decision "${name}"`);
  };
  if (!known.roles.includes(data.defaultRole)) {
    problems.push(`defaultRole: no role "${data.defaultRole}" in roles.json`);
  }
  for (const key of data.keyDecisions) needDecision("keyDecisions", key);
  for (const decision of Object.keys(data.history)) needDecision("history", decision);
  for (const cut of data.cuts) {
    if (cut.enter) needDecision(`cut ${cut.id}: enter`, cut.enter);
    for (const played of cut.play) needDecision(`cut ${cut.id}: play`, played);
    for (const timed of Object.keys(cut.timers)) needDecision(`cut ${cut.id}: timers`, timed);
    for (const early of cut.earlyEnds ?? []) {
      for (const condition of early.when) {
        for (const problem of checkCondition(condition, known))
          problems.push(`cut ${cut.id}: earlyEnds: ${problem}`);
      }
      if (!known.endings.includes(early.ending)) {
        problems.push(`cut ${cut.id}: earlyEnds: no ending "${early.ending}"`);
      }
    }
  }
  for (const question of data.questions) {
    for (const condition of question.when) {
      for (const problem of checkCondition(condition, known))
        problems.push(`question ${question.id}: ${problem}`);
    }
  }
  for (const { variable } of data.charted) {
    if (!known.variables.has(variable)) problems.push(`charted: no story variable "${variable}"`);
  }
  for (const person of data.people) {
    if (!known.people.includes(person)) problems.push(`people: no "${person}" in the record`);
  }
  return problems;
}

/** A cut by id; the first cut when `id` is undefined. */
export function findCut(data: ClassroomData, cutId: string | undefined): LessonCut {
  const cut = cutId === undefined ? data.cuts[0] : data.cuts.find((c) => c.id === cutId);
  if (!cut) {
    const ids = data.cuts.map((c) => c.id).join(", ");
    throw new KhasanError("usage", `no lesson cut "${cutId}": choose ${ids}`);
  }
  return cut;
}

/** Whether the class plays `decision` in this cut (rather than history taking it). */
export function isPlayed(cut: LessonCut, decision: string): boolean {
  return cut.play.length === 0 || cut.play.includes(decision);
}

/** The discussion seconds at `decision` in this cut. */
export function timerFor(cut: LessonCut, decision: string): number {
  return cut.timers[decision] ?? cut.timer;
}
