/**
 * `khasan compare A B` as a table or Markdown: premises side by side, the decisions in order with
 * the first divergence marked, the tracked variables at each date for both runs, both endings.
 */
import type { RunsComparison, VariableRow } from "../../core/history/runs-comparison";
import { ownEntry } from "../../core/own-entry";
import { displayValue } from "../../core/state/tracked";
import type { VariablesMeta } from "../../core/state/variables-meta";
import type { VariableValue } from "../../core/story/session";
import type { LogEntry } from "../../core/story/turn";
import { formatDate, formatNumber, heading } from "./history-format";
import { markdownText, terminalSafe } from "./safe-text";
import { type Style, wrap } from "./style";

/** A value for people: numbers grouped, string ids as words (variables.json's value_labels). */
function show(value: VariableValue | undefined, meta?: VariablesMeta, name?: string): string {
  if (value === undefined) return "–";
  if (typeof value === "number") return formatNumber(value);
  return displayValue(value, name && meta ? ownEntry(meta.variables, name) : undefined);
}

const AT_END_NOTE =
  "Each date shows the variables at that day's last decision. An ending can sum up fighting after it (an early ending counts the whole battle), so the endings' totals are shown apart, under At the end.";

const endingText = (c: RunsComparison, side: "a" | "b") =>
  c.endings[side] === null
    ? "(not ended)"
    : (c.endingTitles[side] ?? "(an ending the story does not list)");

const choiceText = (entry: LogEntry | undefined) =>
  entry === undefined ? "–" : `${entry.text}${entry.historical ? " (historical)" : ""}`;

function columns(cells: string[], widths: number[]): string {
  return cells
    .map((cell, i) => fitCell(cell, widths[i] ?? 10))
    .join("  ")
    .trimEnd();
}

function fitCell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, Math.max(1, width - 1))}…` : text.padEnd(width);
}

export function renderRunsTable(c: RunsComparison, style: Style, meta?: VariablesMeta): string {
  c = terminalSafe(c);
  meta = meta && terminalSafe(meta);
  const side = Math.max(10, Math.floor((style.width - 6 - 22) / 2));
  const w = [20, side, side];
  const out = [heading(`${c.labels.a} and ${c.labels.b}`, style), style.color.bold("Premises")];
  out.push(columns(["", "A", "B"], [w[0] ?? 20, side, side]));
  for (const p of c.premises)
    out.push(columns([`  ${premiseLabel(p.name, meta)}`, show(p.a), show(p.b)], w));
  out.push("", style.color.bold("Decisions"));
  c.steps.forEach((step, i) => {
    const mark = i === c.firstDivergence ? "▶" : " ";
    const when = step.a?.date ?? step.b?.date;
    out.push(
      columns(
        [
          `${mark} ${i + 1}. ${when ? formatDate(when) : ""}`,
          choiceText(step.a),
          choiceText(step.b),
        ],
        w,
      ),
    );
  });
  if (c.firstDivergence !== undefined)
    out.push(style.color.dim(`  ▶ first divergence: step ${c.firstDivergence + 1}`));
  else out.push(style.color.dim("  the two runs made the same choices"));
  const rows = (list: readonly VariableRow[]) =>
    list.map((row) =>
      columns([`  ${row.label}`, show(row.a, meta, row.name), show(row.b, meta, row.name)], w),
    );
  if (c.byDate.length > 0 || c.atEnd) out.push("", wrap(style.color.dim(AT_END_NOTE), style.width));
  for (const day of c.byDate) {
    out.push("", style.color.bold(formatDate(day.date)));
    out.push(...rows(day.rows));
  }
  if (c.atEnd) {
    out.push("", style.color.bold("At the end"));
    out.push(...rows(c.atEnd));
  }
  out.push(
    "",
    style.color.bold("Endings"),
    columns(["", endingText(c, "a"), endingText(c, "b")], w),
  );
  return `${out.join("\n")}\n`;
}

function premiseLabel(name: string, meta: VariablesMeta | undefined): string {
  return (meta && ownEntry(meta.variables, name)?.label) ?? name;
}

/**
 * The same as Markdown. Ids are looked up raw; every text from the saves or the story (labels,
 * choice texts, values, ending titles) is escaped as it is written.
 */
export function renderRunsMarkdown(c: RunsComparison, meta?: VariablesMeta): string {
  const cell = markdownText;
  const out = [
    `# ${cell(c.labels.a)} and ${cell(c.labels.b)}`,
    "",
    "## Premises",
    "",
    "| premise | A | B |",
    "|---|---|---|",
  ];
  for (const p of c.premises)
    out.push(`| ${cell(premiseLabel(p.name, meta))} | ${cell(show(p.a))} | ${cell(show(p.b))} |`);
  out.push("", "## Decisions", "", "| step | date | A | B |", "|---|---|---|---|");
  c.steps.forEach((step, i) => {
    const when = step.a?.date ?? step.b?.date;
    const label = i === c.firstDivergence ? `**${i + 1} (first divergence)**` : String(i + 1);
    out.push(
      `| ${label} | ${when ? cell(formatDate(when)) : ""} | ${cell(choiceText(step.a))} | ${cell(choiceText(step.b))} |`,
    );
  });
  out.push("", "## Variables by date", "", AT_END_NOTE, "");
  out.push("| date | variable | A | B |", "|---|---|---|---|");
  const row = (when: string, r: VariableRow) =>
    `| ${when} | ${cell(r.label)} | ${cell(show(r.a, meta, r.name))} | ${cell(show(r.b, meta, r.name))} |`;
  for (const day of c.byDate)
    for (const r of day.rows) out.push(row(cell(formatDate(day.date)), r));
  for (const r of c.atEnd ?? []) out.push(row("at the end", r));
  out.push(
    "",
    "## Endings",
    "",
    `- A: ${cell(endingText(c, "a"))}`,
    `- B: ${cell(endingText(c, "b"))}`,
  );
  return `${out.join("\n")}\n`;
}
