/**
 * How a game starts: a new game (seed, premises, and the autosave offer), the autosave
 * (`continue`), or a save (`--load`); then its outputs (banner, transcript). Split from
 * play.ts so each step stays small.
 */
import { resolve } from "node:path";
import { KhasanError } from "../../core/errors";
import { Game, type GameContext } from "../../core/play/game";
import { resumeSession } from "../../core/save/resume";
import { type SaveFile, storyVersionOf } from "../../core/save/save-file";
import { describePremises, parsePremises } from "../../core/state/premises";
import { Session } from "../../core/story/session";
import type { Turn } from "../../core/story/turn";
import { plural } from "../../core/words";
import { readSaveArgument } from "../files/save-store";
import type { LoadedStory } from "../files/story-files";
import { createTranscript, NO_TRANSCRIPT, type Transcript } from "../files/transcript";
import { keepAside, type OfferAnswer, offerAutosave } from "../interactive/autosave-offer";
import type { LineReader } from "../interactive/line-reader";
import type { Io } from "../io";
import { wrap } from "../views/style";
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
export type Start = { game: Game<LoadedStory>; turn: Turn; notes: string[] } | { code: number };

export async function startGame(
  options: PlayOptions,
  context: GameContext<LoadedStory>,
  resume: boolean,
  format: PlayFormat,
  reader: LineReader,
  io: Io,
): Promise<Start> {
  if (resume) return fromSave(readAutosave(context), context, options, "autosave");
  // A save named on the command line is read first: a bad name costs nothing.
  const loading = options.load ? readSaveArgument(options.load, context.store, io.cwd) : undefined;
  const premises = parsePremises(options.set ?? [], context.loaded.meta);
  const seed = options.seed === undefined ? io.randomSeed() : parseSeed(options.seed);
  const answer = await protectAutosave(options, context, format, reader, io);
  if (answer.kind === "quit") return { code: answer.code };
  if (answer.kind === "resume") {
    return fromSave(answer.save, context, { ...options, replay: answer.replay }, "autosave");
  }
  const notes = answer.kind === "kept" ? [answer.note] : [];
  if (loading && options.load) return fromSave(loading, context, options, options.load, notes);
  const session = new Session(context.loaded.story, { seed, premises });
  // The interactive banner shows the seed; the machine modes say it on stderr.
  if (options.seed === undefined && format !== "interactive")
    notes.push(`seed ${seed} (play it again with --seed ${seed})`);
  return { game: new Game(session, context), turn: session.continue(), notes };
}

type Protected = OfferAnswer | { kind: "kept"; note: string };

/**
 * Before a new game or a loaded save takes the autosave's slot: an unfinished autosave is
 * offered (interactive) or kept as a named save with a note (--plain, --json, which ask nothing).
 */
async function protectAutosave(
  options: PlayOptions,
  context: GameContext<LoadedStory>,
  format: PlayFormat,
  reader: LineReader,
  io: Io,
): Promise<Protected> {
  const { store, autosaveSlot: slot } = context;
  if (format !== "interactive") {
    if (!store.has(slot) || !isUnfinished(store, slot)) return { kind: "new" };
    return { kind: "kept", note: keepAside({ store, slot, now: io.now }) };
  }
  const asked = [
    options.seed === undefined ? "" : `--seed ${options.seed}`,
    ...(options.set ?? []).map((set) => `--set ${set}`),
  ].filter((flag) => flag !== "");
  return offerAutosave({
    store,
    slot,
    storyHash: context.loaded.story.hash,
    storyVersion: storyVersionOf(context.loaded.story),
    reader,
    write: (text) => io.stdout.write(text),
    now: io.now,
    ...(options.load ? { instead: `Load "${options.load}"` } : {}),
    ...(!options.load && asked.length > 0
      ? { instead: `Start the new game with ${asked.join(" ")}` }
      : {}),
    ...notUsed([...(options.load ? [`--load ${options.load}`] : []), ...asked]),
  });
}

/** Option 1 of the offer says which of the flags given it leaves unused. */
function notUsed(flags: string[]): { resumeNote?: string } {
  if (flags.length === 0) return {};
  return { resumeNote: `${flags.join(" ")} ${flags.length === 1 ? "is" : "are"} not used` };
}

/** Whether a slot holds a game that has not ended (an unreadable file counts: keep it). */
function isUnfinished(store: GameContext["store"], slot: string): boolean {
  try {
    return !store.read(slot).ended;
  } catch (error) {
    if (error instanceof KhasanError) return true;
    throw error;
  }
}

function readAutosave(context: GameContext<LoadedStory>): SaveFile {
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
  context: GameContext<LoadedStory>,
  options: PlayOptions,
  label: string,
  notes: string[] = [],
): Start {
  const resumed = resumeSession(context.loaded.story, save, {
    replay: options.replay === true,
    label: label === "autosave" ? context.store.pathOf(context.autosaveSlot) : label,
    meta: context.loaded.meta,
  });
  const game = new Game(resumed.session, context, save);
  if (resumed.replay) {
    const { replayed, total, stoppedAtText } = resumed.replay;
    game.events.push({ kind: "replay", step: replayed, detail: save.storyVersion });
    notes.push(
      stoppedAtText === undefined
        ? `replayed all ${plural(total, "choice")} on story ${storyVersionOf(context.loaded.story)}`
        : `replayed ${replayed} of ${plural(total, "choice")}; "${stoppedAtText}" is not a choice in this version`,
    );
    game.autosave();
  }
  return { game, turn: resumed.turn, notes };
}

/** The transcript (with its header) and the banner lines of a started game. */
export function openTranscript(
  game: Game<LoadedStory>,
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

export function bannerText(game: Game<LoadedStory>, width: number): string {
  const { loaded } = game.context;
  const title = (loaded.story.meta.title ?? loaded.name).toUpperCase();
  const hasPremises = Object.values(loaded.meta.variables).some((v) => v.premise === true);
  const premises = hasPremises
    ? ` · premises: ${describePremises(game.session.premises, loaded.meta)}`
    : "";
  return [
    wrap(
      `${title} · story ${storyVersionOf(loaded.story)} · seed ${game.session.seed}${premises}`,
      width,
    ),
    wrap(
      'Type the number of a choice; "help" lists the commands. The game is autosaved after every choice.',
      width,
    ),
    "",
  ].join("\n");
}
