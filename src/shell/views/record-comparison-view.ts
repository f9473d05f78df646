/**
 * The comparison panel shown at every ending and by `khasan compare RUN --history`: the run's
 * figures against the record's ranges, the first departure from the historical line, what
 * became of the people, the model's assumptions and the numbered sources. A pure function of
 * the RecordComparison and a Style; it fits 60 columns and uses whatever width it is given.
 */
import type { FigureComparison, RecordComparison } from "../../core/history/record-comparison";
import {
  FIGURE_MARKS,
  formatDate,
  formatNumber,
  hanging,
  heading,
  numberSources,
  rangeText,
  refs,
  type SourceNumbers,
  valuesText,
} from "./history-format";
import { terminalSafe } from "./safe-text";
import { renderSourceList } from "./source-list";
import type { Style } from "./style";

export const ASSUMPTIONS_FALLBACK =
  "The model's assumptions are documented in story/README.md, beside the story.";

export interface RecordComparisonViewOptions {
  /**
   * At an ending, only the A and B sources are listed, and `moreSources` says how to see the
   * rest (a command), so the panel stays short enough to end on the ending itself.
   */
  moreSources?: string;
}

/** The whole panel as text ending in a newline. */
export function renderRecordComparison(
  comparison: RecordComparison,
  style: Style,
  options: RecordComparisonViewOptions = {},
): string {
  comparison = terminalSafe(comparison);
  const number = numberSources(comparison.sources.map((source) => source.id));
  const parts = [
    heading("Your run and the historical record", style),
    ...renderScope(comparison, style),
    renderFigures(comparison, style, number),
    renderDivergence(comparison, style, number),
    renderPeople(comparison, style, number),
    renderAssumptions(comparison, style),
    renderSources(comparison, style, options.moreSources),
  ];
  return `${parts.join("\n\n")}\n`;
}

function renderScope(comparison: RecordComparison, style: Style): string[] {
  if (comparison.date === undefined) return [];
  const text = `Mid-game, as of ${formatDate(comparison.date)}: only what the record counts by that date is compared.`;
  return [hanging(text, style.width, "")];
}

/** The figures block: each figure with its verdict and every source's value, then the marks' legend. */
export function renderFigures(
  comparison: RecordComparison,
  style: Style,
  number: SourceNumbers,
): string {
  const lines = [style.color.bold("Figures")];
  if (comparison.figures.length === 0)
    lines.push("  Nothing the record counts can be compared yet.");
  for (const figure of comparison.figures) lines.push(renderFigure(figure, style, number));
  for (const pending of comparison.pending) {
    const when = pending.asOf ? `counted as of ${formatDate(pending.asOf)}` : "counted at the end";
    lines.push(hanging(`${pending.label}: not yet comparable (${when}).`, style.width, "  "));
  }
  const marked = comparison.figures.some((f) =>
    f.summary.values.some((v) => v.claim || v.unconfirmed),
  );
  if (marked) {
    lines.push(hanging(style.color.dim(FIGURE_MARKS), style.width, "  ", ""));
  }
  return lines.join("\n");
}

function renderFigure(figure: FigureComparison, style: Style, number: SourceNumbers): string {
  const amount = `you: ${formatNumber(figure.value)} ${figure.unit}`.trimEnd();
  const gap = style.width - 2 - figure.label.length - amount.length;
  const head =
    gap >= 2
      ? `  ${style.color.bold(figure.label)}${" ".repeat(gap)}${amount}`
      : `  ${style.color.bold(figure.label)}\n    ${amount}`;
  const all = `all sources: ${valuesText(figure.summary.values, number)}`;
  return [
    head,
    hanging(verdictText(figure, style, number), style.width, "    "),
    hanging(all, style.width, "    "),
  ].join("\n");
}

function verdictText(figure: FigureComparison, style: Style, number: SourceNumbers): string {
  const { summary, verdict } = figure;
  const range = summary.main ?? summary.spread;
  const what = figure.basis === "main" ? "the A/B range" : "the spread (no A or B count exists)";
  const paint = verdict === "inside" ? style.color.green : style.color.yellow;
  let text = `${paint(verdict)} ${what} ${rangeText(range, number)}`;
  if (figure.basis === "main" && verdict !== "inside") {
    text += figure.inSpread ? "; within the full spread" : "; outside every source";
  }
  return text;
}

function renderDivergence(
  comparison: RecordComparison,
  style: Style,
  number: SourceNumbers,
): string {
  const title = style.color.bold("Where you left the historical line");
  const { divergence } = comparison;
  if (!divergence) {
    const n = comparison.historicalSteps;
    const text =
      n === 0
        ? "No decision with a historical option has been taken yet."
        : `You took the historical option at every decision (${n}).`;
    return `${title}\n${hanging(text, style.width, "  ")}`;
  }
  const when = divergence.date ? formatDate(divergence.date) : "undated";
  const lines = [
    title,
    hanging(`${when}, decision ${divergence.entry.decision ?? "(unnamed)"}`, style.width, "  "),
  ];
  if (divergence.decision) lines.push(hanging(divergence.decision.question, style.width, "  "));
  lines.push(hanging(`You chose: ${divergence.entry.text}`, style.width, "  "));
  const done = divergence.decision
    ? `${divergence.decision.historical_choice} ${refs(divergence.decision.sources, number)}`
    : "The record has no entry for this decision.";
  lines.push(hanging(`What was done: ${done}`, style.width, "  "));
  return lines.join("\n");
}

function renderPeople(comparison: RecordComparison, style: Style, number: SourceNumbers): string {
  const lines = [style.color.bold("What became of them")];
  if (comparison.date !== undefined) {
    const text = `Not yet: their fates come after ${formatDate(comparison.date)}, and are shown once the run has ended.`;
    return `${lines[0]}\n${hanging(text, style.width, "  ")}`;
  }
  for (const person of comparison.people) {
    const cite = refs(person.sources, number);
    lines.push(hanging(`${person.name}: ${person.fate} ${cite}`, style.width, "  "));
  }
  return lines.join("\n");
}

function renderAssumptions(comparison: RecordComparison, style: Style): string {
  const lines = [style.color.bold("The model's assumptions")];
  if (!comparison.assumptions)
    return `${lines[0]}\n${hanging(ASSUMPTIONS_FALLBACK, style.width, "  ")}`;
  for (const item of comparison.assumptions) lines.push(hanging(`- ${item}`, style.width, "  "));
  return lines.join("\n");
}

/** Every cited source, or only the A and B ones with a line saying how to list the others. */
function renderSources(
  comparison: RecordComparison,
  style: Style,
  more: string | undefined,
): string {
  const all = comparison.sources;
  if (more === undefined) return `${style.color.bold("Sources")}\n${renderSourceList(all, style)}`;
  const numbered = all.map((source, i) => ({ source, number: i + 1 }));
  const graded = numbered.filter(({ source }) => source.reliability !== "C");
  const others = numbered.filter(({ source }) => source.reliability === "C");
  const lines = [style.color.bold("Sources (A and B)")];
  if (graded.length > 0)
    lines.push(
      renderSourceList(
        all,
        style,
        graded.map((g) => g.number),
      ),
    );
  if (others.length > 0) {
    const refs = others.map(({ number }) => `[${number}]`).join(", ");
    const text = `${refs}: derivative web pages (grade C), never alone behind a number; ${more}.`;
    lines.push(hanging(style.color.dim(text), style.width, "  "));
  }
  return lines.join("\n");
}
