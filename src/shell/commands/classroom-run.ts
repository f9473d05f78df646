/**
 * A lesson from setup to ending: load the campaign, its roles and classroom.json, ask the setup
 * questions, start (or resume) the game, run the lesson cut to its entry, and run the ordinary
 * player with the classroom's commands, decision panel, hidden numbers and countdown plugged in.
 * The projector gets lines of at most 72 columns and dim text only for hints.
 */
import { join } from "node:path";
import type { ClassroomData } from "../../core/classroom/classroom-data";
import { findCut } from "../../core/classroom/classroom-data";
import type { LessonContext } from "../../core/classroom/lesson";
import { decisionOrder, endedEarly, historyLines } from "../../core/classroom/lesson-plan";
import { restoreLessonState } from "../../core/classroom/lesson-restore";
import { secondsLeft } from "../../core/classroom/lesson-timer";
import { projectorView } from "../../core/classroom/lesson-view";
import { cutStartDate } from "../../core/classroom/role-card";
import type { RolesFile } from "../../core/classroom/roles";
import {
  type ClassroomSettings,
  describeSettings,
  settingsFromNotes,
  settingsNote,
} from "../../core/classroom/settings";
import type { HistoricalRecord } from "../../core/history/record-schema";
import { Game, type GameContext } from "../../core/play/game";
import { keepSave } from "../../core/play/kept-saves";
import { namedSlot } from "../../core/play/save-store";
import { storyVersionOf } from "../../core/save/save-file";
import { parsePremises } from "../../core/state/premises";
import { Session } from "../../core/story/session";
import type { Turn } from "../../core/story/turn";
import { requireClassroom } from "../files/classroom-file";
import { dataDir } from "../files/paths";
import { loadRecordBeside } from "../files/record-file";
import { requireRecord, requireRoles } from "../files/report-inputs";
import { createFileSaveStore } from "../files/save-store";
import { type LoadedStory, loadStoryFile } from "../files/story-files";
import { NO_TRANSCRIPT } from "../files/transcript";
import { offerAutosave } from "../interactive/autosave-offer";
import { type Classroom, createClassroom } from "../interactive/classroom-commands";
import { askSetup } from "../interactive/classroom-setup";
import { createTimedReader } from "../interactive/classroom-timer";
import { createLineReader, type LineReader } from "../interactive/line-reader";
import { runPlayer } from "../interactive/player";
import type { Io } from "../io";
import { type PanelStyle, renderDecisionPanel } from "../views/classroom-panel";
import { renderEndingComparison } from "../views/ending-comparison";
import { terminalSafe } from "../views/safe-text";
import { createStyle, wrap } from "../views/style";
import type { ClassroomFlags } from "./classroom";
import type { CommandContext } from "./index";
import { commandName, parseSeed, parseWidth } from "./options";
import { lockOrRefuse } from "./play-lock";
import { startGame } from "./play-start";

export const CLASSROOM_SLOT = "autosave-classroom";
/** Columns on the projector: long lines are hard to follow at a distance. */
export const PROJECTOR_WIDTH = 72;
/** Lines per page of the comparison shown after the ending. */
const PAGE_LINES = 20;

interface Content {
  roles: RolesFile;
  classroom: ClassroomData;
  record: HistoricalRecord;
}

