/**
 * `khasan history [--format text|md|json]`: the historical record beside the story, as a
 * briefing for the terminal, Markdown for print, or JSON with each figure's ranges worked out.
 */
import type { Command } from "commander";
import { KhasanError, UsageError } from "../../core/errors";
import { loadRecordFile } from "../files/record-file";
import { campaignPaths } from "../files/story-files";
import { historyJson, renderHistory, renderHistoryMarkdown } from "../terminal/history-view";
import { createStyle } from "../terminal/style";
import type { CommandContext } from "./index";

interface HistoryOptions {
  format: string;
  width?: string;
  color?: boolean;
}

export function registerHistory(program: Command, { io }: CommandContext): void {
  program
    .command("history")
    .description("the historical record: timeline, figures with every source, people and fates")
    .option("--format <format>", "text, md or json", "text")
    .option("--width <n>", "wrap text to N columns (default: the terminal's, else 80)")
    .option("--no-color", "never use colour (also: the NO_COLOR environment variable)")
    .action((options: HistoryOptions) => {
      const { dir } = campaignPaths();
      const record = loadRecordFile(dir);
      if (!record) throw new KhasanError("record-invalid", `no record.json in ${dir}`);
      if (options.format === "md") return void io.stdout.write(renderHistoryMarkdown(record));
      if (options.format === "json") return void io.stdout.write(historyJson(record));
      if (options.format !== "text")
        throw new UsageError(`--format "${options.format}" is not one of text, md, json`);
      const style = createStyle({
        ...io,
        color: options.color,
        width: parseWidth(options.width),
        columns: io.columns,
      });
      io.stdout.write(renderHistory(record, style));
    });
}

/** `--width N`: a whole number of at least 40 columns. */
export function parseWidth(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const width = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(width >= 40))
    throw new UsageError(`--width "${text}" is not a whole number of at least 40`);
  return width;
}
