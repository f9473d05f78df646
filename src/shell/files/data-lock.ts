/**
 * One game at a time on a story's save folder: a lock file created exclusively (O_EXCL) holds
 * its owner's pid, host and start time. A lock whose owner no longer runs on this machine is
 * stale (the owner was killed) and is taken over; a lock of another host is respected. Taking
 * over is itself done under a short exclusive file, so two players that find the same stale
 * lock cannot both take it.
 */
import { closeSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { KhasanError } from "../../core/errors";
import { reasonOf } from "./atomic-write";
import { isProcessAlive } from "./process-alive";
import { readLimitedText } from "./read-limited";

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
}

export type LockAttempt =
  | { kind: "locked"; path: string; release: () => void }
  | { kind: "in-use"; path: string; owner: LockOwner | undefined };

export const LOCK_FILE = ".lock";
/** A lock file that stays unreadable this long was left by a writer killed while writing it. */
const UNREADABLE_GRACE_MS = 10_000;

/** Tries to lock `dir` (which must exist) for this process. */
export function lockSaveFolder(dir: string, now: () => Date): LockAttempt {
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: now().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createExclusive(path, `${JSON.stringify(me)}\n`)) {
      return { kind: "locked", path, release: () => releaseIfMine(path, me) };
    }
    const owner = readOwner(path);
    if (!isStale(path, owner, now)) return { kind: "in-use", path, owner };
    breakStaleLock(path, owner, now);
  }
  return { kind: "in-use", path, owner: readOwner(path) };
}

function createExclusive(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new KhasanError("io", `cannot lock ${path}: ${reasonOf(error)}`, { cause: error });
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const data: unknown = JSON.parse(readLimitedText(path, "lock", "data", "io"));
    if (typeof data !== "object" || data === null) return undefined;
    const { pid, host, since } = data as Record<string, unknown>;
    if (typeof pid !== "number" || typeof host !== "string" || typeof since !== "string") {
      return undefined;
    }
    return { pid, host, since };
  } catch {
    return undefined;
  }
}

function isStale(path: string, owner: LockOwner | undefined, now: () => Date): boolean {
  if (owner) return owner.host === hostname() && !isProcessAlive(owner.pid);
  return ageOf(path, now) > UNREADABLE_GRACE_MS;
}

function ageOf(path: string, now: () => Date): number {
  try {
    return now().getTime() - statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Removes the stale lock, if it is still the same one, under a short exclusive guard. */
function breakStaleLock(path: string, seen: LockOwner | undefined, now: () => Date): void {
  const guard = `${path}.break`;
  if (!createExclusive(guard, `${process.pid}\n`)) {
    if (ageOf(guard, now) > UNREADABLE_GRACE_MS) rmSync(guard, { force: true });
    return;
  }
  try {
    const current = readOwner(path);
    const same = JSON.stringify(current) === JSON.stringify(seen);
    if (same && isStale(path, current, now)) rmSync(path, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

function releaseIfMine(path: string, me: LockOwner): void {
  const owner = readOwner(path);
  if (owner && owner.pid === me.pid && owner.since === me.since) rmSync(path, { force: true });
}
