/**
 * Before a game starts, its save folder is locked, so two games never write the same autosave.
 * When another khasan holds it, the machine modes stop with one line; the interactive player
 * is told who holds it and offered a read-only look at its autosave, a new game in a separate
 * slot (a named save of its own), or to quit.
 */
import { mkdirSync } from "node:fs";
import { KhasanError } from "../../core/errors";
import { namedSlot, type SaveStore } from "../../core/play/save-store";
import { reasonOf } from "../files/atomic-write";
import { type LockAttempt, type LockOwner, lockSaveFolder } from "../files/data-lock";
import type { LineReader } from "../interactive/line-reader";
import type { Io } from "../io";
import { renderSaveLook } from "../views/save-look";
import type { PlayFormat } from "./play-start";

/** How the game goes on: in `slot` (resumed only when `resume`), or not at all. */
export type PlayLock =
  | { kind: "play"; slot: string; resume: boolean; release: () => void }
  | { kind: "exit"; code: number };

export async function lockForPlay(
  dir: string,
  context: { store: SaveStore; slot: string; resume: boolean; format: PlayFormat },
  reader: LineReader,
  io: Io,
): Promise<PlayLock> {
  const attempt = tryLock(dir, io);
  if (attempt.kind === "locked") {
    return { kind: "play", slot: context.slot, resume: context.resume, release: attempt.release };
  }
  if (context.format !== "interactive") throw inUse(dir, attempt.owner);
  const holder = describeOwner(attempt.owner);
  const write = (text: string) => io.stdout.write(text);
  write(`This game's saves are in use by ${holder}.\n`);
  write("  1. Look at its autosave (nothing is changed)\n");
  write("  2. Play a new game in a separate slot (kept as its own named save)\n  3. Quit\n");
  for (;;) {
    const input = await reader.next("> ");
    if (input.kind !== "line") {
      write("\n");
      return { kind: "exit", code: input.kind === "eof" ? 0 : 130 };
    }
    const answer = input.text.trim().toLowerCase();
    if (answer === "1" || answer === "l") {
      write(lookAt(context.store, context.slot));
      return { kind: "exit", code: 0 };
    }
    if (answer === "2" || answer === "s") {
      const name = separateSlotName(io.now());
      write(`This game is saved as "${name}" (khasan play --load ${name}).\n\n`);
      return { kind: "play", slot: namedSlot(name), resume: false, release: () => {} };
    }
    if (answer === "3" || answer === "q") return { kind: "exit", code: 0 };
    write("Type 1, 2 or 3.\n");
  }
}

/** Locks `dir` or stops with one line naming who holds it; returns the release. */
export function lockOrRefuse(dir: string, io: Io): () => void {
  const attempt = tryLock(dir, io);
  if (attempt.kind === "in-use") throw inUse(dir, attempt.owner);
  return attempt.release;
}

function tryLock(dir: string, io: Io): LockAttempt {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new KhasanError("io", `cannot use the save folder ${dir}: ${reasonOf(error)}`, {
      cause: error,
    });
  }
  return lockSaveFolder(dir, io.now);
}

function inUse(dir: string, owner: LockOwner | undefined): KhasanError {
  return new KhasanError(
    "in-use",
    `the saves in ${dir} are in use by ${describeOwner(owner)}: wait until it ends, or give another --data-dir`,
  );
}

function describeOwner(owner: LockOwner | undefined): string {
  if (!owner) return "another khasan";
  const since = owner.since.slice(0, 16).replace("T", " ");
  return `another khasan (process ${owner.pid} on ${owner.host}, since ${since} UTC)`;
}

function lookAt(store: SaveStore, slot: string): string {
  if (!store.has(slot)) return "It has no autosave yet.\n";
  try {
    return renderSaveLook(store.read(slot));
  } catch (error) {
    if (error instanceof KhasanError) return `${error.message}\n`;
    throw error;
  }
}

/** Unique among running games: the time to the second and this process's id. */
function separateSlotName(now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return `separate-${stamp}-${process.pid}`;
}
