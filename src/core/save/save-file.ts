/**
 * The save file (also called a run record, DESIGN.md 7): versioned JSON holding the seed, the
 * premises, the choice log and the ink state, tied to one story build by its hash. Decoding
 * checks everything a damaged, foreign or future file could get wrong, with one-line errors.
 */
import { z } from "zod";
import { SaveFileError } from "../errors";
import { firstIssue } from "../schema-issue";
import type { CompiledStory } from "../story/load-story";
import type { SessionSnapshot } from "../story/session";
import type { LogEntry, Turn } from "../story/turn";
import { plural } from "../words";

/** Bump when the layout changes; bump the minimum only when old readers can't cope. */
export const SAVE_FORMAT_VERSION = 1;
export const SAVE_MIN_COMPATIBLE_VERSION = 1;
/** The oldest format this build can still read. */
export const SAVE_OLDEST_READABLE = 1;

/**
 * The save file's schema, built on first read: building it runs much of zod for the first time,
 * ~10 ms of start-up that a new game, which reads no save, would pay for nothing.
 */
function buildSchemas() {
  const scalar = z.union([z.number(), z.boolean(), z.string()]);
  const tag = z.object({ key: z.string(), value: z.string(), raw: z.string() });

  const logEntry = z.object({
    index: z.number().int().min(0),
    text: z.string(),
    date: z.string().optional(),
    decision: z.string().optional(),
    role: z.string().optional(),
    option: z.string().optional(),
    historical: z.boolean().optional(),
    votes: z.array(z.number().int().min(0)).optional(),
  });

  const turn = z.object({
    lines: z.array(z.object({ text: z.string(), tags: z.array(tag) })),
    choices: z.array(z.object({ index: z.number().int(), text: z.string() })),
    date: z.string().optional(),
    decision: z
      .object({ id: z.string(), role: z.string(), discuss: z.array(z.string()) })
      .optional(),
    ended: z.boolean(),
    ending: z.object({ id: z.string(), historical: z.boolean() }).optional(),
    warnings: z.array(z.string()),
  });

  const event = z.object({
    kind: z.enum(["undo", "restart", "load", "replay"]),
    /** How many choices the log held after the event. */
    step: z.number().int().min(0),
    detail: z.string().optional(),
  });

  /**
   * A classroom note (khasan classroom): the facilitator's `note TEXT`, the setup, each vote's
   * rule and outcome, and the facilitator's controls. Optional, so saves without notes still load.
   */
  const note = z.object({
    kind: z.enum(["note", "setup", "vote", "control"]),
    /** How many choices the log held when the note was made. */
    step: z.number().int().min(0),
    date: z.string().optional(),
    text: z.string(),
    rule: z.string().optional(),
    /** Who settled a decision (a vote note): the class's vote, a casting vote, the teacher, history. */
    by: z.enum(["vote", "casting", "teacher", "history"]).optional(),
    fallback: z.string().optional(),
    roles: z.array(z.string()).optional(),
    timer: z.number().int().min(0).optional(),
    /** Lesson setup (khasan classroom): the cut, the class size and the class's label. */
    cut: z.string().optional(),
    classSize: z.number().int().min(0).optional(),
    label: z.string().optional(),
  });

  const saveSchema = z.object({
    format: z.literal("khasan-save"),
    formatVersion: z.number().int().min(1),
    minCompatibleVersion: z.number().int().min(1),
    appVersion: z.string(),
    savedAt: z.string().optional(),
    storyName: z.string(),
    storyHash: z.string().regex(/^[0-9a-f]{64}$/),
    storyVersion: z.string(),
    seed: z.number().int().min(0),
    premises: z.record(z.string(), scalar),
    log: z.array(logEntry),
    events: z.array(event).default([]),
    notes: z.array(note).optional(),
    ended: z.boolean(),
    ending: z.string().nullable(),
    date: z.string().optional(),
    lastTurn: turn.optional(),
    ink: z.string(),
  });
  return { save: saveSchema, logEntry, turn, event, note };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

// The core's LogEntry and Turn are what a save holds: a field added to either and not to its
// schema here would be stripped on load without a word, so `tsc` holds the two to one shape.
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
true satisfies Same<z.infer<Schemas["logEntry"]>, LogEntry>;
true satisfies Same<z.infer<Schemas["turn"]>, Turn>;

export type SaveFile = z.infer<Schemas["save"]>;
export type SaveEvent = z.infer<Schemas["event"]>;
export type SaveNote = z.infer<Schemas["note"]>;

export interface SaveContext {
  appVersion: string;
  storyName: string;
  story: CompiledStory;
  seed: number;
  premises: Readonly<Record<string, string | number | boolean>>;
  events: readonly SaveEvent[];
  /** Classroom notes; left out of the save when there are none. */
  notes?: readonly SaveNote[];
  savedAt?: string;
}

/** Builds the save for a session snapshot. */
export function createSave(snapshot: SessionSnapshot, context: SaveContext): SaveFile {
  const ending = snapshot.lastTurn?.ending?.id ?? null;
  const save: SaveFile = {
    format: "khasan-save",
    formatVersion: SAVE_FORMAT_VERSION,
    minCompatibleVersion: SAVE_MIN_COMPATIBLE_VERSION,
    appVersion: context.appVersion,
    storyName: context.storyName,
    storyHash: context.story.hash,
    storyVersion: storyVersionOf(context.story),
    seed: context.seed,
    premises: { ...context.premises },
    log: snapshot.log,
    events: [...context.events],
    ended: snapshot.lastTurn?.ended ?? false,
    ending,
    ink: snapshot.ink,
  };
  if (context.savedAt) save.savedAt = context.savedAt;
  if (context.notes && context.notes.length > 0) save.notes = [...context.notes];
  if (snapshot.date !== undefined) save.date = snapshot.date;
  if (snapshot.lastTurn) save.lastTurn = snapshot.lastTurn;
  return save;
}

export function encodeSave(save: SaveFile): string {
  return `${JSON.stringify(save, null, 2)}\n`;
}

/** Parses and checks a save; `label` names the file in error messages. */
export function decodeSave(text: string, label: string): SaveFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SaveFileError("save-corrupt", `${label} is not a readable save (broken JSON)`, {
      cause: error,
    });
  }
  checkVersion(data, label);
  schemas ??= buildSchemas();
  const result = schemas.save.safeParse(data);
  if (!result.success) {
    throw new SaveFileError("save-corrupt", `${label} is corrupt: ${firstIssue(result.error)}`);
  }
  return result.data;
}

