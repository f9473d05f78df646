/**
 * What the game needs from wherever saves are kept: slots by name, read and written whole. The
 * disk store is shell/files/save-store.ts; tests and the browser pass others. Autosave slots are
 * plain names (`autosave`, `autosave-plain`); named saves are `saves/<name>`.
 */
import { UsageError } from "../errors";
import type { SaveFile } from "../save/save-file";

export interface SaveStore {
  /** Where a slot is kept, for messages (a file path for the disk store). */
  pathOf(slot: string): string;
  has(slot: string): boolean;
  /** Reads and decodes a slot; a missing or damaged one is a SaveFileError. */
  read(slot: string): SaveFile;
  write(slot: string, save: SaveFile): void;
  /**
   * Moves a slot (even an unreadable one) to a new named save, `base` or, when that name is
   * taken, `base-2`, `base-3`…; never over another save. Returns the name used.
   */
  keep(from: string, base: string): string;
  /** Writes `save` as a new named save, named like `keep`; never over another. */
  keepNew(save: SaveFile, base: string): string;
  /** Named saves, newest first. */
  list(): string[];
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/;

/** The slot of a named save; a name that is not one is a UsageError quoting it. */
export function namedSlot(name: string): string {
  if (!NAME.test(name) || name.endsWith(".json")) {
    throw new UsageError(
      `"${name}" is not a save name: use letters, digits, - _ . (up to 60, no .json)`,
    );
  }
  return `saves/${name}`;
}
