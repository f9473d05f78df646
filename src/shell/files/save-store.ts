/**
 * Where saves live on disk: one folder per story under the data directory, `autosave.json` (and
 * the machine modes' own slots) beside `saves/<name>.json`. Every write is atomic, so an
 * interrupted write never leaves a broken save behind. The SaveStore interface and the slot
 * names are the core's (core/play/save-store.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { SaveFileError } from "../../core/errors";
import { namedSlot, type SaveStore } from "../../core/play/save-store";
import { decodeSave, encodeSave, type SaveFile } from "../../core/save/save-file";
import { writeFileAtomic } from "./atomic-write";

export function createFileSaveStore(storyDir: string): SaveStore {
  const pathOf = (slot: string) => join(storyDir, `${slot}.json`);
  return {
    pathOf,
    has: (slot) => existsSync(pathOf(slot)),
    read(slot) {
      const path = pathOf(slot);
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch (error) {
        throw new SaveFileError("save-missing", `no save at ${path}`, { cause: error });
      }
      return decodeSave(text, path);
    },
    write: (slot, save) => writeFileAtomic(pathOf(slot), encodeSave(save)),
    rename(from, to) {
      mkdirSync(dirname(pathOf(to)), { recursive: true });
      renameSync(pathOf(from), pathOf(to));
    },
    list() {
      const dir = join(storyDir, "saves");
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((file) => file.endsWith(".json"))
        .map((file) => ({ name: file.slice(0, -5), time: statSync(join(dir, file)).mtimeMs }))
        .sort((a, b) => b.time - a.time)
        .map((entry) => entry.name);
    },
  };
}

/** Reads a save given as a file path (for `compare`, `debrief`, `--load FILE`). */
export function readSaveFile(path: string): SaveFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new SaveFileError("save-missing", `no save file at ${path}`, { cause: error });
  }
  return decodeSave(text, path);
}

/** A save named on the command line: a path (with / or ending .json), else a named save. */
export function readSaveArgument(value: string, store: SaveStore, cwd: string): SaveFile {
  if (value.includes("/") || value.endsWith(".json")) return readSaveFile(resolve(cwd, value));
  return store.read(namedSlot(value));
}
