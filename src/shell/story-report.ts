/**
 * `npm run story:report` (issue 12): explores the campaign (every path under the historical
 * premises and each premise alone, the sets split between worker threads as `check` splits
 * them, one shared walk per thread; 2,000 seeded uniform random walks) and
 * reads its prose on 500 seeded walks and the historical line, then prints each of issue 12's
 * measurable targets with PASS or FAIL (core/explore/story-report.ts). Run with `node`, from the
 * build: `npm run story:report` builds first. `--seed N` changes the seed (default 1).
 */
import { join } from "node:path";
import { singlePremiseSets, splitSets } from "../core/explore/premise-sets";
import { historicalProse, proseWalks } from "../core/explore/prose-walks";
import type { ExploreSection } from "../core/explore/report";
import { storyReport, TARGETS } from "../core/explore/story-report";
import type { ExploreSetsTask } from "../core/explore/task";
import type { VariableValue } from "../core/story/session";
import { premisesByReach } from "../core/story/walker";
import { readLimitedText } from "./files/read-limited";
import { campaignPaths, loadStoryFile } from "./files/story-files";
import { progressLine } from "./interactive/explore-progress";
import { runExploreTasks, workerCount } from "./workers/explore-pool";

const WALKS = 2000;
const PROSE_WALKS = 500;

async function main(argv: readonly string[]): Promise<number> {
  const at = argv.indexOf("--seed");
  const seed = at >= 0 ? Number(argv[at + 1]) : 1;
  if (!Number.isSafeInteger(seed)) {
    process.stderr.write("story:report: --seed needs an integer\n");
    return 2;
  }
  const started = Date.now();
  const loaded = loadStoryFile(campaignPaths().ink, process.cwd());
  const sets = singlePremiseSets(loaded.meta);
  const names = [...new Set(sets.flatMap((set) => Object.keys(set)))];
  // Sets that share a thread share one walk (the historical set's consequences are wanted).
  const groups = splitSets(sets, workerCount(sets.length), premisesByReach(loaded.story, names));
  const tasks: ExploreSetsTask[] = groups.map((group) => ({
    seed,
    sets: group.map((i) => sets[i] as Record<string, VariableValue>),
    meta: loaded.meta,
    ...(group.includes(0) ? { consequences: [group.indexOf(0)] } : {}),
  }));
  tasks.push({ seed, sets: [{}], meta: loaded.meta, walks: WALKS });
  // The explorer's own progress line: on a terminal only, so a redirected log stays clean.
  const progress = progressLine(process.stderr, () => new Date(), tasks.length);
  const results = await runExploreTasks(loaded.story, tasks, progress?.onProgress);
  progress?.done();
  const terminal = process.stderr.isTTY;
  const sections: ExploreSection[] = new Array(sets.length);
  groups.forEach((group, g) => {
    group.forEach((i, k) => {
      sections[i] = results[g]?.sections[k] as ExploreSection;
    });
  });
  sections.push(results[groups.length]?.sections[0] as ExploreSection);
  if (terminal) process.stderr.write("reading the prose on seeded walks...");
  const probe = TARGETS.probe;
  const historicalLine = historicalProse(loaded.story, { seed, probe });
  const walks = proseWalks(loaded.story, PROSE_WALKS, { seed, probe });
  if (terminal) process.stderr.write("\r\u001b[K");
  const random = sections.pop();
  if (!random) throw new Error("no random walks came back");
  const readme = readLimitedText(
    join(loaded.dir, "README.md"),
    "story README",
    "data",
    "story-load",
  );
  const report = storyReport({
    meta: loaded.meta,
    exhaustive: sections,
    random,
    historicalLine,
    walks,
    readme,
  });
  process.stdout.write(report.text);
  process.stdout.write(`(seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `story:report: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
