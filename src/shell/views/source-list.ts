/**
 * A numbered list of sources, each with its grade and its printed citation or address, as the
 * comparison panel and the history briefing end with. Numbers follow the list's order.
 */
import type { Source } from "../../core/history/record-schema";
import { hanging } from "./history-format";
import { markdownText, markdownUrl, terminalSafe } from "./safe-text";
import type { Style } from "./style";

/** `only`: the 1-based numbers to list (default: all), keeping each source's own number. */
export function renderSourceList(
  sources: readonly Source[],
  style: Style,
  only?: readonly number[],
): string {
  sources = terminalSafe(sources);
  const lines = sources.flatMap((source, i) => {
    if (only && !only.includes(i + 1)) return [];
    const cite = source.citation ?? source.title;
    const where = source.url ? ` <${source.url}>` : "";
    return hanging(
      `[${i + 1}] ${source.reliability}  ${cite}${where}`,
      style.width,
      "  ",
      "      ",
    );
  });
  return lines.join("\n");
}

/**
 * The same list as Markdown: `1. (A) citation <address>`, the record's text escaped and the
 * address an autolink only when it is a plain web address.
 */
export function markdownSourceLines(sources: readonly Source[]): string[] {
  return sources.map((source, i) => {
    const cite = markdownText(source.citation ?? source.title);
    const where = source.url ? ` ${markdownUrl(source.url)}` : "";
    return `${i + 1}. (${markdownText(source.reliability)}) ${cite}${where}`;
  });
}

/** The grades, for a legend under a source list. */
export const GRADE_LEGEND =
  "Grades: A archival, primary, contemporary press or scholarly monograph; B serious secondary work; C derivative web page, never the sole support of a number.";
