/**
 * Small formatting pieces shared by the record's views: numbers with thousands separators,
 * dates as "1 Aug 1938", a source value with its reference numbers and marks, headings that
 * fill the width. Pure functions of values and a Style.
 */
import type { Range, SourcedValue } from "../../core/history/figure-range";
import type { Style } from "./style";
import { wrap } from "./style";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 12345.5 → "12,345.5"; fixed, whatever the machine's locale. */
export function formatNumber(value: number): string {
  const [whole = "", fraction] = String(Math.abs(value)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** "1938-08-01" → "1 Aug 1938"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

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
