/**
 * Keeps a file under a new, unused name without ever overwriting another: the new name is
 * claimed atomically (a hard link, which fails if the name exists; or, where links are not
 * allowed, an exclusive create, O_EXCL), and a taken name gets a numbered suffix instead.
 * Two processes keeping at the same second get two names; no file is lost.
 */
import { constants, copyFileSync, linkSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { KhasanError } from "../../core/errors";
import { reasonOf } from "./atomic-write";

const MAX_TRIES = 1000;

/**
 * Moves `from` to `<dir>/<base>.json` (or `<base>-2.json`, `-3`…: the first free one) and
 * returns the name used (without `.json`). A `from` that another process moved away
 * meanwhile is a `save-missing` error; the other process kept it.
 */
export function keepUnderNewName(from: string, dir: string, base: string): string {
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= MAX_TRIES; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    const to = join(dir, `${name}.json`);
    if (!claim(from, to)) continue;
    rmSync(from, { force: true });
    return name;
  }
  throw new KhasanError("io", `cannot keep ${from}: ${MAX_TRIES} saves named ${base} already`);
}

/** Puts `from` at `to` unless `to` exists; false when it does. */
function claim(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code === "ENOENT") {
      throw new KhasanError("save-missing", `${from} was moved away by another khasan`, {
        cause: error,
      });
    }
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "EMLINK") {
      throw new KhasanError("io", `cannot keep ${from} as ${to}: ${reasonOf(error)}`, {
        cause: error,
      });
    }
  }
  return copyExclusive(from, to);
}

/** No hard links here (some network and FAT file systems): an exclusive copy instead. */
function copyExclusive(from: string, to: string): boolean {
  try {
    copyFileSync(from, to, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    rmSync(to, { force: true });
    throw new KhasanError("io", `cannot keep ${from} as ${to}: ${reasonOf(error)}`, {
      cause: error,
    });
  }
}
