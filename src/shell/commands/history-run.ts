/**
 * `khasan history`: loads story/record.json and prints it in the format asked for.
 */
import { requireRecord } from "../files/record-file";
import { campaignPaths } from "../files/story-files";
import { historyJson, renderHistory, renderHistoryMarkdown } from "../views/history-view";
import { createStyle } from "../views/style";
import type { CommandContext } from "./index";
import { parseFormat, parseWidth } from "./options";

export interface HistoryOptions {
  format: string;
  width?: string;
  color?: boolean;
}

export function runHistory(options: HistoryOptions, { io }: CommandContext): void {
  const format = parseFormat(options.format, ["text", "md", "json"] as const);
  const width = parseWidth(options.width, 40);
  const { dir } = campaignPaths();
  const record = requireRecord(dir);
  if (format === "md") return void io.stdout.write(renderHistoryMarkdown(record));
  if (format === "json") return void io.stdout.write(historyJson(record));
  const style = createStyle({ ...io, color: options.color, width, columns: io.columns });
  io.stdout.write(renderHistory(record, style));
}
