/**
 * A game in progress: the session plus what saving it needs (store, slot, events, clock).
 * Undo, restart and load all go through here so that each is logged and autosaved the same way.
 */
import { replayLog } from "../../core/save/replay";
import {
  createSave,
  type SaveEvent,
  type SaveFile,
  type SaveNote,
} from "../../core/save/save-file";
import { type TrackedVariable, trackedVariables } from "../../core/state/tracked";
import type { Session } from "../../core/story/session";
import type { Turn } from "../../core/story/turn";
import type { SaveStore } from "../files/save-store";
import type { LoadedStory } from "../files/story-files";

export interface GameContext {
  loaded: LoadedStory;
  store: SaveStore;
  /** The slot autosaved after every choice. */
  autosaveSlot: string;
  appVersion: string;
  now: () => Date;
}

export class Game {
  session: Session;
  readonly context: GameContext;
  events: SaveEvent[];
  /** Classroom notes (votes, the facilitator's notes), kept in the save. */
  notes: SaveNote[] = [];

  /** `from`: the save the game was resumed from, whose events and notes carry on. */
  constructor(session: Session, context: GameContext, from?: Pick<SaveFile, "events" | "notes">) {
    this.session = session;
    this.context = context;
    this.events = [...(from?.events ?? [])];
    this.notes = [...(from?.notes ?? [])];
  }

  toSave(): SaveFile {
    const { loaded, appVersion, now } = this.context;
    return createSave(this.session.snapshot(), {
      appVersion,
      storyName: loaded.name,
      story: loaded.story,
      seed: this.session.seed,
      premises: this.session.premises,
      events: this.events,
      notes: this.notes,
      savedAt: now().toISOString(),
    });
  }

  save(slot: string): void {
    this.context.store.write(slot, this.toSave());
  }

  autosave(): void {
    this.save(this.context.autosaveSlot);
  }

  /** Takes a choice; `votes` (counts per option) are kept in the log when the class voted. */
  choose(index: number, votes?: readonly number[]): Turn {
    const entry = this.session.choose(index);
    if (votes) entry.votes = [...votes];
    const turn = this.session.continue();
    this.autosave();
    return turn;
  }

  /** Takes back the last `steps` choices by replaying the rest (same seed, same story). */
  undo(steps: number): Turn {
    const log = this.session.choices();
    const kept = log.slice(0, Math.max(0, log.length - steps));
    const { turn } = replayLog(this.session, kept);
    this.events.push({ kind: "undo", step: kept.length, detail: `${log.length - kept.length}` });
    this.autosave();
    return turn;
  }

  restart(): Turn {
    this.session.restart();
    this.events.push({ kind: "restart", step: 0 });
    const turn = this.session.continue();
    this.autosave();
    return turn;
  }

  /** Switches to a resumed session (a loaded save). */
  replace(session: Session, from: Pick<SaveFile, "events" | "notes">, detail: string): void {
    this.session = session;
    this.events = [...from.events, { kind: "load", step: session.choices().length, detail }];
    this.notes = [...(from.notes ?? [])];
    this.autosave();
  }

  tracked(): TrackedVariable[] {
    return trackedVariables(this.session.variables(), this.context.loaded.meta);
  }
}
