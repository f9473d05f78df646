/**
 * Small formatting pieces shared by the record's views: numbers with thousands separators,
 * dates as "1 Aug 1938", a source value with its reference numbers and marks, headings that
 * fill the width. Pure functions of values and a Style.
 */
import type { Range, SourcedValue } from "../../core/history/figure-range";
import { formatDate, formatNumber } from "./format";
import type { Style } from "./style";
import { wrap } from "./style";

export { formatNumber };

/** "1938-08-01" → "1 Aug 1938": the record's views use short months. */
export function formatShortDate(iso: string): string {
  return formatDate(iso, "short");
}

/**
 * What the marks beside a figure's values mean. A claim can be about either side's losses: the
 * Soviet figure of 236 killed published in Soviet times is marked "Soviet claim" like the Soviet
 * count of Japanese dead.
 */
export const FIGURE_MARKS =
  "The A/B range spans archival, scholarly and serious secondary counts. 'claim' marks a figure one side gave out during or after the fighting, for its own losses or the other's, rather than a count; it is kept out of the A/B range. 'C only' marks a number that only derivative web pages give.";

/** Numbers sources in order of first citation: `[3]`, `[1, 4]`. */
export type SourceNumbers = (id: string) => number;

export function numberSources(ids: readonly string[]): SourceNumbers {
  const index = new Map(ids.map((id, i) => [id, i + 1]));
  return (id) => index.get(id) ?? 0;
}

export function refs(ids: readonly string[], number: SourceNumbers): string {
  const numbers = [...new Set(ids.map(number))].sort((a, b) => a - b);
  return `[${numbers.join(", ")}]`;
}

/** Every source's value, equal values merged and sorted: `792 [2, 5]`, `1,000 [6] Japanese claim`. */
export function valuesText(values: readonly SourcedValue[], number: SourceNumbers): string {
  const groups = new Map<string, { value: SourcedValue; sources: string[] }>();
  for (const value of values) {
    const key = `${value.low}|${value.high}|${value.claim ?? ""}|${value.unconfirmed}`;
    const group = groups.get(key);
    if (group) group.sources.push(value.source);
    else groups.set(key, { value, sources: [value.source] });
  }
  return [...groups.values()]
    .sort((a, b) => a.value.low - b.value.low || a.value.high - b.value.high)
    .map(({ value, sources }) => `${amountText(value)} ${refs(sources, number)}${marksText(value)}`)
    .join(", ");
}

function amountText(value: SourcedValue): string {
  if (value.low === value.high) return formatNumber(value.low);
  return `${formatNumber(value.low)}–${formatNumber(value.high)}`;
}

function marksText(value: SourcedValue): string {
  const marks: string[] = [];
  if (value.claim) marks.push(`${value.claim === "soviet" ? "Soviet" : "Japanese"} claim`);
  if (value.unconfirmed) marks.push("C only");
  return marks.length > 0 ? ` ${marks.join(", ")}` : "";
}

/** `408 [2] – 792 [3, 5]`, or one number when both ends agree. */
export function rangeText(range: Range, number: SourceNumbers): string {
  const low = `${formatNumber(range.low.value)} ${refs(range.low.sources, number)}`;
  if (range.low.value === range.high.value) {
    return `${formatNumber(range.low.value)} ${refs([...range.low.sources, ...range.high.sources], number)}`;
  }
  return `${low} – ${formatNumber(range.high.value)} ${refs(range.high.sources, number)}`;
}

/** A section heading: bold text and a rule to the width. */
export function heading(text: string, style: Style): string {
  if (text.length + 4 > style.width) return style.color.bold(wrap(text, style.width));
  const rule = "─".repeat(style.width - text.length - 4);
  return style.color.bold(`── ${text} ${rule}`);
}

/** Wraps `text` with `indent`, continuation lines indented by `hang` more. */
export function hanging(text: string, width: number, indent: string, hang = "  "): string {
  const [first = "", ...rest] = wrap(text, width - indent.length - hang.length).split("\n");
  const tail = rest.length > 0 ? wrap(rest.join(" "), width - indent.length - hang.length) : "";
  const lines = [`${indent}${first}`];
  if (tail) lines.push(...tail.split("\n").map((line) => `${indent}${hang}${line}`));
  return lines.join("\n");
}
