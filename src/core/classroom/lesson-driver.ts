/**
 * Runs the lesson reducer against the story: applies an event, carries out its effects (a
 * choice, an undo) on the story, reports the new scene back to the reducer, and repeats while a
 * lesson cut takes decisions as in 1938. The story is reached through `LessonStory`, so the
 * terminal (its Game) and the lesson server drive the same code. No I/O: saving after each
 * event is the caller's.
 *
 * What a cut shows (all counted by `sceneText`): the outcome of a choice the class made; the
 * scene that leads to a decision the class plays, or to the ending; and, for a decision taken
 * as in 1938 after the class has begun, one line saying what was done in 1938. Text leading to
 * a decision taken as in 1938 is not shown: the briefing and those lines stand in for it.
 */
import type { Game } from "../play/game";
import type { Session } from "../story/session";
import type { Line, Turn } from "../story/turn";
import { isPlayed } from "./classroom-data";
import {
  type DecidedBy,
  type LessonContext,
  type LessonEvent,
  type LessonState,
  lessonCut,
  type Scene,
  type TakenDecision,
} from "./lesson";
import { applyLessonEvent } from "./lesson-apply";

export interface LessonStory {
  choose(index: number, votes?: readonly number[]): Turn;
  undo(steps: number): Turn;
  /** Choices taken so far. */
  step(): number;
  /** 0-based index of the option the story tags `historical` here, if any. */
  historicalIndex(): number | undefined;
}

export interface DriverDeps {
  context: LessonContext;
  story: LessonStory;
  /** What was done in 1938 at each decision, one sentence (the record's historical choice). */
  inHistory: Readonly<Record<string, string>>;
}

export interface DriverResult {
  state: LessonState;
  ok: boolean;
  reply: string;
  /** Set when the story moved: the scene now showing. */
  scene?: Scene;
  /** The story's turn now showing, when it moved, with its lines cut to what the lesson shows. */
  turn?: Turn;
}

/** Applies `event` and everything it sets going. */
export function driveLesson(
  state: LessonState,
  event: LessonEvent,
  deps: DriverDeps,
): DriverResult {
  const first = applyLessonEvent(state, event, deps.context);
  if (!first.ok || first.effects.length === 0)
    return { state: first.state, ok: first.ok, reply: first.reply };
  let current = first.state;
  let effects = first.effects;
  let text: Line[] = [];
  let turn: Turn | undefined;
  let scene: Scene | undefined;
  let previous: DecidedBy | undefined;
  // A cut may take several decisions in a row; the story always ends, so this loop does too.
  while (effects.length > 0) {
    const effect = effects[0];
    if (!effect) break;
    if (effect.kind === "undo") {
      turn = deps.story.undo(effect.steps);
      previous = undefined;
      text = [];
    } else {
      const decision = current.scene?.decision?.id;
      if (effect.by === "history" && decision && current.taken.some((t) => t.by !== "history")) {
        const done = deps.inHistory[decision];
        if (done) text.push({ text: `As in 1938: ${done}`, tags: [] });
      }
      turn = deps.story.choose(effect.index, effect.votes);
      previous = effect.by;
    }
    const shown = shownLines(turn, current, deps, previous, text);
    scene = sceneFor(turn, shown, deps);
    const next = applyLessonEvent(current, { type: "scene", scene, at: event.at }, deps.context);
    current = next.state;
    effects = next.effects;
    text = shown;
  }
  const result: DriverResult = { state: current, ok: true, reply: first.reply };
  if (scene) result.scene = scene;
  if (turn) result.turn = { ...turn, lines: text };
  return result;
}

/** Starts a lesson on the story's first turn: reports the scene, and runs the cut to its entry. */
export function startLesson(
  state: LessonState,
  turn: Turn,
  at: number,
  deps: DriverDeps,
): DriverResult {
  const lines = shownLines(turn, state, deps, undefined, []);
  const scene = sceneFor(turn, lines, deps);
  const result = driveLesson(state, { type: "scene", scene, at }, deps);
  return { ...result, scene: result.scene ?? scene, turn: result.turn ?? { ...turn, lines } };
}

/** The lines shown for `turn`, after `before` (what earlier turns left to show). */
function shownLines(
  turn: Turn,
  state: LessonState,
  deps: DriverDeps,
  previous: DecidedBy | undefined,
  before: Line[],
): Line[] {
  const cut = lessonCut(state, deps.context);
  const next = turn.decision?.id;
  const flavour = next === undefined && turn.choices.length > 0;
  const entered = deps.context.startsOn === undefined || (turn.date ?? "") >= deps.context.startsOn;
  const shows = turn.ended || (next !== undefined && isPlayed(cut, next)) || (flavour && entered);
  return [
    ...before,
    ...sceneText(turn.lines, previous !== undefined && previous !== "history", shows),
  ];
}

function sceneFor(turn: Turn, lines: readonly Line[], deps: DriverDeps): Scene {
  const scene: Scene = {
    step: deps.story.step(),
    options: turn.choices.map((choice) => choice.text),
    text: lines.map((line) => line.text),
    ended: turn.ended,
  };
  if (turn.date) scene.date = turn.date;
  if (turn.decision) {
    const { id, role, discuss } = turn.decision;
    scene.decision = { id, discuss: [...discuss], ...(role ? { role } : {}) };
    const historical = deps.story.historicalIndex();
    if (historical !== undefined) scene.historical = historical;
  }
  if (turn.ending) scene.ending = turn.ending.id;
  return scene;
}

/**
 * The lines of a turn a lesson shows: the outcome (the lines before the first dated one) when the
 * class made the choice that led here, and the rest when it leads to a decision the class plays
 * or to the ending.
 */
export function sceneText(
  lines: readonly Line[],
  showOutcome: boolean,
  showScene: boolean,
): Line[] {
  const dated = lines.findIndex((line) => line.tags.some((tag) => tag.key === "date"));
  const split = dated < 0 ? (showScene ? 0 : lines.length) : dated;
  const outcome = showOutcome ? lines.slice(0, split) : [];
  const scene = showScene ? lines.slice(split) : [];
  return [...outcome, ...scene];
}

/** The lesson's port onto a game: the terminal classroom and the lesson server both use it. */
export function lessonStoryOf(game: Game): LessonStory {
  return {
    choose: (index, votes) => game.choose(index, votes ? [...votes] : undefined),
    undo: (steps) => game.undo(steps),
    step: () => game.session.choices().length,
    historicalIndex: () =>
      findHistoricalIndex(game.session, game.session.lastTurn()?.choices.length ?? 0),
  };
}

/** The option tagged `historical` at the session's current choice point, found by trying each. */
export function findHistoricalIndex(session: Session, optionCount: number): number | undefined {
  const saved = session.snapshot();
  try {
    for (let index = 0; index < optionCount; index++) {
      session.restore(saved);
      session.choose(index);
      session.continue();
      if (session.choices().at(-1)?.historical) return index;
    }
    return undefined;
  } finally {
    session.restore(saved);
  }
}

/** Words in the lines, as a reader counts them. */
export function countWords(lines: readonly string[]): number {
  return lines.reduce(
    (sum, line) => sum + line.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
    0,
  );
}

export type { TakenDecision };
