/**
 * The terminal classroom: a view of the lesson reducer (core/classroom/lesson.ts). What the
 * teacher types is read as a lesson event, the driver applies it and moves the story, and this
 * file prints the reply and keeps the run's notes (votes, who decided, the teacher's notes) in
 * the save, autosaved after every event.
 */
import type { LessonContext, LessonState, TakenDecision } from "../../core/classroom/lesson";
import { isClassDecision } from "../../core/classroom/lesson";
import { LESSON_HELP, parseLessonCommand } from "../../core/classroom/lesson-command";
import {
  type DriverDeps,
  type DriverResult,
  driveLesson,
  findHistoricalIndex,
  type LessonStory,
  startLesson,
} from "../../core/classroom/lesson-driver";
import { CONTROL } from "../../core/classroom/lesson-restore";
import type { Game } from "../../core/play/game";
import type { SaveNote } from "../../core/save/save-file";
import type { Turn } from "../../core/story/turn";
import { helpText, renderStatus } from "../views/player-view";
import { type Style, wrap } from "../views/style";

export type CommandResult = string | { turn: Turn; before?: string } | undefined;

export interface Classroom {
  /** The first turn to show (the cut's entry, with the decisions before it taken as in 1938). */
  start: (turn: Turn) => Turn;
  command: (text: string, turn: Turn) => CommandResult;
  showStatus: () => boolean;
  state: () => LessonState;
  /** Text shown page by page after the ending (`more`). */
  setPages: (pages: string[]) => void;
}

export interface ClassroomOptions {
  game: Game;
  state: LessonState;
  context: LessonContext;
  inHistory: Readonly<Record<string, string>>;
  style: Style;
  now: () => Date;
  /** The command that resumes this lesson, for the help text. */
  resumeHint: string;
}

export function createClassroom(options: ClassroomOptions): Classroom {
  const { game, context, style } = options;
  let state = options.state;
  let pages: string[] = [];
  /** The ending, held back until the content note has been read. */
  let held: { turn: Turn; before: string } | undefined;
  const story: LessonStory = {
    choose: (index, votes) => game.choose(index, votes ? [...votes] : undefined),
    undo: (steps) => game.undo(steps),
    step: () => game.session.choices().length,
    historicalIndex: () =>
      findHistoricalIndex(game.session, game.session.lastTurn()?.choices.length ?? 0),
  };
  const deps: DriverDeps = { context, story, inHistory: options.inHistory };
  const at = () => options.now().getTime();

  const absorb = (result: DriverResult) => {
    const before = state;
    state = result.state;
    recordNotes(game, before, state, result);
    game.autosave();
  };

  const command = (text: string, turn: Turn): CommandResult => {
    const line = text.trim();
    const word = line.split(/\s+/)[0]?.toLowerCase() ?? "";
    if (held) {
      const shown = held;
      held = undefined;
      return shown;
    }
    if (word === "help" || word === "?") {
      return `${wrap(helpText(options.resumeHint), style.width)}\n${LESSON_HELP}`;
    }
    if (word === "more") return nextPage();
    if (word === "restart") return "In classroom mode, start a new lesson with khasan classroom.\n";
    if (/^load\b/i.test(line)) {
      return "In classroom mode, resume a lesson with khasan classroom --continue.\n";
    }
    const parsed = parseLessonCommand(text, state, isClassDecision(state, context));
    if (parsed.kind === "player") return undefined;
    if (parsed.kind === "reply") return `${wrap(parsed.text, style.width)}\n`;
    const result = driveLesson(state, { ...parsed.event, at: at() } as never, deps);
    absorb(result);
    const reply = result.reply ? `${wrap(result.reply, style.width)}\n` : "";
    if (!result.ok) return reply;
    if (parsed.event.type === "reveal" && state.revealed) {
      return `${renderStatus(game.session.currentDate(), game.tracked(), style)}${reply}`;
    }
    const before = reply ? `${style.color.bold(reply)}\n` : "";
    if (result.turn?.ended) {
      held = { turn: result.turn, before: "" };
      const note = wrap(`Content note: ${context.classroom.contentNote}`, style.width);
      return `${before}${style.color.bold(note)}\nPress Enter to show the ending.\n`;
    }
    if (result.turn) return { turn: result.turn, before };
    if (parsed.event.type === "resume") return { turn, before: reply };
    return reply;
  };

  const nextPage = (): string => {
    const page = pages.shift();
    if (page === undefined) return "Nothing more to show.\n";
    return pages.length > 0 ? `${page}\n(more: type more)\n` : page;
  };

  return {
    start: (turn) => {
      const result = startLesson(state, turn, at(), deps);
      absorb(result);
      return result.turn ?? turn;
    },
    command,
    showStatus: () => state.revealed,
    state: () => state,
    setPages: (next) => {
      pages = [...next];
    },
  };
}

/** Notes for what changed: each decision taken (and by whom), the teacher's notes and controls. */
export function recordNotes(
  game: Game,
  before: LessonState,
  after: LessonState,
  result: DriverResult,
) {
  const date = game.session.currentDate();
  const add = (note: SaveNote) => game.notes.push(note);
  const known = new Set(before.taken.map(key));
  for (const taken of after.taken) {
    if (known.has(key(taken))) continue;
    add({
      kind: "vote",
      step: taken.step + 1,
      text: taken.explanation,
      rule: taken.by === "history" ? "history" : after.settings.rule,
      by: taken.by,
      ...(taken.date ? { date: taken.date } : {}),
    });
  }
  for (const note of after.notes.slice(before.notes.length)) {
    add({
      kind: "note",
      step: note.step,
      text: note.text,
      ...(note.date ? { date: note.date } : {}),
    });
  }
  const control = (text: string) =>
    add({ kind: "control", step: game.session.choices().length, text, ...(date ? { date } : {}) });
  if (before.revealed !== after.revealed)
    control(after.revealed ? CONTROL.revealed : CONTROL.hidden);
  if (before.undoLocked !== after.undoLocked)
    control(after.undoLocked ? CONTROL.locked : CONTROL.unlocked);
  void result;
}

function key(taken: TakenDecision): string {
  return `${taken.step}:${taken.decision}:${taken.index}:${taken.by}`;
}
