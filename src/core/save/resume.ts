/**
 * Turns a save back into a running session: restored exactly when it was made by this story
 * build, replayed choice by choice from its log when asked to (`--replay`), refused otherwise.
 * Either way the save is checked against the story first (check-save.ts): premises within
 * their values, and, for this build, every logged choice one the story offered.
 */

import type { VariablesMeta } from "../state/variables-meta";
import type { CompiledStory } from "../story/load-story";
import { Session } from "../story/session";
import type { Turn } from "../story/turn";
import { checkSaveLog, checkSavePremises } from "./check-save";
import { replayLog } from "./replay";
import { checkSameStory, type SaveFile } from "./save-file";

export interface Resumed {
  session: Session;
  turn: Turn;
  /** Set when the save was replayed onto another build. */
  replay?: { replayed: number; total: number; stoppedAtText?: string };
}

export function resumeSession(
  story: CompiledStory,
  save: SaveFile,
  options: { replay: boolean; label: string; meta: VariablesMeta },
): Resumed {
  // The metadata is required: a caller that left it out would resume unchecked premises.
  checkSavePremises(save, options.meta, options.label);
  const session = new Session(story, { seed: save.seed, premises: save.premises });
  if (save.storyHash === story.hash) {
    const snapshot = { ink: save.ink, log: save.log, ...(save.date ? { date: save.date } : {}) };
    session.restore(save.lastTurn ? { ...snapshot, lastTurn: save.lastTurn } : snapshot);
    checkSaveLog(story, save, session, options.label);
    return { session, turn: save.lastTurn ?? session.continue() };
  }
  if (!options.replay) checkSameStory(save, story, options.label);
  const result = replayLog(session, save.log);
  const replay: NonNullable<Resumed["replay"]> = {
    replayed: result.replayed,
    total: save.log.length,
  };
  if (result.stoppedAt) replay.stoppedAtText = result.stoppedAt.text;
  return { session, turn: result.turn, replay };
}
