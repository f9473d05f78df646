/**
 * Before a new interactive game, a loaded save or a new lesson takes the autosave's place, an
 * existing autosave is offered, never silently overwritten: the player resumes it, or it is
 * kept as a named save (under a fresh name) before the new game starts.
 */
import { KhasanError } from "../../core/errors";
import { keepSlot, timeStamp } from "../../core/play/kept-saves";
import type { SaveStore } from "../../core/play/save-store";
import type { SaveFile } from "../../core/save/save-file";
import { plural } from "../../core/words";
import { formatDate } from "../views/player-view";
import { terminalText } from "../views/safe-text";
import type { LineReader } from "./line-reader";

export type OfferAnswer =
  | { kind: "resume"; save: SaveFile; replay: boolean }
  | { kind: "new" }
  | { kind: "quit"; code: number };

export interface OfferContext {
  store: SaveStore;
  slot: string;
  storyHash: string;
  storyVersion: string;
  reader: LineReader;
  write: (text: string) => void;
  now: () => Date;
  /** "game" (default) or "lesson". */
  noun?: string;
  /** Option 2, what replaces the autosave: "Start a new game" by default. */
  instead?: string;
  /** Said of option 1 when the command asked for something it will not use (--seed, --set). */
  resumeNote?: string;
}

export async function offerAutosave(context: OfferContext): Promise<OfferAnswer> {
  const { store, slot, write } = context;
  if (!store.has(slot)) return { kind: "new" };
  let save: SaveFile;
  try {
    save = store.read(slot);
  } catch (error) {
    if (!(error instanceof KhasanError)) throw error;
    write(`${error.message}\n${keepAside(context)}\n\n`);
    return { kind: "new" };
  }
  const noun = context.noun ?? "game";
  if (save.ended) {
    write(`Your last ${noun} had ended. ${keepAside(context)}\n\n`);
    return { kind: "new" };
  }
  const sameBuild = save.storyHash === context.storyHash;
  write(`${terminalText(describe(save, sameBuild, context.storyVersion, noun))}\n`);
  const note = context.resumeNote ? ` (${context.resumeNote})` : "";
  write(`  1. ${sameBuild ? "Resume it" : "Replay its choices on this version"}${note}\n`);
  const instead = context.instead ?? `Start a new ${noun}`;
  write(`  2. ${instead} (the old one is kept as a named save)\n  3. Quit\n`);
  for (;;) {
    const input = await context.reader.next("> ");
    if (input.kind !== "line") {
      write("\n");
      return { kind: "quit", code: input.kind === "eof" ? 0 : 130 };
    }
    const answer = input.text.trim().toLowerCase();
    if (answer === "1" || answer === "r") return { kind: "resume", save, replay: !sameBuild };
    if (answer === "2" || answer === "n") {
      write(`${keepAside(context)}\n\n`);
      return { kind: "new" };
    }
    if (answer === "3" || answer === "q") return { kind: "quit", code: 0 };
    write("Type 1, 2 or 3.\n");
  }
}

function describe(save: SaveFile, sameBuild: boolean, storyVersion: string, noun: string): string {
  const when = save.savedAt ? ` on ${save.savedAt.slice(0, 16).replace("T", " ")} UTC` : "";
  const where = save.date ? `, at ${formatDate(save.date)}` : "";
  const head = `You have an unfinished ${noun}, saved${when} after ${plural(save.log.length, "choice")}${where}.`;
  if (sameBuild) return head;
  return `${head}\nIt was made with story ${save.storyVersion}; this is story ${storyVersion}.`;
}

/** Moves the autosave to a dated named save no other save has, and says where. */
export function keepAside(context: Pick<OfferContext, "store" | "slot" | "now">): string {
  const name = keepSlot(context.store, context.slot, `autosave-${timeStamp(context.now())}`);
  return `The old autosave is kept as save "${name}" (load ${name}).`;
}
