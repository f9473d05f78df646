/**
 * Where saves live on disk: one folder per story under the data directory, `autosave.json` (and
 * the machine modes' own slots) beside `saves/<name>.json`. Every write is atomic, so an
 * interrupted write never leaves a broken save behind, and a kept save never takes the name of
 * another. The SaveStore interface and the slot names are the core's (core/play/save-store.ts).
 */
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { SaveFileError } from "../../core/errors";
import { namedSlot, type SaveStore } from "../../core/play/save-store";
import { decodeSave, encodeSave, type SaveFile } from "../../core/save/save-file";
import { writeFileAtomic } from "./atomic-write";
import { keepUnderNewName } from "./keep-file";
import { removeOrphanTempFiles } from "./orphan-temp";
import { FileReadError, readLimitedText } from "./read-limited";

/** A store on `storyDir`; temporary files left there by killed writers are removed first. */
export function createFileSaveStore(storyDir: string): SaveStore {
  removeOrphanTempFiles([storyDir, join(storyDir, "saves")]);
  const pathOf = (slot: string) => join(storyDir, `${slot}.json`);
  return {
    pathOf,
    has: (slot) => existsSync(pathOf(slot)),
    read(slot) {
      return readSave(pathOf(slot), "no save at");
    },
    write: (slot, save) => writeFileAtomic(pathOf(slot), encodeSave(save)),
    keep(from, base) {
      namedSlot(base);
      return keepUnderNewName(pathOf(from), join(storyDir, "saves"), base);
    },
    keepNew(save, base) {
      namedSlot(base);
      const saves = join(storyDir, "saves");
      // Written whole beside the saves first (a temporary name), then claimed like `keep`.
      const pending = join(
        saves,
        `.${base}.json.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
      );
      writeFileAtomic(pending, encodeSave(save));
      try {
        return keepUnderNewName(pending, saves, base);
      } finally {
        rmSync(pending, { force: true });
      }
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
  return readSave(path, "no save file at");
}

/** Reads and decodes a save: a regular file within the size limit (read-limited.ts). */
function readSave(path: string, missing: string): SaveFile {
  let text: string;
  try {
    text = readLimitedText(path, "save", "save", "save-corrupt");
  } catch (error) {
    if (error instanceof FileReadError && error.missing) {
      throw new SaveFileError("save-missing", `${missing} ${path}`, { cause: error });
    }
    throw error;
  }
  return decodeSave(text, path);
}

/** A save named on the command line: a path (with / or ending .json), else a named save. */
export function readSaveArgument(value: string, store: SaveStore, cwd: string): SaveFile {
  if (value.includes("/") || value.endsWith(".json")) return readSaveFile(resolve(cwd, value));
  return store.read(namedSlot(value));
}