export async function runClassroom(
  options: ClassroomFlags,
  context: CommandContext,
): Promise<void> {
  const { io } = context;
  const loaded = loadStoryFile(undefined, io.cwd);
  // Everything the lesson shows from the roles file, the lesson plan and the record is made
  // terminal-safe once, here: no control character or escape sequence reaches the projector.
  const content: Content = terminalSafe({
    roles: requireRoles(loaded.dir),
    classroom: requireClassroom(loaded.dir),
    record: requireRecord(loaded.dir),
  });
  if (options.cut !== undefined) findCut(content.classroom, options.cut);
  const storeDir = join(dataDir(options.dataDir, io.env, io.cwd), loaded.name);
  const gameContext: GameContext<LoadedStory> = {
    loaded,
    store: createFileSaveStore(storeDir),
    autosaveSlot: CLASSROOM_SLOT,
    appVersion: context.appVersion,
    now: io.now,
  };
  const terminal = terminalOf(io);
  const lines = createLineReader({
    input: io.stdin,
    output: io.stdout,
    terminal,
    onInterrupt: io.onInterrupt,
  });
  const write = (text: string) => void io.stdout.write(text);
  const base = createStyle({
    ...io,
    color: options.color,
    width: parseWidth(options.width),
    columns: io.columns,
  });
  const style: PanelStyle = {
    width: Math.min(base.width, PROJECTOR_WIDTH),
    color: { ...base.color, dim: (text) => String(text ?? "") },
    hint: base.color.dim,
  };
  let release = () => {};
  try {
    release = lockOrRefuse(storeDir, io);
    write(`${style.color.bold("KHASAN 1938 · CLASSROOM")}\n`);
    const started = await startLesson(options, gameContext, content, lines, io);
    if ("code" in started) return context.setExitCode(started.code);
    const { game, turn, settings } = started;
    const cut = findCut(content.classroom, settings.cut);
    const resumeHint = `${commandName(io.env)} classroom --continue`;
    const settingsText = wrap(describeSettings(settings, content.roles.roles, cut), style.width);
    write(`${settingsText}\nType "help" for the teacher's commands.\n\n`);
    // A new lesson opens on the cut's spoiler-free briefing, to read aloud before the first scene.
    if (game.session.choices().length === 0 && cut.briefing.length > 0) {
      const briefing = cut.briefing.map((line) => wrap(line, style.width)).join("\n\n");
      write(`${style.color.bold("BRIEFING (read it aloud)")}\n${briefing}\n\n`);
    }
    context.setExitCode(
      await playLesson(game, turn, settings, content, lines, style, terminal, write, resumeHint),
    );
  } finally {
    lines.close();
    release();
  }
}

function terminalOf(io: Io): boolean {
  return io.isTTY && Boolean((io.stdin as { isTTY?: boolean }).isTTY);
}

type Started =
  | { game: Game<LoadedStory>; turn: Turn; settings: ClassroomSettings }
  | { code: number };

async function startLesson(
  options: ClassroomFlags,
  context: GameContext<LoadedStory>,
  content: Content,
  reader: LineReader,
  io: Io,
): Promise<Started> {
  const write = (text: string) => void io.stdout.write(text);
  const setup = () =>
    askSetup(answersOf(options), content.roles, content.classroom, reader, write, !terminalOf(io));
  let replay = false;
  if (!options.continue) {
    // A new lesson never overwrites an interrupted one: offer it, or keep it as a named save.
    const answer = await offerAutosave({
      store: context.store,
      slot: context.autosaveSlot,
      storyHash: context.loaded.story.hash,
      storyVersion: storyVersionOf(context.loaded.story),
      reader,
      write,
      now: io.now,
      noun: "lesson",
    });
    if (answer.kind === "quit") return { code: answer.code };
    replay = answer.kind === "resume" && answer.replay;
  }
  if (options.continue || context.store.has(context.autosaveSlot)) {
    const start = await startGame(
      { color: options.color, replay },
      context,
      true,
      "interactive",
      reader,
      io,
    );
    if ("code" in start) return start;
    const saved = settingsFromNotes(start.game.notes);
    if (saved) {
      const cut = saved.cut === "" ? (content.classroom.cuts[0]?.id ?? "") : saved.cut;
      return { game: start.game, turn: start.turn, settings: { ...saved, cut } };
    }
    const asked = await setup();
    if (asked.kind === "quit") return { code: asked.code };
    start.game.notes.push(
      settingsNote(asked.settings, content.roles.roles, start.game.session.choices().length),
    );
    return { game: start.game, turn: start.turn, settings: asked.settings };
  }
  const asked = await setup();
  if (asked.kind === "quit") return { code: asked.code };
  const premises = parsePremises(options.set ?? [], context.loaded.meta);
  const seed = options.seed === undefined ? io.randomSeed() : parseSeed(options.seed);
  if (options.seed === undefined) write(`seed ${seed} (play it again with --seed ${seed})\n`);
  const session = new Session(context.loaded.story, { seed, premises });
  const game = new Game(session, context);
  const cut = findCut(content.classroom, asked.settings.cut);
  game.notes.push(settingsNote(asked.settings, content.roles.roles, 0, cut));
  return { game, turn: session.continue(), settings: asked.settings };
}

