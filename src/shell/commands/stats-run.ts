/**
 * The work behind `khasan stats`: gather the run files (a folder is searched for .json files),
 * read each one (an unreadable file is reported and left out), merge them against the
 * campaign's build and print the result.
 */
import { type Dirent, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { type LabelledRun, type LeftOut, mergeRuns } from "../../core/classroom/stats";
import { KhasanError } from "../../core/errors";
import { resumeSession } from "../../core/save/resume";
import { reasonOf } from "../files/atomic-write";
import { loadRecordFile } from "../files/record-file";
import { readSaveFile } from "../files/save-store";
import { loadStoryFile } from "../files/story-files";
import { renderStatsHtml } from "../views/stats-html";
import { renderStatsMarkdown, renderStatsText } from "../views/stats-view";
import type { CommandContext } from "./index";
import type { StatsOptions } from "./stats";

export function writeStats(
  paths: readonly string[],
  options: StatsOptions,
  { io, setExitCode }: CommandContext,
): void {
  const { format } = options;
  const files = paths.flatMap((path) => listRuns(resolve(io.cwd, path)));
  const runs: LabelledRun[] = [];
  const unreadable: LeftOut[] = [];
  for (const file of files) {
    const label = relative(io.cwd, file) || file;
    try {
      runs.push({ label, save: readSaveFile(file) });
    } catch (error) {
      if (!(error instanceof KhasanError)) throw error;
      unreadable.push({ label, reason: "not a readable run file" });
    }
  }
  const loaded = loadStoryFile(undefined, io.cwd);
  const kind = options.solo ? "solo" : "lessons";
  const fitting = runs.filter(({ label, save }) => {
    // A run of this build is checked as a resumed save is (premises within their values, every
    // choice one the story offered): a hand-edited run is left out, not counted.
    if (save.storyHash !== loaded.story.hash) return true;
    try {
      resumeSession(loaded.story, save, { replay: false, label, meta: loaded.meta });
      return true;
    } catch (error) {
      if (!(error instanceof KhasanError)) throw error;
      unreadable.push({ label, reason: "its premises or choices do not fit this story" });
      return false;
    }
  });
  const stats = mergeRuns(fitting, loaded.story.hash, loadRecordFile(loaded.dir), kind);
  stats.leftOut.push(...unreadable);
  // Nothing merged is a failure a script should see, whatever was printed.
  if (stats.runs === 0) setExitCode(1);
  if (format === "json") return void io.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
  const render = { md: renderStatsMarkdown, html: renderStatsHtml, text: renderStatsText }[format];
  io.stdout.write(render(stats, loaded.meta));
}

/** A file as given; a folder's .json files, searched recursively, in name order. */
function listRuns(path: string): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    throw new KhasanError("save-missing", `no run file or folder at ${path}`, { cause: error });
  }
  if (!isFolder) return [path];
  return runsInFolder(path).sort();
}

/**
 * The .json files under `dir`, searched recursively without following symbolic links (a link
 * loop would never end, and a link back up would count the same runs again).
 */
function runsInFolder(dir: string): string[] {
  const found: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new KhasanError("io", `cannot read the folder ${dir}: ${reasonOf(error)}`, {
      cause: error,
    });
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...runsInFolder(path));
    else if (entry.isFile() && entry.name.endsWith(".json")) found.push(path);
  }
  return found;
}
