/**
 * Player benchmark (issue 3): time to the first prompt of `khasan play --plain` against the
 * minimal inkjs player in bench/minimal-player.js on the same compiled campaign, and the time
 * per choice under piped input. Both are measured in the same run, alternating, and printed
 * as ratios with the raw medians. Target (issue 15): first prompt within 1.15x of the minimal player.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const STORY = join(ROOT, "dist", "story", "khasan.json");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const INPUT = "1\n".repeat(200);

interface Timing {
  firstPrompt: number;
  total: number;
  choices: number;
}

/** Spawns a player, feeding `INPUT`; times the first `?> ` and the exit. */
function time(args: string[]): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "inherit"] });
    let output = "";
    let firstPrompt = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!firstPrompt && output.includes("?> ")) {
        firstPrompt = Number(process.hrtime.bigint() - start) / 1e6;
        child.stdin.end(INPUT);
      }
    });
    child.on("error", reject);
    child.on("close", () => {
      const total = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ firstPrompt, total, choices: output.split("?> ").length - 1 });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const data = mkdtempSync(join(tmpdir(), "khasan-bench-"));
  const khasan = [
    join(ROOT, "dist", "cli.js"),
    "play",
    STORY,
    "--plain",
    "--seed",
    "1",
    "--data-dir",
    data,
  ];
  const minimal = [join(__dirname, "minimal-player.js"), STORY, "1"];
  const ours: Timing[] = [];
  const base: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(await time(minimal));
    ours.push(await time(khasan));
  }
  rmSync(data, { recursive: true, force: true });
  const perChoice = (t: Timing) => (t.total - t.firstPrompt) / Math.max(1, t.choices);
  const rows = [
    [
      "first prompt",
      median(ours.map((t) => t.firstPrompt)),
      median(base.map((t) => t.firstPrompt)),
    ],
    ["per choice (piped)", median(ours.map(perChoice)), median(base.map(perChoice))],
  ] as const;
  console.log(`player bench: ${RUNS} runs each, campaign ${STORY}`);
  for (const [label, a, b] of rows) {
    console.log(
      `  ${label.padEnd(20)} khasan ${a.toFixed(2)} ms  minimal ${b.toFixed(2)} ms  ratio ${(a / b).toFixed(2)}x`,
    );
  }
  console.log(`  choices per game: khasan ${ours[0]?.choices}, minimal ${base[0]?.choices}`);
}

main();