function answersOf(options: ClassroomFlags) {
  return {
    ...(options.cut !== undefined ? { cut: options.cut } : {}),
    ...(options.roles !== undefined ? { roles: options.roles } : {}),
    ...(options.rule !== undefined ? { rule: options.rule } : {}),
    ...(options.fallback !== undefined ? { fallback: options.fallback } : {}),
    ...(options.classSize !== undefined ? { classSize: options.classSize } : {}),
    ...(options.label !== undefined ? { label: options.label } : {}),
  };
}

async function playLesson(
  game: Game<LoadedStory>,
  turn: Turn,
  settings: ClassroomSettings,
  content: Content,
  lines: LineReader,
  style: PanelStyle,
  terminal: boolean,
  write: (text: string) => void,
  resumeHint: string,
): Promise<number> {
  const cut = findCut(content.classroom, settings.cut);
  const order = decisionOrder(content.record);
  const lessonContext: LessonContext = {
    roles: content.roles.roles,
    classroom: content.classroom,
    startsOn: cutStartDate(cut, content.record, order),
  };
  const inHistory = historyLines(
    content.record,
    content.classroom,
    cut,
    decisionOrder(content.record),
  );
  const classroom = createClassroom({
    game,
    // A resumed lesson knows what the class decided before (undo, the last vote, notes).
    state: restoreLessonState(settings, game.session.choices(), game.notes),
    context: lessonContext,
    inHistory,
    style,
    now: game.context.now,
    resumeHint,
  });
  const now = () => game.context.now().getTime();
  const reader = createTimedReader(lines, {
    write,
    inPlace: terminal,
    secondsLeft: () => {
      const state = classroom.state();
      return state.paused ? undefined : secondsLeft(state.timer, now());
    },
    countdownId: () => {
      const timer = classroom.state().timer;
      return timer.kind === "running" ? timer.endsAt : undefined;
    },
  });
  const first = classroom.start(turn);
  const decorate = () => {
    const view = projectorView(classroom.state(), lessonContext, now());
    return renderDecisionPanel(view, content.roles.roles, settings.roles, style);
  };
  return runPlayer(game, first, {
    reader,
    write,
    transcript: NO_TRANSCRIPT,
    style,
    load: () => {
      throw new Error("unreachable");
    },
    afterEnding: () => lessonEnding(game, classroom, content.classroom, style),
    resumeHint,
    echoInput: !terminal,
    command: (text, shown) => classroom.command(text, shown),
    decorate,
    showStatus: classroom.showStatus,
  });
}

/**
 * At the ending: the content note came before it (see below); after it, where the run was kept,
 * and the comparison with the record a page at a time (`more`), so the ending stays on screen.
 */
function lessonEnding(
  game: Game<LoadedStory>,
  classroom: Classroom,
  data: ClassroomData,
  style: PanelStyle,
): string {
  const { store, now } = game.context;
  const stamp = now().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  // Two lessons ending in the same second get lesson-…-2, never each other's file.
  const slot = namedSlot(keepSave(store, game.toSave(), `lesson-${stamp}`));
  const { dir, meta } = game.context.loaded;
  const comparison = renderEndingComparison(game.session, meta, loadRecordBeside(dir), style).split(
    "\n",
  );
  const pages: string[] = [];
  for (let i = 0; i < comparison.length; i += PAGE_LINES) {
    pages.push(`${comparison.slice(i, i + PAGE_LINES).join("\n")}\n`);
  }
  classroom.setPages(pages);
  const path = store.pathOf(slot);
  void data;
  const cut = findCut(data, classroom.state().settings.cut);
  const early = endedEarly(cut, classroom.state().taken);
  return [
    "",
    `The lesson is saved as ${path}`,
    ...(early ? [wrap(early, style.width)] : []),
    `Type more to see how the run compares with 1938 (${pages.length} pages).`,
    "Make the handouts with:",
    `  khasan debrief ${path} --student --out handout.html`,
    `  khasan debrief ${path} --out debrief.html`,
    "(the first is the one-page student handout, the second the teacher's pack)",
    "",
  ].join("\n");
}
