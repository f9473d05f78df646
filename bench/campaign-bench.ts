/**
 * The campaign explored exhaustively against the yardstick, 2,000 random walks of a
 * bare inkjs loop, measured in the same run: wall time, distinct states, choices, paths and
 * peak memory under the historical premises. Every premise set (`khasan explore
 * --all-premises`, one worker per core) takes minutes, so it runs only with
 * BENCH_ALL_PREMISES=1.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { exploreExhaustively } from "../src/core/explore/exhaustive";
import { countPaths } from "../src/core/explore/path-counts";
import { loadCompiledStory } from "../src/core/story/load-story";
import { bareWalks } from "./bare-walks";

const root = join(__dirname, "..");
const json = readFileSync(join(root, "dist/story/khasan.json"), "utf8");
const story = loadCompiledStory(json);

const bare = bareWalks(story.json, 2000).ms;
const start = performance.now();
const graph = exploreExhaustively(story, { seed: 1 });
const explored = performance.now() - start;
const counts = countPaths(graph);
const paths = (counts.below[graph.root] ?? []).reduce((a, b) => a + b, 0n);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

console.log(`2,000 bare random walks:          ${bare.toFixed(0)} ms`);
console.log(
  `exhaustive, historical premises:  ${explored.toFixed(0)} ms, ${graph.nodes.length} states, ` +
    `${graph.steps} choices, ${paths} paths, peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`,
);
console.log(`ratio exhaustive (one set) / 2,000 walks: ${(explored / bare).toFixed(2)}`);

if (process.env.BENCH_ALL_PREMISES === "1") {
  const all = performance.now();
  execFileSync(
    process.execPath,
    [join(root, "dist/cli.js"), "explore", "--all-premises", "--seed", "1", "--format", "json"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const elapsed = performance.now() - all;
  console.log(
    `exhaustive, all premise sets:     ${elapsed.toFixed(0)} ms on ${availableParallelism()} cores; ` +
      `ratio to 2,000 walks ${(elapsed / bare).toFixed(2)} (target < 1)`,
  );
} else {
  console.log("all premise sets: set BENCH_ALL_PREMISES=1 (takes minutes)");
}
