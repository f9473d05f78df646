import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_FILE, lockSaveFolder } from "../../../src/shell/files/data-lock";
import { makeTempDir } from "../../helpers/temp-dir";

const now = () => new Date("2026-01-01T10:00:00Z");

function folder(): string {
  return makeTempDir("khasan-lock-");
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], {
    encoding: "utf8",
  });
  return Number(child.stdout.trim());
}

describe("lockSaveFolder", () => {
  it("lets one holder in and tells the next who holds it", () => {
    const dir = folder();
    const first = lockSaveFolder(dir, now);
    expect(first.kind).toBe("locked");
    const second = lockSaveFolder(dir, now);
    expect(second).toMatchObject({
      kind: "in-use",
      owner: { pid: process.pid, host: hostname(), since: "2026-01-01T10:00:00.000Z" },
    });
    if (first.kind === "locked") first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(lockSaveFolder(dir, now).kind).toBe("locked");
  });

  it("takes over a lock whose holder was killed", () => {
    const dir = folder();
    const stale = { pid: deadPid(), host: hostname(), since: "2026-01-01T09:00:00.000Z" };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
    const attempt = lockSaveFolder(dir, now);
    expect(attempt.kind).toBe("locked");
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
  });

  it("respects a lock held from another machine", () => {
    const dir = folder();
    const other = { pid: deadPid(), host: `${hostname()}-other`, since: "2026-01-01T09:00:00Z" };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(other));
    expect(lockSaveFolder(dir, now)).toMatchObject({ kind: "in-use", owner: other });
  });

  it("does not release a lock that another process took over", () => {
    const dir = folder();
    const mine = lockSaveFolder(dir, now);
    const other = { pid: process.ppid, host: hostname(), since: "2026-01-01T11:00:00.000Z" };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(other));
    if (mine.kind === "locked") mine.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });
});
