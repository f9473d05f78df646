/**
 * The campaign explored exhaustively against the yardsticks, all measured in the same
 * run on one thread: 2,000 random walks of a bare inkjs loop, every path under the historical
 * premises, and every path under every premise set in one shared walk (`--all-premises`), with
 * the distinct states before merging (each set's own graph, summed) and after (the shared
 * walk), and peak memory. Times are wall clock and CPU (the CPU time is steadier on a busy
 * machine); ratios use both. BENCH_STORY=path.json benches another compiled campaign (its
 * variables.json beside it). The all-sets run costs half an hour of CPU on the full campaign,
 * so it runs only with BENCH_ALL_SETS=1.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { allPremiseSets } from "../src/core/explore/premise-sets";
import { runExploreSets } from "../src/core/explore/task";
import { parseVariablesMeta } from "../src/core/state/variables-meta";
import { loadCompiledStory } from "../src/core/story/load-story";
import { bareWalks } from "./bare-walks";

const root = join(__dirname, "..");
const path = process.env.BENCH_STORY ?? join(root, "dist/story/khasan.json");
const metaPath = process.env.BENCH_STORY
  ? join(dirname(path), "variables.json")
  : join(root, "story/variables.json");
const story = loadCompiledStory(readFileSync(path, "utf8"));
const meta = parseVariablesMeta(JSON.parse(readFileSync(metaPath, "utf8")), metaPath);
const mib = () => `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`;

interface Timed<T> {
  value: T;
  ms: number;
  cpu: number;
}

function timed<T>(run: () => T): Timed<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

const seconds = (t: Timed<unknown>) =>
  `${(t.ms / 1000).toFixed(1)} s (CPU ${(t.cpu / 1000).toFixed(1)} s)`;
const ratio = (a: Timed<unknown>, b: Timed<unknown>) =>
  `${(a.ms / b.ms).toFixed(2)} (CPU ${(a.cpu / b.cpu).toFixed(2)})`;

const bare = timed(() => bareWalks(story.json, 2000));
const sets = allPremiseSets(meta);
const one = timed(() =>
  runExploreSets(story, { seed: 1, meta, sets: [sets[0] ?? {}], claims: false }),
);
const section = one.value.sections[0];
console.log(`2,000 bare random walks:         ${seconds(bare)}, ${bare.value.steps} choices`);
console.log(
  `historical premises:             ${seconds(one)}, ${section?.states} states, ` +
    `${section?.steps} choices, ${section?.totalPaths} paths, peak RSS ${mib()}`,
);
console.log(`ratio one set / 2,000 walks:     ${ratio(one, bare)}`);
const perChoice = one.cpu / (section?.steps ?? 1) / (bare.cpu / bare.value.steps);
console.log(`explorer / bare loop per choice: ${(1 / perChoice).toFixed(2)}× as fast (CPU)`);

if (process.env.BENCH_ALL_SETS !== "1") {
  console.log("all premise sets: left out (BENCH_ALL_SETS=1 npm run bench runs them)");
} else {
  const all = timed(() => runExploreSets(story, { seed: 1, meta, sets, claims: false }));
  const merge = all.value.merge;
  const paths = all.value.sections.reduce((sum, s) => sum + s.totalPaths, 0n);
  console.log(
    `all ${sets.length} premise sets, one walk:  ${seconds(all)}, ` +
      `${merge?.states} states merged (${merge?.unmerged} unmerged, ` +
      `${((merge?.unmerged ?? 0) / (merge?.states ?? 1)).toFixed(2)}×), ` +
      `${merge?.steps} choices (${merge?.unmergedSteps} unmerged), ${paths} paths, peak RSS ${mib()}`,
  );
  console.log(`ratio all sets / one set:        ${ratio(all, one)} (target ≤ 4)`);
  console.log(`ratio all sets / 2,000 walks:    ${ratio(all, bare)}`);
  console.log(`last date each premise is read:  ${JSON.stringify(merge?.lastLive)}`);
}
