import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { KhasanError } from "../../../src/core/errors";
import { writeFileAtomic } from "../../../src/shell/files/atomic-write";
import { makeTempDir } from "../../helpers/temp-dir";

const DIST_WRITER = resolve(
  __dirname,
  "..",
  "..",
  "..",
  "dist",
  "shell",
  "files",
  "atomic-write.js",
);

describe("writeFileAtomic", () => {
  it("writes the whole text and leaves no temporary file", () => {
    const dir = makeTempDir("khasan-aw-");
    const path = join(dir, "a.json");
    writeFileAtomic(path, "é".repeat(10_000));
    expect(readFileSync(path, "utf8")).toBe("é".repeat(10_000));
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });

  it("leaves the old file whole and says so when the write is cut short by a size limit", () => {
    const dir = makeTempDir("khasan-aw-");
    const path = join(dir, "save.json");
    writeFileSync(path, "old save");
    const script = `
      try { require(${JSON.stringify(DIST_WRITER)}).writeFileAtomic(${JSON.stringify(path)}, "x".repeat(20000)); console.log("written"); }
      catch (e) { console.log(e.code + ": " + e.message); }`;
    const run = spawnSync("prlimit", ["--fsize=4000", process.execPath, "-e", script], {
      encoding: "utf8",
    });
    expect(run.stdout).toMatch(/^io: cannot write .*save\.json: .*; it was not changed\n$/);
    expect(readFileSync(path, "utf8")).toBe("old save");
    expect(readdirSync(dir)).toEqual(["save.json"]);
  });

  it("turns a failed rename into one KhasanError and removes its temporary file", () => {
    const dir = makeTempDir("khasan-aw-");
    const path = join(dir, "taken");
    mkdirSync(join(path, "inside"), { recursive: true });
    let caught: unknown;
    try {
      writeFileAtomic(path, "text");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KhasanError);
    expect((caught as KhasanError).code).toBe("io");
    expect(readdirSync(dir)).toEqual(["taken"]);
  });
});
