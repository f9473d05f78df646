/**
 * How a game starts: a new game (seed, premises, and the autosave offer), the autosave
 * (`continue`), or a save (`--load`); then its outputs (banner, transcript). Split from
 * play.ts so each step stays small.
 */
import { resolve } from "node:path";
import { KhasanError } from "../../core/errors";
import { resumeSession } from "../../core/save/resume";
import { type SaveFile, storyVersionOf } from "../../core/save/save-file";
import { describePremises, parsePremises } from "../../core/state/premises";
import { Session } from "../../core/story/session";
import type { Turn } from "../../core/story/turn";
import { readSaveArgument } from "../files/save-store";
import { createTranscript, NO_TRANSCRIPT, type Transcript } from "../files/transcript";
import { offerAutosave, plural } from "../interactive/autosave-offer";
import { Game, type GameContext } from "../interactive/game";
import type { LineReader } from "../interactive/line-reader";
import type { Io } from "../io";
import { parseSeed } from "./options";

export interface PlayOptions {
  seed?: string;
  set?: string[];
  width?: string;
  color: boolean;
  plain?: boolean;
  json?: boolean;
  transcript?: string;
  dataDir?: string;
  load?: string;
  replay?: boolean;
}

export type PlayFormat = "interactive" | "plain" | "json";

/** A game ready to play, with notes to show first; or an exit code when there is none. */
export type Start = { game: Game; turn: Turn; notes: string[] } | { code: number };

export async function startGame(
  options: PlayOptions,
  context: GameContext,
  resume: boolean,
  format: PlayFormat,
  reader: LineReader,
  io: Io,
): Promise<Start> {
  if (resume) return fromSave(readAutosave(context), context, options, "autosave");
  if (options.load)
    return fromSave(
      readSaveArgument(options.load, context.store, io.cwd),
      context,
      options,
      options.load,
    );
  const premises = parsePremises(options.set ?? [], context.loaded.meta);
  const seed = options.seed === undefined ? io.randomSeed() : parseSeed(options.seed);
  const session = new Session(context.loaded.story, { seed, premises });
  if (format === "interactive") {
    const answer = await offerAutosave({
      store: context.store,
      slot: context.autosaveSlot,
      storyHash: context.loaded.story.hash,
      storyVersion: storyVersionOf(context.loaded.story),
      reader,
      write: (text) => io.stdout.write(text),
      now: io.now,
    });
    if (answer.kind === "quit") return { code: answer.code };
    if (answer.kind === "resume") {
      return fromSave(answer.save, context, { ...options, replay: answer.replay }, "autosave");
    }
  }
  const notes =
    options.seed === undefined ? [`seed ${seed} (play it again with --seed ${seed})`] : [];
  return { game: new Game(session, context), turn: session.continue(), notes };
}

function readAutosave(context: GameContext): SaveFile {
  if (!context.store.has(context.autosaveSlot)) {
    throw new KhasanError(
      "save-missing",
      `no autosaved game of ${context.loaded.name} at ${context.store.pathOf(context.autosaveSlot)}: start one with khasan play`,
    );
  }
  return context.store.read(context.autosaveSlot);
}

function fromSave(
  save: SaveFile,
  context: GameContext,
  options: PlayOptions,
  label: string,
): Start {
  const resumed = resumeSession(context.loaded.story, save, {
    replay: options.replay === true,
    label: label === "autosave" ? context.store.pathOf(context.autosaveSlot) : label,
  });
  const game = new Game(resumed.session, context, save);
  const notes: string[] = [];
  if (resumed.replay) {
    const { replayed, total, stoppedAtText } = resumed.replay;
    game.events.push({ kind: "replay", step: replayed, detail: save.storyVersion });
    notes.push(
      stoppedAtText === undefined
        ? `replayed all ${plural(total, "choice")} on story ${storyVersionOf(context.loaded.story)}`
        : `replayed ${replayed} of ${total} choices; "${stoppedAtText}" is not a choice in this version`,
    );
    game.autosave();
  }
  return { game, turn: resumed.turn, notes };
}

/** The transcript (with its header) and the banner lines of a started game. */
export function openTranscript(
  game: Game,
  path: string | undefined,
  io: Io,
  appVersion: string,
): Transcript {
  if (path === undefined) return NO_TRANSCRIPT;
  const { loaded } = game.context;
  return createTranscript(resolve(io.cwd, path), {
    app: `khasan ${appVersion}`,
    title: loaded.story.meta.title ?? loaded.name,
    storyVersion: storyVersionOf(loaded.story),
    storyHash: loaded.story.hash,
    seed: game.session.seed,
    premises: describePremises(game.session.premises, loaded.meta),
  });
}

export function bannerText(game: Game): string {
  const { loaded } = game.context;
  const title = (loaded.story.meta.title ?? loaded.name).toUpperCase();
  const premises = describePremises(game.session.premises, loaded.meta);
  return [
    `${title} · story ${storyVersionOf(loaded.story)} · seed ${game.session.seed} · premises: ${premises}`,
    'Type the number of a choice; "help" lists the commands. The game is autosaved after every choice.',
    "",
  ].join("\n");
}
