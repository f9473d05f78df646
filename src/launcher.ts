#!/usr/bin/env node
/**
 * The installed command (dist/cli.js): runs the bundled program (dist/khasan.js, built from
 * cli.ts) from V8's code cache, as Node 22's module.enableCompileCache() would on its own.
 * On Node 20 every start compiles the 0.7 MB bundle and then each function the first prompt
 * runs (inkjs reading the story, commander, zod): about a tenth of the time to the first
 * prompt. The build writes the cache after one run to the first prompt
 * (scripts/code-cache.mjs), so it holds those functions compiled. Without a cache that matches
 * (shell/files/code-cache.ts), or when V8 refuses it (another Node), the bundle compiles as usual.
 */
import { isAscii } from "node:buffer";
import { readFileSync } from "node:fs";
import { wrap } from "node:module";
import { join } from "node:path";
import { Script } from "node:vm";
import { readCodeCache, writeCodeCache } from "./shell/files/code-cache";

const BUNDLE = join(__dirname, "khasan.js");
const CACHE = `${BUNDLE}.cache`;

const bytes = readFileSync(BUNDLE);
// esbuild writes ASCII, which decodes as Latin-1 by a copy: ~4 ms less than UTF-8 here.
const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
const script = new Script(wrap(source), {
  filename: BUNDLE,
  cachedData: readCodeCache(CACHE, bytes),
});
// scripts/code-cache.mjs names the cache here to have this run write it as it ends.
if (process.env.KHASAN_WRITE_CODE_CACHE === CACHE) {
  process.once("exit", () => writeCodeCache(CACHE, bytes, script.createCachedData()));
}
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require, bundle, BUNDLE, __dirname);
