/**
 * Explorer throughput against a bare inkjs random-walk loop (one Story, ResetState, seeded,
 * ChooseChoiceIndex, no bookkeeping) on the same story, in the same run: choices per second
 * for each, their ratio, and raw medians of five runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exploreExhaustively } from "../src/core/explore/exhaustive";
import { loadCompiledStory } from "../src/core/story/load-story";
import { bareWalks } from "./bare-walks";

const json = readFileSync(join(__dirname, "../dist/story/khasan.json"), "utf8");
const story = loadCompiledStory(json);
const STATES = Number(process.env.BENCH_STATES ?? 3000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Choices per second of the bare loop, over `walks` random walks. */
function bareLoop(walks: number): number {
  const { steps, ms } = bareWalks(story.json, walks);
  return steps / (ms / 1000);
}

function explorer(): number {
  const start = performance.now();
  const graph = exploreExhaustively(story, { seed: 1, maxStates: STATES });
  return graph.steps / ((performance.now() - start) / 1000);
}

const bare: number[] = [];
const explored: number[] = [];
for (let run = 0; run < 5; run++) {
  bare.push(bareLoop(200));
  explored.push(explorer());
}
const b = median(bare);
const e = median(explored);
console.log(`bare inkjs random walk: ${b.toFixed(0)} choices/s (median of 5)`);
console.log(
  `exhaustive explorer:    ${e.toFixed(0)} choices/s (median of 5, first ${STATES} states)`,
);
console.log(`ratio explorer/bare:    ${(e / b).toFixed(2)} (target ≥ 0.5)`);
