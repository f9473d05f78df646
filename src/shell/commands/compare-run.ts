/**
 * `khasan compare`: reads the saves, replays them on the story, and renders the comparison
 * with the record or between the two runs.
 */
import { join } from "node:path";
import { KhasanError, UsageError } from "../../core/errors";
import { compareRunWithRecord } from "../../core/history/record-comparison";
import { compareRuns, traceRun } from "../../core/history/runs-comparison";
import { resumeSession } from "../../core/save/resume";
import type { SaveFile } from "../../core/save/save-file";
import { dataDir } from "../files/paths";
import { loadAssumptions, loadRecordFile } from "../files/record-file";
import { createFileSaveStore, readSaveArgument } from "../files/save-store";
import { type LoadedStory, loadStoryFile } from "../files/story-files";
import type { Io } from "../io";
import { renderRecordComparison } from "../views/record-comparison-view";
import { renderRunsMarkdown, renderRunsTable } from "../views/runs-comparison-view";
import { markdownText } from "../views/safe-text";
import { createStyle, plainStyle } from "../views/style";
import type { COMPARE_FORMATS } from "./compare";
import type { CommandContext } from "./index";
import { parseWidth } from "./options";

export interface CompareOptions {
  history?: boolean;
  format: (typeof COMPARE_FORMATS)[number];
  story?: string;
  dataDir?: string;
  replay?: boolean;
  width?: string;
  color?: boolean;
}

export function runCompare(
  a: string,
  b: string | undefined,
  options: CompareOptions,
  { io }: CommandContext,
): void {
  if (options.history === (b !== undefined)) {
    throw new UsageError("give two saves (compare A B) or one save with --history");
  }
  const loaded = loadStoryFile(options.story, io.cwd);
  const read = (value: string) => readSave(value, loaded, options, io);
  io.stdout.write(
    b === undefined
      ? compareWithHistory(read(a), a, loaded, options, io)
      : compareTwo(read(a), a, read(b), b, loaded, options, io),
  );
}

function readSave(value: string, loaded: LoadedStory, options: CompareOptions, io: Io): SaveFile {
  const store = createFileSaveStore(join(dataDir(options.dataDir, io.env, io.cwd), loaded.name));
  return readSaveArgument(value, store, io.cwd);
}

function compareWithHistory(
  save: SaveFile,
  label: string,
  loaded: LoadedStory,
  options: CompareOptions,
  io: Io,
): string {
  const record = loadRecordFile(loaded.dir);
  if (!record)
    throw new KhasanError("record-invalid", `no record.json beside the story in ${loaded.dir}`);
  const { session } = resumeSession(loaded.story, save, {
    replay: options.replay === true,
    label,
    meta: loaded.meta,
  });
  const assumptions = loadAssumptions(loaded.dir);
  const date = save.ended ? undefined : (save.date ?? session.currentDate());
  const comparison = compareRunWithRecord({
    variables: session.variables(),
    log: session.choices(),
    meta: loaded.meta,
    record,
    ...(date !== undefined ? { date } : {}),
    ...(assumptions ? { assumptions } : {}),
  });
  if (options.format === "json") return `${JSON.stringify(comparison, null, 2)}\n`;
  if (options.format === "md") {
    // The panel as preformatted text, in a fence longer than any run of backticks inside it.
    const text = renderRecordComparison(comparison, plainStyle(100));
    const fence = "`".repeat(
      Math.max(3, ...(text.match(/`+/g) ?? []).map((run) => run.length + 1)),
    );
    return `# ${markdownText(label)} and the historical record\n\n${fence}text\n${text}${fence}\n`;
  }
  return renderRecordComparison(comparison, terminalStyle(options, io));
}

function compareTwo(
  a: SaveFile,
  labelA: string,
  b: SaveFile,
  labelB: string,
  loaded: LoadedStory,
  options: CompareOptions,
  io: Io,
): string {
  const trace = (save: SaveFile, label: string) => {
    const { session } = resumeSession(loaded.story, save, {
      replay: options.replay === true,
      label,
      meta: loaded.meta,
    });
    return traceRun(session, save.log, loaded.meta, label);
  };
  const comparison = compareRuns(trace(a, labelA), trace(b, labelB), loaded.meta);
  if (options.format === "json") return `${JSON.stringify(comparison, null, 2)}\n`;
  if (options.format === "md") return renderRunsMarkdown(comparison, loaded.meta);
  return renderRunsTable(comparison, terminalStyle(options, io), loaded.meta);
}

function terminalStyle(options: CompareOptions, io: Io) {
  return createStyle({
    ...io,
    color: options.color,
    width: parseWidth(options.width, 40),
    columns: io.columns,
  });
}
