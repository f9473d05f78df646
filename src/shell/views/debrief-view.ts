/**
 * The debrief pack as text: for the terminal (with a text chart of the charted values by date)
 * and as Markdown for print. Pure functions of the Debrief.
 */
import type { Debrief } from "../../core/classroom/debrief";
import type { SeriesPoint } from "../../core/classroom/run-series";
import { RULE_TEXT } from "../../core/classroom/votes";
import { formatDate, formatNumber } from "./format";

/** One row per date (its last point): casualties as numbers, trust and escalation as bars. */
export function renderTextChart(series: readonly SeriesPoint[]): string {
  const byDate = new Map<string, SeriesPoint>();
  for (const point of series) if (point.date) byDate.set(point.date, point);
  const bar = (value: number) =>
    `${"█".repeat(Math.round(value / 5))}${"·".repeat(20 - Math.round(value / 5))} ${String(value).padStart(3)}%`;
  const head = `${"date".padEnd(8)} ${"killed".padStart(7)} ${"wounded".padStart(8)}  ${"Stalin's trust".padEnd(25)}  risk of wider war`;
  const rows = [...byDate.values()].map((p) => {
    const v = (name: string) => p.values[name] ?? 0;
    const date = formatDate(p.date ?? "", "short").replace(/ \d{4}$/, "");
    return `${date.padEnd(8)} ${formatNumber(v("soviet_killed")).padStart(7)} ${formatNumber(v("soviet_wounded")).padStart(8)}  ${bar(clamp(v("stalin_trust")))}  ${bar(clamp(v("escalation")))}`;
  });
  return `${[head, ...rows].join("\n")}\n`;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, value));
}

/** The debrief as Markdown (or, with `forTerminal`, plain text with the same sections). */
export function renderDebriefMarkdown(d: Debrief): string {
  const out = [`# ${d.title}: what the class decided`, ""];
  if (d.ending)
    out.push(
      `**Ending: ${d.ending.title}.** ${d.ending.summary}${d.ending.historical ? " This is how it ended in 1938." : ""}`,
      "",
    );
  if (d.settings) out.push(`Decision rule: ${d.settings.rule}. ${RULE_TEXT[d.settings.rule]}`, "");
  out.push(
    "## The decisions",
    "",
    "| date | decision | the class chose | votes | in 1938 |",
    "|---|---|---|---|---|",
  );
  for (const { entry, record, outcome } of d.decisions) {
    const date = entry.date ?? record?.date ?? "";
    const votes = entry.votes ? entry.votes.map((c, i) => `${i + 1}: ${c}`).join(" · ") : "—";
    const chose = `${entry.text}${outcome ? ` (${outcome})` : ""}`;
    const then = `${entry.historical ? "as in 1938. " : entry.option ? "differs. " : ""}${record?.historical_choice ?? ""}`;
    out.push(
      `| ${cells(formatDate(date, "short"), record?.question ?? entry.decision ?? "", chose, votes, then)} |`,
    );
  }
  out.push("", "## Over the days", "", "```", renderTextChart(d.series).trimEnd(), "```", "");
  out.push(
    "## Beside the historical record",
    "",
    "| figure | this run | the sources (A and B) | |",
    "|---|---|---|---|",
  );
  for (const f of d.comparison.figures) {
    const range = f.summary.main ?? f.summary.spread;
    out.push(
      `| ${cells(f.label, `${formatNumber(f.value)} ${f.unit}`, `${formatNumber(range.low.value)}–${formatNumber(range.high.value)}`, f.verdict)} |`,
    );
  }
  if (d.people.length > 0)
    out.push(
      "",
      "## What became of them",
      "",
      ...d.people.map((r) => `- **${r.name}.** ${r.fate}`),
    );
  out.push(
    "",
    "## Questions for discussion",
    "",
    ...[...d.questions.map((q) => q.question), ...d.general].map((q, i) => `${i + 1}. ${q}`),
  );
  if (d.notes.length > 0)
    out.push("", "## The facilitator's notes", "", ...d.notes.map((n) => `- ${n.text}`));
  out.push(
    "",
    "## Sources",
    "",
    ...d.sources.map((s, i) => `${i + 1}. ${s.title}. ${s.citation ?? s.url ?? ""}`),
  );
  return `${out.join("\n")}\n`;
}

function cells(...texts: string[]): string {
  return texts.map((t) => t.replace(/\|/g, "\\|").replace(/\n/g, " ")).join(" | ");
}
