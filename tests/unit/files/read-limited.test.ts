import { spawnSync } from "node:child_process";
import {
  closeSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInkSources } from "../../../src/shell/files/classroom-file";
import { FILE_LIMITS, readLimitedText } from "../../../src/shell/files/read-limited";
import { readSaveFile } from "../../../src/shell/files/save-store";
import { makeTempDir } from "../../helpers/temp-dir";

function folder(): string {
  return makeTempDir("khasan-read-");
}

describe("readLimitedText", () => {
  it("refuses a FIFO before reading from it, instead of waiting forever", () => {
    const fifo = join(folder(), "save.json");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(() => readSaveFile(fifo)).toThrow(/save\.json is not a regular file: give a file/);
  });

  it("refuses a device such as /dev/zero and a folder", () => {
    expect(() => readLimitedText("/dev/zero", "save", "save", "save-corrupt")).toThrow(
      "save /dev/zero is not a regular file: give a file",
    );
    const dir = folder();
    expect(() => readLimitedText(dir, "story file", "inkSource", "story-load")).toThrow(
      `story file ${dir} is a folder: give a file`,
    );
  });

  it("refuses a file over its kind's limit without reading it", () => {
    const path = join(folder(), "big.json");
    const fd = openSync(path, "w");
    ftruncateSync(fd, FILE_LIMITS.save + 1); // sparse: nothing is written
    closeSync(fd);
    expect(() => readSaveFile(path)).toThrow(
      expect.objectContaining({
        code: "save-corrupt",
        message: `save ${path} is larger than the 16 MB khasan reads`,
      }),
    );
  });

  it("reads a regular file and says when one is missing", () => {
    const path = join(folder(), "a.ink");
    writeFileSync(path, "Hello ✓");
    expect(readLimitedText(path, "story file", "inkSource", "story-load")).toBe("Hello ✓");
    expect(() => readLimitedText(`${path}x`, "story file", "inkSource", "story-load")).toThrow(
      `story file ${path}x: not found`,
    );
  });
});

/**
 * Files that read no user's file: the reader itself, and the launcher with its code cache, which
 * read only the program's own build (dist/khasan.js and its cache) before anything else runs.
 */
const OWN_BUILD_READERS = [
  "shell/files/read-limited.ts",
  "launcher.ts",
  "shell/files/code-cache.ts",
];

describe("every file read", () => {
  it("goes through readLimitedText: no other read of a whole file anywhere in src", () => {
    const src = join(__dirname, "..", "..", "..", "src");
    const reads = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".ts") && !OWN_BUILD_READERS.includes(name))
      .flatMap((name) =>
        readFileSync(join(src, name), "utf8")
          .split("\n")
          .filter((line) => /\b(readFileSync|readFile|createReadStream)\b/.test(line))
          .map((line) => `${name}: ${line.trim()}`),
      );
    expect(reads).toEqual([]);
  });

  it("of an INCLUDE for the classroom check stays inside the story's folder", () => {
    const outside = folder();
    writeFileSync(join(outside, "secret.ink"), "SECRET");
    const dir = folder();
    writeFileSync(join(dir, "story.ink"), `INCLUDE ../${basename(outside)}/secret.ink\nHi.\n`);
    expect(() => readInkSources(join(dir, "story.ink"))).toThrow(/outside the story's folder/);
  });
});
