/**
 * `khasan compare A B` as a table or Markdown: premises side by side, the decisions in order with
 * the first divergence marked, the tracked variables at each date for both runs, both endings.
 */
import type { RunsComparison } from "../../core/history/compare-runs";
import type { VariableValue } from "../../core/story/session";
import type { LogEntry } from "../../core/story/turn";
import { formatDate, formatNumber, heading } from "./history-format";
import { terminalSafe } from "./safe-text";
import type { Style } from "./style";

const show = (value: VariableValue | undefined) =>
  value === undefined ? "–" : typeof value === "number" ? formatNumber(value) : String(value);

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

export function renderRunsTable(c: RunsComparison, style: Style): string {
  c = terminalSafe(c);
  const side = Math.max(10, Math.floor((style.width - 6 - 22) / 2));
  const w = [20, side, side];
  const out = [heading(`${c.labels.a} and ${c.labels.b}`, style), style.color.bold("Premises")];
  out.push(columns(["", "A", "B"], [w[0] ?? 20, side, side]));
  for (const p of c.premises) out.push(columns([`  ${p.name}`, show(p.a), show(p.b)], w));
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
  for (const day of c.byDate) {
    out.push("", style.color.bold(formatDate(day.date)));
    for (const row of day.rows) out.push(columns([`  ${row.label}`, show(row.a), show(row.b)], w));
  }
  out.push(
    "",
    style.color.bold("Endings"),
    columns(["", c.endings.a ?? "(not ended)", c.endings.b ?? "(not ended)"], w),
  );
  return `${out.join("\n")}\n`;
}

export function renderRunsMarkdown(c: RunsComparison): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const out = [
    `# ${c.labels.a} and ${c.labels.b}`,
    "",
    "## Premises",
    "",
    "| premise | A | B |",
    "|---|---|---|",
  ];
  for (const p of c.premises) out.push(`| ${p.name} | ${show(p.a)} | ${show(p.b)} |`);
  out.push("", "## Decisions", "", "| step | date | A | B |", "|---|---|---|---|");
  c.steps.forEach((step, i) => {
    const when = step.a?.date ?? step.b?.date;
    const label = i === c.firstDivergence ? `**${i + 1} (first divergence)**` : String(i + 1);
    out.push(
      `| ${label} | ${when ? formatDate(when) : ""} | ${cell(choiceText(step.a))} | ${cell(choiceText(step.b))} |`,
    );
  });
  out.push("", "## Variables by date", "", "| date | variable | A | B |", "|---|---|---|---|");
  for (const day of c.byDate) {
    for (const row of day.rows)
      out.push(`| ${formatDate(day.date)} | ${row.label} | ${show(row.a)} | ${show(row.b)} |`);
  }
  out.push(
    "",
    "## Endings",
    "",
    `- A: ${c.endings.a ?? "(not ended)"}`,
    `- B: ${c.endings.b ?? "(not ended)"}`,
  );
  return `${out.join("\n")}\n`;
}
