/**
 * How an unfinished game is kept before something replaces it (a new game, `--load`, `load`,
 * `restart`, a new lesson): as a named save under a name no save has yet, so that no game is
 * ever overwritten, whichever command runs and however often. The name carries what replaced
 * the game and when (`before-restart-20381201-120000`), with `-2`, `-3`… when that is taken.
 */
import type { SaveFile } from "../save/save-file";
import { namedSlot, type SaveStore } from "./save-store";

/** `2026-12-01T22:05:09.123Z` → `20261201-220509`. */
export function timeStamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
}

/**
 * A save name starting with `base` that no save in `store` has yet: `base`, else `base-2`, …
 * For a message only: the store claims the name itself when it keeps a save (keep, keepNew),
 * so two processes keeping at once still get two names.
 */
export function freshSaveName(store: SaveStore, base: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!store.has(namedSlot(name))) return name;
  }
}

/** Moves a slot's file (an autosave) to a fresh named save; returns the name. */
export function keepSlot(store: SaveStore, slot: string, base: string): string {
  return store.keep(slot, base);
}

/** Writes `save` as a fresh named save; returns the name. */
export function keepSave(store: SaveStore, save: SaveFile, base: string): string {
  return store.keepNew(save, base);
}
