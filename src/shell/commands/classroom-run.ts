/**
 * A lesson from setup to ending: load the campaign and its roles, ask the setup questions,
 * start (or resume) the game, and run the ordinary player with the classroom's commands,
 * decision panel, hidden numbers and discussion timer plugged into it.
 */
import { join } from "node:path";
import type { RolesFile } from "../../core/classroom/roles";
import {
  type ClassroomSettings,
  describeSettings,
  settingsFromNotes,
  settingsNote,
} from "../../core/classroom/settings";
import { Game, type GameContext } from "../../core/play/game";
import { keepSave } from "../../core/play/kept-saves";
import { namedSlot } from "../../core/play/save-store";
import { storyVersionOf } from "../../core/save/save-file";
import { parsePremises } from "../../core/state/premises";
import { Session } from "../../core/story/session";
import type { Turn } from "../../core/story/turn";
import { dataDir } from "../files/paths";
import { loadRecordBeside } from "../files/record-file";
import { requireRoles } from "../files/report-inputs";
import { createFileSaveStore } from "../files/save-store";
import { type LoadedStory, loadStoryFile } from "../files/story-files";
import { NO_TRANSCRIPT } from "../files/transcript";
import { offerAutosave } from "../interactive/autosave-offer";
import { createClassroom } from "../interactive/classroom-commands";
import { askSetup } from "../interactive/classroom-setup";
import { createTimedReader, type TimedReader } from "../interactive/classroom-timer";
import { createLineReader } from "../interactive/line-reader";
import { runPlayer } from "../interactive/player";
import type { Io } from "../io";
import { renderDecisionPanel } from "../views/classroom-panel";
import { renderEndingComparison } from "../views/ending-comparison";
import { createStyle, type Style } from "../views/style";
import type { ClassroomOptions } from "./classroom";
import type { CommandContext } from "./index";
import { commandName, parseSeed, parseWidth } from "./options";
import { lockOrRefuse } from "./play-lock";
import { startGame } from "./play-start";

export const CLASSROOM_SLOT = "autosave-classroom";

export async function runClassroom(
  options: ClassroomOptions,
  context: CommandContext,
): Promise<void> {
  const { io } = context;
  const loaded = loadStoryFile(undefined, io.cwd);
  const rolesFile = requireRoles(loaded.dir);
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
  const reader = createTimedReader(lines, { write, inPlace: terminal });
  const style = createStyle({
    ...io,
    color: options.color,
    width: parseWidth(options.width),
    columns: io.columns,
  });
  let release = () => {};
  try {
    release = lockOrRefuse(storeDir, io);
    write(`${style.color.bold("KHASAN 1938 · CLASSROOM")}\n`);
    const started = await startLesson(options, gameContext, rolesFile, reader, io);
    if ("code" in started) return context.setExitCode(started.code);
    const { game, turn, settings } = started;
    write(
      `${describeSettings(settings, rolesFile.roles)}\nType "help" for the facilitator's commands.\n\n`,
    );
    context.setExitCode(
      await playLesson(game, turn, settings, rolesFile, reader, style, terminal, write, {
        resumeHint: `${commandName(io.env)} classroom --continue`,
      }),
    );
  } finally {
    reader.close();
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
  options: ClassroomOptions,
  context: GameContext<LoadedStory>,
  rolesFile: RolesFile,
  reader: TimedReader,
  io: Io,
): Promise<Started> {
  const write = (text: string) => void io.stdout.write(text);
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
    if (saved) return { game: start.game, turn: start.turn, settings: saved };
    const setup = await askSetup(options, rolesFile, reader, write, !terminalOf(io));
    if (setup.kind === "quit") return { code: setup.code };
    start.game.notes.push(
      settingsNote(setup.settings, rolesFile.roles, start.game.session.choices().length),
    );
    return { game: start.game, turn: start.turn, settings: setup.settings };
  }
  const setup = await askSetup(options, rolesFile, reader, write, !terminalOf(io));
  if (setup.kind === "quit") return { code: setup.code };
  const premises = parsePremises(options.set ?? [], context.loaded.meta);
  const seed = options.seed === undefined ? io.randomSeed() : parseSeed(options.seed);
  if (options.seed === undefined) write(`seed ${seed} (play it again with --seed ${seed})\n`);
  const session = new Session(context.loaded.story, { seed, premises });
  const game = new Game(session, context);
  game.notes.push(settingsNote(setup.settings, rolesFile.roles, 0));
  return { game, turn: session.continue(), settings: setup.settings };
}

async function playLesson(
  game: Game<LoadedStory>,
  turn: Turn,
  settings: ClassroomSettings,
  rolesFile: RolesFile,
  reader: TimedReader,
  style: Style,
  terminal: boolean,
  write: (text: string) => void,
  hints: { resumeHint: string },
): Promise<number> {
  const classroom = createClassroom(game, settings, rolesFile.roles, style);
  const decorate = (shown: Turn) => {
    const panel = renderDecisionPanel(shown, rolesFile.roles, settings, style);
    if (panel && settings.timer > 0) reader.arm(settings.timer);
    return panel;
  };
  return runPlayer(game, turn, {
    reader,
    write,
    transcript: NO_TRANSCRIPT,
    style,
    load: () => {
      throw new Error("unreachable");
    },
    afterEnding: () => lessonEnding(game, style),
    resumeHint: hints.resumeHint,
    echoInput: !terminal,
    command: (text, shown) => {
      if (/^load\b/i.test(text.trim()))
        return "In classroom mode, resume a lesson with khasan classroom --continue.\n";
      return classroom.command(text, shown);
    },
    decorate,
    showStatus: classroom.showStatus,
  });
}

/** At the ending: the comparison with the record, and where the run was kept for the debrief. */
function lessonEnding(game: Game<LoadedStory>, style: Style): string {
  const { store, now } = game.context;
  const stamp = now().toISOString().slice(0, 16).replace(/[:T]/g, "-");
  // Two lessons ending in the same minute get lesson-…-2, never each other's file.
  const slot = namedSlot(keepSave(store, game.toSave(), `lesson-${stamp}`));
  const { dir, meta } = game.context.loaded;
  const comparison = renderEndingComparison(game.session, meta, loadRecordBeside(dir), style);
  const path = store.pathOf(slot);
  return `${comparison}\nThe lesson is saved as ${path}\nMake the debrief pack with: khasan debrief ${path} --out debrief.html\n`;
}
