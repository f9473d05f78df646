/**
 * `khasan stats --format html`: the merged runs as one printable page with bar charts, for a
 * teacher comparing classes. Endings and, per decision, the options as horizontal bars, each
 * with its count and share written beside it (the numbers are in the text, not only in the bar
 * lengths); the option taken in 1938 is drawn and labelled apart. Inline SVG, no script.
 */
import { percent, type RunStats } from "../../core/classroom/stats";
import { ownEntry } from "../../core/own-entry";
import type { VariablesMeta } from "../../core/state/variables-meta";
import { el, escapeHtml, htmlPage } from "./report-html";

interface Bar {
  label: string;
  count: number;
  total: number;
  historical: boolean;
  note?: string;
}

const WIDTH = 720;
const LABEL = 300;
const ROW = 26;
const BAR_MAX = WIDTH - LABEL - 150;

const CSS = `
.bars text { font: 12px "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; fill: #1b1b1b; }
.bars .bar { fill: #8a8a8a; }
.bars .bar.hist { fill: #7a1f1f; }
.bars .hist-label { font-weight: bold; }
figure { margin: .4rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: .9em; color: #555; }
`;

/** Labels longer than the label column are cut with an ellipsis; the full text is the title. */
function shorten(label: string): string {
  const max = 42;
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

function barChart(bars: readonly Bar[], caption: string): string {
  const most = Math.max(1, ...bars.map((b) => b.count));
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW;
    const width = b.count === 0 ? 0 : Math.max(2, Math.round((b.count / most) * BAR_MAX));
    const figure = [
      `${b.count} (${percent(b.count, b.total)})`,
      ...(b.note ? [b.note] : []),
      ...(b.historical ? ["as in 1938"] : []),
    ].join(", ");
    return [
      `<g><title>${escapeHtml(`${b.label}: ${figure}`)}</title>`,
      `<text x="0" y="${y + 16}"${b.historical ? ' class="hist-label"' : ""}>${escapeHtml(shorten(b.label))}</text>`,
      `<rect class="bar${b.historical ? " hist" : ""}" x="${LABEL}" y="${y + 4}" width="${width}" height="${ROW - 10}"/>`,
      `<text x="${LABEL + width + 6}" y="${y + 16}">${escapeHtml(figure)}</text></g>`,
    ].join("");
  });
  return [
    "<figure>",
    `<svg class="bars" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(caption)}">`,
    ...rows,
    "</svg>",
    el("figcaption", caption),
    "</figure>",
  ].join("\n");
}

function classLine(stats: RunStats): string {
  const what = stats.kind === "lessons" ? "lesson" : "solo game";
  const head = `${stats.runs} finished ${what}${stats.runs === 1 ? "" : "s"} merged`;
  const labelled = stats.classes.filter((c) => c.label !== "");
  if (labelled.length === 0) return `${head}.`;
  return `${head}: ${stats.classes.map((c) => `${c.label || "(no label)"} ${c.runs}`).join(", ")}.`;
}

export function renderStatsHtml(stats: RunStats, meta: VariablesMeta): string {
  const body: string[] = [el("h1", "Khasan 1938: what the classes chose")];
  body.push(el("p", classLine(stats), "subtitle"));
  if (stats.runs > 0) {
    body.push(el("h2", "Endings"));
    const endings = stats.endings.map(({ ending, count }) => {
      const entry = ownEntry(meta.endings, ending);
      return {
        label: entry?.title ?? ending,
        count,
        total: stats.runs,
        historical: entry?.historical === true,
      };
    });
    body.push(
      barChart(endings, "Runs ending in each ending; the historical one is drawn dark and marked."),
    );
  }
  if (stats.decisions.length > 0) body.push(el("h2", "Decisions"));
  for (const d of stats.decisions) {
    body.push(el("h3", d.question ?? d.decision));
    const taken = `As in 1938: ${d.historical} of ${d.total} runs (${percent(d.historical, d.total)})`;
    body.push(
      el("p", d.historicalChoice ? `${taken}. In 1938: ${d.historicalChoice}` : `${taken}.`),
    );
    const options = d.options.map((o) => ({
      label: o.text,
      count: o.count,
      total: d.total,
      historical: o.historical,
      ...(d.votes > 0 && o.votes > 0 ? { note: `${o.votes} of ${d.votes} votes` } : {}),
    }));
    body.push(
      barChart(
        options,
        "Runs that reached this decision and took each option; the 1938 option is drawn dark.",
      ),
    );
  }
  if (stats.leftOut.length > 0) {
    body.push(el("h2", "Left out"));
    body.push(
      `<ul>${stats.leftOut.map((l) => `<li>${escapeHtml(`${l.label}: ${l.reason}`)}</li>`).join("")}</ul>`,
    );
  }
  return htmlPage("Khasan 1938: what the classes chose", body.join("\n"), CSS);
}
