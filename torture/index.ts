/**
 * `npm run torture`: the reliability suite. Not timed tests, a script: it throws thousands of
 * input sequences, kills, concurrent players, a full disk, hostile stories and bad files at
 * the built CLI and prints the figures. Every figure but the counts should be 0; the failures
 * are listed after them. TORTURE_SCALE=0.1 runs a tenth of it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { badSaveCases } from "./bad-saves";
import { emptySaves, runConcurrent, runFullDisk } from "./concurrent";
import { emptyFuzz, fuzzInProcess, fuzzOnPty } from "./fuzz";
import { runHostile } from "./hostile";
import { runKills } from "./kills";
import { CLI, ROOT } from "./spawn-cli";

const scale = Number(process.env.TORTURE_SCALE ?? "1");
const n = (count: number) => Math.max(1, Math.round(count * scale));

async function main(): Promise<void> {
  const started = Date.now();
  // The mini campaign, compiled once: every process then starts without compiling.
  const story = join(mkdtempSync(join(tmpdir(), "khasan-torture-")), "khasan-mini.json");
  execFileSync(process.execPath, [
    CLI,
    "compile",
    join(ROOT, "tests/fixtures/campaign-mini/khasan-mini.ink"),
    "-o",
    story,
  ]);
  // Each stage's time goes to stderr as it ends, to tell how long a larger scale would take.
  const stage = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const from = Date.now();
    const result = await run();
    process.stderr.write(`stage ${name}: ${Math.round((Date.now() - from) / 1000)} s\n`);
    return result;
  };
  const fuzz = emptyFuzz();
  await stage("fuzz in process", () => fuzzInProcess(story, n(1900), 2, fuzz));
  await stage("fuzz on a pseudo-terminal", () => fuzzOnPty(story, n(100), fuzz));
  const kills = await stage("kills", () => runKills(story, n(100)));
  const together = emptySaves();
  await stage("concurrent", () => runConcurrent(story, n(10), 8, together));
  const full = emptySaves();
  await stage("full disk", () => runFullDisk(story, full));
  const hostile = await stage("hostile", () => runHostile(badSaveCases(story)));
  const rows: [string, number][] = [
    ["prompt sequences", fuzz.sequences],
    ["  of them on a terminal (pseudo-terminal or readline)", fuzz.onTerminal],
    ["  of them with at least 1 MB of input", fuzz.bigInputs],
    ["kills (SIGKILL)", kills.kills],
    ["concurrent games", together.games],
    ["  of them told the saves were in use", together.inUse],
    ["full-disk runs (prlimit --fsize)", full.games],
    ["hostile stories and bad files (command runs)", hostile.cases],
    ["crashes", fuzz.crashes + kills.crashes + together.crashes + full.crashes + hostile.crashes],
    ["hangs", fuzz.hangs + hostile.hangs],
    ["kills survived", kills.survived],
    ["corrupt saves", fuzz.corrupt + kills.corrupt + together.corrupt + full.corrupt],
    ["lost saves", together.lost + full.lost],
    ["orphan temporary files left", kills.orphansLeft],
    ["files read from outside the story's folder", hostile.leaks],
    ["injections (unsafe terminal output)", fuzz.injections + hostile.injections],
    ["unescaped HTML", hostile.unescapedHtml],
  ];
  for (const [label, value] of rows) console.log(`${label.padEnd(56)} ${value}`);
  console.log(`time ${Math.round((Date.now() - started) / 1000)} s`);
  const failures = [
    ...fuzz.failures,
    ...kills.failures,
    ...together.failures,
    ...full.failures,
    ...hostile.failures,
  ];
  if (failures.length > 0) console.log(`\nfailures:\n${failures.slice(0, 50).join("\n")}`);
}

void main();
