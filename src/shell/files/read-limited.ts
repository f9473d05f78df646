/**
 * Every file khasan reads goes through here: it must be a regular file (a FIFO, a device such
 * as /dev/zero or a folder is refused before a byte is read; the file is opened non-blocking
 * so a FIFO cannot hang the open) and no larger than a stated limit, checked before reading
 * and again while reading, so a file that grows or lies about its size is cut off too.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { type ErrorCode, KhasanError } from "../../core/errors";
import { reasonOf } from "./atomic-write";

const MB = 1024 * 1024;

/** The largest file of each kind khasan reads (README, "Limits"). */
export const FILE_LIMITS = {
  /** A save or run record. */
  save: 16 * MB,
  /** One .ink source file (the story or one of its INCLUDEs). */
  inkSource: 4 * MB,
  /** A compiled story (.json). */
  compiledStory: 32 * MB,
  /** variables.json, record.json, roles.json, classroom.json. */
  data: 8 * MB,
  /** A browser bundle built into dist/web (the solo page, the lesson pages, their styles). */
  clientFile: 16 * MB,
} as const;

export type FileKind = keyof typeof FILE_LIMITS;

/** The limit as people read it: "16 MB". */
export function describeLimit(kind: FileKind): string {
  return `${FILE_LIMITS[kind] / MB} MB`;
}

/** Thrown when the file is not there (callers that allow a missing file test `missing`). */
export class FileReadError extends KhasanError {
  readonly missing: boolean;

  constructor(code: ErrorCode, message: string, missing: boolean, cause?: unknown) {
    super(code, message, { cause });
    this.missing = missing;
  }
}

/**
 * Reads `path` as UTF-8 text. `what` names it in messages ("save", "story file"); `code` is
 * the error code of a failure.
 */
export function readLimitedText(
  path: string,
  what: string,
  kind: FileKind,
  code: ErrorCode,
): string {
  const limit = FILE_LIMITS[kind];
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    const reason = missing ? "not found" : reasonOf(error);
    throw new FileReadError(code, `${what} ${path}: ${reason}`, missing, error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kindOf = stat.isDirectory() ? "a folder" : "not a regular file";
      throw new FileReadError(code, `${what} ${path} is ${kindOf}: give a file`, false);
    }
    if (stat.size > limit) throw tooLarge(path, what, kind, code);
    return readUpTo(fd, limit, () => tooLarge(path, what, kind, code)).toString("utf8");
  } catch (error) {
    if (error instanceof KhasanError) throw error;
    throw new FileReadError(code, `${what} ${path}: ${reasonOf(error)}`, false, error);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(path: string, what: string, kind: FileKind, code: ErrorCode): KhasanError {
  return new FileReadError(
    code,
    `${what} ${path} is larger than the ${describeLimit(kind)} khasan reads`,
    false,
  );
}

/** Reads to the end, failing as soon as more than `limit` bytes came. */
function readUpTo(fd: number, limit: number, fail: () => Error): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > limit) throw fail();
  }
  return Buffer.concat(chunks, total);
}
