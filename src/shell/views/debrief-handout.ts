/**
 * The one-page student handout of a lesson's debrief: the ending, the decisions the class took
 * with the options it turned down and what was done in 1938, the chart, and the first questions
 * that are true of the run (at most five), with the content note and a short glossary. Printed
 * on A4 it fits one page (two at most), and no table row or chart is split across pages.
 */
import type { ClassroomData } from "../../core/classroom/classroom-data";
import type { Debrief } from "../../core/classroom/debrief";
import { CHART_CSS, renderChartPanel } from "./debrief-chart";
import { formatDate } from "./format";
import { MAP_CSS } from "./map-svg";
import { el, escapeHtml, htmlPage } from "./report-html";

/** Questions on the student handout. */
export const HANDOUT_QUESTIONS = 5;

const CSS = `${CHART_CSS}${MAP_CSS}
@page { size: A4; margin: 12mm; }
body { max-width: 186mm; font-size: 10.5pt; line-height: 1.3; }
h1 { font-size: 15pt; margin: 0 0 .2rem; }
h2 { font-size: 11.5pt; margin: .6rem 0 .2rem; }
p { margin: .2rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
td, th { border-bottom: 1px solid #ccc; padding: 2px 4px; vertical-align: top; text-align: left; }
tr, svg, .chart, li, .ending { break-inside: avoid; page-break-inside: avoid; }
.ending { border-left: 4px solid #7a1f1f; padding: .1rem .6rem; background: #faf6f0; }
.rejected { color: #555; }
.note { font-size: 8.5pt; color: #444; }
.chart { margin: .2rem 0; }
`;

/** One line: each role in play, its objective met or missed (the cards hold the objectives). */
function objectives(d: Debrief): string {
  if (d.objectives.length === 0) return "";
  const each = d.objectives.map((o) => `${o.name}: ${o.met ? "met" : "missed"}`).join(" · ");
  return el("p", `Objectives at the end: ${each}.`, "objectives");
}

/** `mapFigure`: the map of the sector (`renderMapFigure`, short caption), beside the chart. */
export function renderStudentHandoutHtml(
  debrief: Debrief,
  classroom: ClassroomData,
  mapFigure = "",
): string {
  const d = debrief;
  const ending = d.ending
    ? `<div class="ending">${el("h2", `How it ended: ${d.ending.title}`)}${el("p", d.ending.summary)}${el("p", d.ending.historical ? "This is how it ended in 1938." : "History went otherwise.", "note")}</div>`
    : el("p", "The lesson stopped before an ending.", "ending");
  const rows = d.decisions
    .filter((decision) => !decision.byHistory)
    .map((decision) => {
      const date = decision.entry.date ? formatDate(decision.entry.date, "short") : "";
      const same = decision.entry.historical ? "as in 1938" : "not as in 1938";
      const rejected = decision.rejected.map((text) => `<li>${escapeHtml(text)}</li>`).join("");
      return `<tr><td>${escapeHtml(date)}</td><td><strong>${escapeHtml(decision.entry.text)}</strong> <span class="note">(${same})</span></td><td class="rejected"><ul>${rejected}</ul></td></tr>`;
    });
  const label = (name: string) => d.labels[name]?.label ?? name;
  const colour = (name: string) => d.charted.find((c) => c.variable === name)?.colour ?? "#333";
  const chart = renderChartPanel(
    d.series,
    ["soviet_killed", "soviet_wounded"].map((name) => ({
      name,
      label: label(name),
      color: colour(name),
    })),
    "Soviet casualties (men), by date",
  );
  const questions = d.questions
    .slice(0, HANDOUT_QUESTIONS)
    .map((q) => `<li>${escapeHtml(q.question)}</li>`)
    .join("");
  const glossary = classroom.glossary
    .slice(0, 4)
    .map((g) => `<strong>${escapeHtml(g.term)}</strong>: ${escapeHtml(g.text)}`)
    .join(" · ");
  const body = [
    el("h1", `${d.title}: what your class decided`),
    ending,
    el("h2", "Your decisions, and the options you turned down"),
    `<table id="decisions"><thead><tr><th>date</th><th>the class chose</th><th>turned down</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    `<section id="chart">${chart}</section>`,
    mapFigure,
    objectives(d),
    el("h2", "Questions"),
    `<ol id="questions">${questions}</ol>`,
    `<p class="note">${glossary}</p>`,
    el("p", `Content note: ${classroom.contentNote}`, "note"),
  ].join("\n");
  return htmlPage(`${d.title}: student handout`, body, CSS);
}