function checkVersion(data: unknown, label: string): void {
  const head = z
    .object({
      format: z.literal("khasan-save"),
      formatVersion: z.number(),
      minCompatibleVersion: z.number(),
    })
    .safeParse(data);
  if (!head.success) {
    throw new SaveFileError("save-corrupt", `${label} is not a Khasan 1938 save file`);
  }
  const { formatVersion, minCompatibleVersion } = head.data;
  if (minCompatibleVersion > SAVE_FORMAT_VERSION) {
    throw new SaveFileError(
      "save-too-new",
      `${label} needs save format ${minCompatibleVersion} (written as format ${formatVersion}); this khasan reads up to ${SAVE_FORMAT_VERSION}: update khasan`,
    );
  }
  if (formatVersion < SAVE_OLDEST_READABLE) {
    throw new SaveFileError(
      "save-too-old",
      `${label} uses save format ${formatVersion}, older than this khasan reads (${SAVE_OLDEST_READABLE}); replay it with an older version`,
    );
  }
}

/** Refuses a save from another build of the story, naming both versions. */
export function checkSameStory(save: SaveFile, story: CompiledStory, label: string): void {
  if (save.storyHash === story.hash) return;
  throw new SaveFileError(
    "save-other-story",
    `${label} was made with story ${save.storyVersion} (build ${save.storyHash.slice(0, 8)}), ` +
      `but this is story ${storyVersionOf(story)} (build ${story.hash.slice(0, 8)}): ` +
      `add --replay to replay its ${plural(save.log.length, "choice")} on this build`,
  );
}

export function storyVersionOf(story: CompiledStory): string {
  return story.meta.version ?? "unversioned";
}
