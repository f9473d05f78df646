/**
 * `khasan compare A --history` (a run against the record, at its end or mid-game by date) and
 * `khasan compare A B` (two runs side by side). A and B are saves: a file path (with / or ending
 * .json), or the name of a save in the data directory.
 */
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { KhasanError, UsageError } from "../../core/errors";
import { compareRunWithRecord } from "../../core/history/compare-run";
import { compareRuns, traceRun } from "../../core/history/compare-runs";
import { resumeSession } from "../../core/save/resume";
import type { SaveFile } from "../../core/save/save-file";
import { dataDir } from "../files/paths";
import { loadAssumptions, loadRecordFile } from "../files/record-file";
import { createFileSaveStore, namedSlot, readSaveFile } from "../files/save-store";
import { type LoadedStory, loadStoryFile } from "../files/story-files";
import type { Io } from "../io";
import { renderComparison } from "../terminal/comparison-view";
import { renderRunsMarkdown, renderRunsTable } from "../terminal/run-comparison-view";
import { createStyle, plainStyle } from "../terminal/style";
import { parseWidth } from "./history";
import type { CommandContext } from "./index";

interface CompareOptions {
  history?: boolean;
  format: string;
  story?: string;
  dataDir?: string;
  replay?: boolean;
  width?: string;
  color?: boolean;
}

export function registerCompare(program: Command, { io }: CommandContext): void {
  program
    .command("compare")
    .description("compare two runs, or a run with the historical record (--history)")
    .argument("<A>", "a save: a file path or a save name")
    .argument("[B]", "a second save to set beside A")
    .option("--history", "compare A with the historical record")
    .option("--format <format>", "table, md or json", "table")
    .option("--story <file>", "the story the saves were made with (default: the campaign)")
    .option("--data-dir <dir>", "where saves are kept (default: $XDG_DATA_HOME/khasan)")
    .option("--replay", "replay a save made by another story build from its choices")
    .option("--width <n>", "wrap text to N columns (default: the terminal's, else 80)")
    .option("--no-color", "never use colour (also: the NO_COLOR environment variable)")
    .action((a: string, b: string | undefined, options: CompareOptions) => {
      if (!["table", "md", "json"].includes(options.format)) {
        throw new UsageError(`--format "${options.format}" is not one of table, md, json`);
      }
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
    });
}

function readSave(value: string, loaded: LoadedStory, options: CompareOptions, io: Io): SaveFile {
  if (value.includes("/") || value.endsWith(".json")) return readSaveFile(resolve(io.cwd, value));
  const store = createFileSaveStore(join(dataDir(options.dataDir, io.env, io.cwd), loaded.name));
  return store.read(namedSlot(value));
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
  const { session } = resumeSession(loaded.story, save, { replay: options.replay === true, label });
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
    return `# ${label} and the historical record\n\n\`\`\`text\n${renderComparison(comparison, plainStyle(100))}\`\`\`\n`;
  }
  return renderComparison(comparison, terminalStyle(options, io));
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
    });
    return traceRun(session, save.log, loaded.meta, label);
  };
  const comparison = compareRuns(trace(a, labelA), trace(b, labelB), loaded.meta);
  if (options.format === "json") return `${JSON.stringify(comparison, null, 2)}\n`;
  if (options.format === "md") return renderRunsMarkdown(comparison);
  return renderRunsTable(comparison, terminalStyle(options, io));
}

function terminalStyle(options: CompareOptions, io: Io) {
  return createStyle({
    ...io,
    color: options.color,
    width: parseWidth(options.width),
    columns: io.columns,
  });
}
