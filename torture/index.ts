/**
 * `npm run torture`: the reliability suite. Not timed tests, a script: it throws thousands of
 * input sequences, kills, concurrent players, a full disk, hostile stories and bad files at
 * the built CLI and prints the figures. Every figure but the counts should be 0; the failures
 * are listed after them, each with how the process ended. TORTURE_SCALE=0.1 runs a tenth of
 * it; TORTURE_STAGES=kills,hostile runs only those stages (fuzz, pty, kills, concurrent, full,
 * hostile). The exit code is 1 when a figure other than a count is not 0.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { badSaveCases } from "./bad-saves";
import { emptySaves, runConcurrent, runFullDisk } from "./concurrent";
import { emptyFuzz, fuzzInProcess, fuzzOnPty } from "./fuzz";
import { emptyHostile, runHostile } from "./hostile";
import { emptyKills, runKills } from "./kills";
import { CLI, ROOT } from "./spawn-cli";

const scale = Number(process.env.TORTURE_SCALE ?? "1");
const n = (count: number) => Math.max(1, Math.round(count * scale));
const STAGES = ["fuzz", "pty", "kills", "concurrent", "full", "hostile"];
const chosen = new Set(process.env.TORTURE_STAGES?.split(",") ?? STAGES);

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
  const stage = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
    if (!chosen.has(name)) return undefined;
    const from = Date.now();
    const result = await run();
    process.stderr.write(`stage ${name}: ${Math.round((Date.now() - from) / 1000)} s\n`);
    return result;
  };
  const fuzz = emptyFuzz();
  await stage("fuzz", () => fuzzInProcess(story, n(1900), 2, fuzz));
  await stage("pty", () => fuzzOnPty(story, n(100), fuzz));
  const kills = (await stage("kills", () => runKills(story, n(100)))) ?? emptyKills();
  const together = emptySaves();
  await stage("concurrent", () => runConcurrent(story, n(10), 8, together));
  const full = emptySaves();
  await stage("full", () => runFullDisk(story, full));
  const hostile = (await stage("hostile", () => runHostile(badSaveCases(story)))) ?? emptyHostile();
  const counts: [string, number][] = [
    ["prompt sequences", fuzz.sequences],
    ["  of them on a terminal (pseudo-terminal or readline)", fuzz.onTerminal],
    ["  of them with at least 1 MB of input", fuzz.bigInputs],
    ["  of them quit by a typed Ctrl-\\ (the terminal's SIGQUIT)", fuzz.quitKey],
    ["kills (SIGKILL)", kills.kills],
    ["  of them mid-save (a temporary file was left)", kills.midSave],
    ["  of them survived (saves whole, the game resumed)", kills.survived],
    ["concurrent games", together.games],
    ["  of them told the saves were in use", together.inUse],
    ["full-disk runs (prlimit --fsize)", full.games],
    ["hostile stories and bad files (command runs)", hostile.cases],
  ];
  const saves = [kills, together, full];
  const figures: [string, number][] = [
    ["crashes", fuzz.crashes + hostile.crashes + sum(saves, (f) => f.crashes)],
    ["hangs", fuzz.hangs + hostile.hangs + sum(saves, (f) => f.hangs)],
    ["kills not survived", kills.notSurvived],
    ["corrupt saves", fuzz.corrupt + sum(saves, (f) => f.corrupt)],
    ["lost saves", together.lost + full.lost],
    ["orphan temporary files left", sum(saves, (f) => f.orphansLeft)],
    ["files read from outside the story's folder", hostile.leaks],
    ["injections (unsafe terminal output)", fuzz.injections + hostile.injections],
    ["unescaped HTML", hostile.unescapedHtml],
    ["refusals not in one line", hostile.unclear],
  ];
  console.log(`stages: ${STAGES.filter((name) => chosen.has(name)).join(", ")}; scale ${scale}`);
  for (const [label, value] of [...counts, ...figures]) console.log(`${label.padEnd(56)} ${value}`);
  console.log(`time ${Math.round((Date.now() - started) / 1000)} s`);
  const failures = [
    ...fuzz.failures,
    ...kills.failures,
    ...together.failures,
    ...full.failures,
    ...hostile.failures,
  ];
  if (failures.length > 0) {
    console.log(`\nfailures (${failures.length}):\n${failures.slice(0, 100).join("\n")}`);
  }
  process.exitCode = figures.some(([, value]) => value > 0) || failures.length > 0 ? 1 : 0;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

void main();
