/**
 * A game in progress: the session plus what saving it needs (a store, the autosave slot, the
 * events, a clock), and the rules of play around the story: every choice, undo, restart and
 * load is logged and autosaved the same way, undo never goes back past the first choice, a load
 * takes the same build only (kept-saves.ts keeps a game before something replaces it). The
 * terminal player and the classroom are views of it; it touches no disk itself.
 */

import { replayLog } from "../save/replay";
import { resumeSession } from "../save/resume";
import { createSave, type SaveEvent, type SaveFile, type SaveNote } from "../save/save-file";
import { type TrackedVariable, trackedVariables } from "../state/tracked";
import type { VariablesMeta } from "../state/variables-meta";
import type { CompiledStory } from "../story/load-story";
import type { Session } from "../story/session";
import type { Turn } from "../story/turn";
import { namedSlot, type SaveStore } from "./save-store";

/** The story a game plays: the compiled story, its variables.json and its short name. */
export interface PlayedStory {
  story: CompiledStory;
  meta: VariablesMeta;
  /** Short name, recorded in saves. */
  name: string;
}

export interface GameContext<S extends PlayedStory = PlayedStory> {
  loaded: S;
  store: SaveStore;
  /** The slot autosaved after every choice. */
  autosaveSlot: string;
  appVersion: string;
  /** The clock, for the time a save was made. */
  now: () => Date;
}

export class Game<S extends PlayedStory = PlayedStory> {
  session: Session;
  readonly context: GameContext<S>;
  events: SaveEvent[];
  /** Classroom notes (votes, the facilitator's notes), kept in the save. */
  notes: SaveNote[] = [];

  /** `from`: the save the game was resumed from, whose events and notes carry on. */
  constructor(
    session: Session,
    context: GameContext<S>,
    from?: Pick<SaveFile, "events" | "notes">,
  ) {
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

  /** Takes back the last `steps` choices (at most all) by replaying the rest (same seed, story). */
  undo(steps: number): Turn {
    const log = this.session.choices();
    const kept = log.slice(0, Math.max(0, log.length - steps));
    const { turn } = replayLog(this.session, kept);
    this.events.push({ kind: "undo", step: kept.length, detail: `${log.length - kept.length}` });
    this.autosave();
    return turn;
  }

  /** Back to the first line with the same seed. */
  restart(): Turn {
    this.session.restart();
    this.events.push({ kind: "restart", step: 0 });
    const turn = this.session.continue();
    this.autosave();
    return turn;
  }

  /** Loads a named save of this same story build; the game is untouched on any failure. */
  load(name: string): Turn {
    const { store, loaded } = this.context;
    const slot = namedSlot(name);
    const save = store.read(slot);
    const resumed = resumeSession(loaded.story, save, {
      replay: false,
      label: store.pathOf(slot),
      meta: loaded.meta,
    });
    this.replace(resumed.session, save, name);
    return resumed.turn;
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
