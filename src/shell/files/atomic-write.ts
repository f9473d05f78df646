/**
 * Writes a file so that a reader never sees half of it: write a temporary file beside the
 * target, check that every byte reached it (a full disk or a file-size limit gives short
 * writes), flush it, check its size, then rename it over the target (atomic on one file
 * system). On any failure the target is left as it was and the temporary file is removed.
 */
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  type Stats,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { KhasanError } from "../../core/errors";

/** Temporary files are `.<target>.<pid>.<random>.tmp`, so an orphan names its writer. */
export const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Writes `content` (text as UTF-8, or bytes as they are) to `path`, all or nothing. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    makeFolder(dirname(path));
    refuseSpecialFile(path);
    const fd = openSync(temp, "wx");
    try {
      writeAll(fd, data);
      fsyncSync(fd);
      const size = fstatSync(fd).size;
      if (size !== data.length) throw shortWrite(size, data.length);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw new KhasanError("io", `cannot write ${path}: ${reasonOf(error)}; it was not changed`, {
      cause: error,
    });
  }
}

/**
 * A device, a FIFO or a folder at the target is never replaced by a file (the rename would
 * swap out /dev/full itself when run as root); a symbolic link is replaced, not followed.
 */
function refuseSpecialFile(path: string): void {
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (stat.isFile() || stat.isSymbolicLink()) return;
  const error: NodeJS.ErrnoException = new Error("not a regular file");
  error.code = stat.isDirectory() ? "EISDIR" : "ENOTREG";
  throw error;
}

/** The target's folder; a file where a folder should be is "not a folder", not EEXIST. */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") (error as NodeJS.ErrnoException).code = "ENOTDIR";
    throw error;
  }
}

/** Removes the temporary file if there is one; a failure to remove it changes nothing. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The folder itself is unusable (not a folder, no permission): no temporary file exists.
  }
}

/** writeSync may write fewer bytes than asked (a full disk): go on until all are written. */
function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) {
    const written = writeSync(fd, data, offset, data.length - offset);
    if (written <= 0) throw shortWrite(offset, data.length);
    offset += written;
  }
}

function shortWrite(written: number, wanted: number): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`only ${written} of ${wanted} bytes written`);
  error.code = "ENOSPC";
  return error;
}

/** A file system error as the user can act on it. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return "the disk is full";
    case "EFBIG":
      return "the file would be larger than allowed here (file-size limit)";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOENT":
      return "the folder does not exist";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EISDIR":
      return "it is a folder";
    case "ENXIO":
      return "it is a pipe that nothing reads";
    case "ENOTREG":
      return "it is a device or a pipe, not a regular file";
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
