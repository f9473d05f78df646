/**
 * The launcher's code cache (src/shell/files/code-cache.ts): what is written reads back, and a
 * cache that is damaged, made from another bundle or missing reads as none. V8 checks only the
 * source's length, so running a wrong cache is the launcher's to prevent.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeCache, writeCodeCache } from "../../../src/shell/files/code-cache";
import { makeTempDir } from "../../helpers/temp-dir";

const DIST = join(__dirname, "..", "..", "..", "dist");
const BUNDLE = Buffer.from("function add(a, b) { return a + b; }");
const CODE = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);

describe("the code cache file", () => {
  it("reads back what was written, for the same source", () => {
    const file = join(makeTempDir(), "bundle.js.cache");
    writeCodeCache(file, BUNDLE, CODE);
    expect(readCodeCache(file, BUNDLE)).toEqual(Buffer.from(CODE));
  });

  it("reads as no cache when made from another source of the same length", () => {
    const file = join(makeTempDir(), "bundle.js.cache");
    writeCodeCache(file, BUNDLE, CODE);
    expect(
      readCodeCache(file, Buffer.from(BUNDLE.toString().replace("a + b", "a - b"))),
    ).toBeUndefined();
  });

  it("reads as no cache when one byte of it is damaged, or when it is missing", () => {
    const file = join(makeTempDir(), "bundle.js.cache");
    writeCodeCache(file, BUNDLE, CODE);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    writeFileSync(file, bytes);
    expect(readCodeCache(file, BUNDLE)).toBeUndefined();
    expect(readCodeCache(`${file}.missing`, BUNDLE)).toBeUndefined();
  });

  it("is built with dist/ and accepted by this Node for the bundle beside it", () => {
    // In a plain node process, as the launcher runs: V8 refuses a cache made under other flags.
    const check = `
      const { readFileSync } = require("node:fs");
      const { Script } = require("node:vm");
      const { wrap } = require("node:module");
      const { readCodeCache } = require(${JSON.stringify(join(DIST, "shell", "files", "code-cache.js"))});
      const bundle = ${JSON.stringify(join(DIST, "khasan.js"))};
      const bytes = readFileSync(bundle);
      const cachedData = readCodeCache(bundle + ".cache", bytes);
      const script = new Script(wrap(bytes.toString()), { filename: bundle, cachedData });
      process.stdout.write(String(cachedData !== undefined && !script.cachedDataRejected));`;
    const run = spawnSync(process.execPath, ["-e", check], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("true");
  });
});
