/**
 * The debrief pack as Markdown for print (`khasan debrief RUN --out x.md`), and the text chart
 * of the charted values by date that the Markdown and the terminal text share. Every string
 * from the run, the story, the record or the roles file is escaped for Markdown first
 * (`markdownSafe`), so none of them can bring HTML, links or formatting of its own.
 */
import type { Debrief } from "../../core/classroom/debrief";
import type { SeriesPoint } from "../../core/classroom/run-series";
import { RULE_TEXT } from "../../core/classroom/votes";
import type { FigureComparison } from "../../core/history/record-comparison";
import { formatDate, formatNumber } from "./format";
import {
  FIGURE_MARKS,
  numberSources,
  rangeText,
  refs,
  type SourceNumbers,
  valuesText,
} from "./history-format";
import { markdownSafe, markdownText } from "./safe-text";
import { GRADE_LEGEND, markdownSourceLines } from "./source-list";

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

/** Where a figure of the run falls, in words: against the A/B range, or the spread without one. */
export function figureVerdict(figure: FigureComparison): string {
  const where = figure.verdict === "inside" ? "within" : figure.verdict;
  if (figure.basis === "spread") return `${where} the spread of all sources (no A or B count)`;
  if (figure.verdict === "inside") return "within the A/B range";
  return `${where} the A/B range${figure.inSpread ? ", within the full spread" : ", outside every source"}`;
}

/** The first decision where the run left the historical line, as one sentence. */
export function divergenceText(d: Debrief): string {
  const { divergence, historicalSteps } = d.comparison;
  if (!divergence)
    return `The class took the historical option at all ${historicalSteps} decisions with a recorded option.`;
  const when = divergence.date ? ` on ${formatDate(divergence.date)}` : "";
  return `The class first left the historical line${when}: ${divergence.decision?.question ?? divergence.entry.text}`;
}

/** The run's header line: story version, seed, premises and undos. */
export function runFacts(d: Debrief): string {
  const premises =
    Object.entries(d.premises)
      .map(([name, value]) => `${name}=${String(value)}`)
      .join(", ") || "historical";
  const undos = d.undos > 0 ? ` · ${d.undos} ${d.undos === 1 ? "undo" : "undos"}` : "";
  return `Story ${d.storyVersion} · seed ${d.seed} · premises: ${premises}${undos}`;
}

/** The debrief as Markdown. */
export function renderDebriefMarkdown(raw: Debrief): string {
  const d = markdownSafe(raw);
  const number = numberSources(raw.sources.map((source) => source.id));
  const out = [`# ${d.title}: what the class decided`, "", runFacts(d), ""];
  if (d.ending)
    out.push(
      `**Ending: ${d.ending.title}.** ${d.ending.summary}${d.ending.historical ? " This is how it ended in 1938." : ""}`,
      "",
    );
  if (d.settings) out.push(`Decision rule: ${d.settings.rule}. ${RULE_TEXT[d.settings.rule]}`, "");
  out.push(...decisionRows(d));
  out.push("", "## Over the days", "", "```", renderTextChart(d.series).trimEnd(), "```", "");
  out.push(...recordRows(raw, number), "", divergenceText(d));
  if (d.people.length > 0)
    out.push(
      "",
      "## What became of them",
      "",
      ...d.people.map(
        (r, i) => `- **${r.name}.** ${r.fate} ${refs(raw.people[i]?.sources ?? [], number)}`,
      ),
    );
  if (d.objectives.length > 0)
    out.push(
      "",
      "## The roles' objectives",
      "",
      ...d.objectives.map((o) => `- **${o.name}** (${o.met ? "met" : "missed"}): ${o.objective}`),
    );
  out.push(
    "",
    "## Questions for discussion",
    "",
    ...d.questions.map((q, i) => `${i + 1}. ${q.question}`),
  );
  if (d.notes.length > 0)
    out.push("", "## The facilitator's notes", "", ...d.notes.map((n) => `- ${n.text}`));
  out.push("", "## Sources", "", GRADE_LEGEND, "", ...markdownSourceLines(raw.sources));
  return `${out.join("\n")}\n`;
}

function decisionRows(d: Debrief): string[] {
  const out = [
    "## The decisions",
    "",
    "| date | decision | the class chose | votes | in 1938 |",
    "|---|---|---|---|---|",
  ];
  for (const { entry, record, outcome } of d.decisions) {
    const date = entry.date ?? record?.date ?? "";
    const votes = entry.votes ? entry.votes.map((c, i) => `${i + 1}: ${c}`).join(" · ") : "—";
    const chose = `${entry.text}${outcome ? ` (${outcome})` : ""}`;
    const then = `${entry.historical ? "as in 1938. " : entry.option ? "differs. " : ""}${record?.historical_choice ?? ""}`;
    out.push(
      `| ${cells(formatDate(date, "short"), record?.question ?? entry.decision ?? "", chose, votes, then)} |`,
    );
  }
  return out;
}

/**
 * The figures beside the record: the A/B range and every source's value, each numbered. Source
 * ids are looked up raw; the figure's label and unit are escaped here.
 */
function recordRows(raw: Debrief, number: SourceNumbers): string[] {
  const out = [
    "## Beside the historical record",
    "",
    "| figure | this run | A/B range | every source | |",
    "|---|---|---|---|---|",
  ];
  for (const f of raw.comparison.figures) {
    const main = f.summary.main ? rangeText(f.summary.main, number) : "none (no A or B count)";
    const run = markdownText(`${formatNumber(f.value)} ${f.unit}`.trimEnd());
    out.push(
      `| ${cells(markdownText(f.label), run, main, valuesText(f.summary.values, number), figureVerdict(f))} |`,
    );
  }
  out.push("", FIGURE_MARKS);
  return out;
}

/** Table cells: already escaped, so only line breaks are left to flatten. */
function cells(...texts: string[]): string {
  return texts.map((t) => t.replace(/\n/g, " ")).join(" | ");
}
