/**
 * `khasan history`: loads story/record.json and prints it in the format asked for.
 */
import { requireRecord } from "../files/record-file";
import { campaignPaths } from "../files/story-files";
import {
  historyJson,
  renderHistory,
  renderHistoryMarkdown,
  renderSources,
  renderSourcesMarkdown,
} from "../views/history-view";
import { createStyle } from "../views/style";
import type { HISTORY_FORMATS } from "./history";
import type { CommandContext } from "./index";
import { parseWidth } from "./options";

export interface HistoryOptions {
  format: (typeof HISTORY_FORMATS)[number];
  sources?: boolean;
  width?: string;
  color?: boolean;
}

export function runHistory(options: HistoryOptions, { io }: CommandContext): void {
  const { format } = options;
  const width = parseWidth(options.width, 40);
  const { dir } = campaignPaths();
  const record = requireRecord(dir);
  if (options.sources) {
    if (format === "json")
      return void io.stdout.write(`${JSON.stringify(record.sources, null, 2)}\n`);
    if (format === "md") return void io.stdout.write(renderSourcesMarkdown(record));
    const style = createStyle({ ...io, color: options.color, width, columns: io.columns });
    return void io.stdout.write(renderSources(record, style));
  }
  if (format === "md") return void io.stdout.write(renderHistoryMarkdown(record));
  if (format === "json") return void io.stdout.write(historyJson(record));
  const style = createStyle({ ...io, color: options.color, width, columns: io.columns });
  io.stdout.write(renderHistory(record, style));
}
