/**
 * The debrief pack as one self-contained HTML page to print or hand out: the class's decisions
 * with dates, votes and the rule; the chart; the run beside the record; the fates; questions;
 * the facilitator's notes; the sources. Every piece of story and user text is escaped.
 */
import type { Debrief, DebriefDecision } from "../../core/classroom/debrief";
import { RULE_TEXT, TIE_RULE } from "../../core/classroom/votes";
import type { FigureComparison } from "../../core/history/record-comparison";
import { ownEntry } from "../../core/own-entry";
import { CHART_CSS, renderChartPanel } from "./debrief-chart";
import { figureVerdict } from "./debrief-view";
import { formatDate, formatNumber } from "./format";
import { FIGURE_MARKS } from "./history-format";
import { MAP_CSS } from "./map-svg";
import { el, escapeHtml, htmlPage } from "./report-html";

const CSS = `${CHART_CSS}
.ending { border-left: 4px solid #7a1f1f; padding: .2rem .8rem; background: #faf6f0; }
td.votes, td.date { white-space: nowrap; }
td.votes { font-family: monospace; }
`;

/** `mapFigure`: the map of the sector (`renderMapFigure`), shown after the header. */
export function renderDebriefHtml(debrief: Debrief, mapFigure = ""): string {
  const body = [
    header(debrief),
    mapFigure,
    decisionsSection(debrief),
    chartSection(debrief),
    recordSection(debrief),
    peopleSection(debrief),
    objectivesSection(debrief),
    questionsSection(debrief),
    notesSection(debrief),
    sourcesSection(debrief),
  ].join("\n");
  return htmlPage(`${debrief.title}: class debrief`, body, `${CSS}${mapFigure ? MAP_CSS : ""}`);
}

function header(d: Debrief): string {
  const premises =
    Object.entries(d.premises)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(", ") || "historical";
  const ending = d.ending
    ? `<div class="ending">${el("h2", `Ending: ${d.ending.title}`)}${el("p", d.ending.summary)}${d.ending.historical ? el("p", "This is how it ended in 1938.", "muted") : el("p", "History went otherwise: see the record below.", "muted")}</div>`
    : el("p", d.ended ? "The run ended." : "The run has not reached an ending yet.", "ending");
  const rule = d.settings
    ? el(
        "p",
        `Decision rule: ${d.settings.rule}${d.settings.rule === "consensus" ? ` (fallback: ${d.settings.fallback})` : ""}. ${RULE_TEXT[d.settings.rule]} ${TIE_RULE}`,
      )
    : el("p", "Played without classroom votes.", "muted");
  return [
    el("h1", `${d.title}: what the class decided`),
    el(
      "p",
      `Story ${d.storyVersion} · seed ${d.seed} · premises: ${premises}${d.undos > 0 ? ` · ${d.undos} undo(s)` : ""}`,
      "subtitle",
    ),
    ending,
    rule,
  ].join("\n");
}

function decisionsSection(d: Debrief): string {
  const rows = d.decisions.map((decision) => decisionRow(decision));
  return [
    el("h2", "The decisions"),
    `<table id="decisions"><thead><tr><th>date</th><th>decision</th><th>the class chose</th><th>votes</th><th>in 1938</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
  ].join("\n");
}

function decisionRow({ entry, record, outcome }: DebriefDecision): string {
  const date = entry.date ?? record?.date;
  const votes = entry.votes ? entry.votes.map((count, i) => `${i + 1}: ${count}`).join(" · ") : "—";
  const same = entry.historical
    ? '<span class="tag hist">as in 1938</span>'
    : entry.option
      ? '<span class="tag diff">differs</span>'
      : "";
  return [
    "<tr>",
    el("td", date ? formatDate(date, "short") : "", "date"),
    el("td", record?.question ?? entry.decision ?? ""),
    `<td>${escapeHtml(entry.text)}${outcome ? `<br><span class="muted">${escapeHtml(outcome)}</span>` : ""}</td>`,
    el("td", votes, "votes"),
    `<td>${same} ${escapeHtml(record?.historical_choice ?? "")}</td>`,
    "</tr>",
  ].join("");
}

function chartSection(d: Debrief): string {
  const label = (name: string) => ownEntry(d.labels, name)?.label ?? name;
  const casualties = renderChartPanel(
    d.series,
    [
      { name: "soviet_killed", label: label("soviet_killed"), color: "#8b1a1a" },
      { name: "soviet_wounded", label: label("soviet_wounded"), color: "#d08a2c", dash: "5 3" },
    ],
    "Soviet casualties (men)",
  );
  const politics = renderChartPanel(
    d.series,
    [
      { name: "stalin_trust", label: label("stalin_trust"), color: "#1f4e8c" },
      { name: "escalation", label: label("escalation"), color: "#6b6b6b", dash: "5 3" },
    ],
    "Stalin's trust and the risk of a wider war (%)",
    100,
  );
  const stopped =
    d.replayed < d.decisions.length
      ? el("p", "The chart stops where the run no longer fits this story build.", "muted")
      : "";
  return `<section id="chart">${el("h2", "Over the days")}${casualties}${politics}${stopped}</section>`;
}

function recordSection(d: Debrief): string {
  const { comparison } = d;
  const number = (id: string) => d.sources.findIndex((s) => s.id === id) + 1;
  const rows = comparison.figures.map((figure) => figureRow(figure, number));
  const divergence = comparison.divergence
    ? el(
        "p",
        `The class first left the historical line on ${formatDate(comparison.divergence.date ?? "", "long")}: ${comparison.divergence.decision?.question ?? comparison.divergence.entry.text}`,
      )
    : el(
        "p",
        `The class took the historical option at all ${comparison.historicalSteps} decisions with a recorded option.`,
      );
  return [
    el("h2", "Beside the historical record"),
    `<table id="record"><thead><tr><th>figure</th><th>this run</th><th>the sources</th><th></th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    el("p", FIGURE_MARKS, "muted"),
    divergence,
  ].join("\n");
}

function figureRow(figure: FigureComparison, number: (id: string) => number): string {
  const range = figure.summary.main ?? figure.summary.spread;
  const ids = [...new Set([...range.low.sources, ...range.high.sources])];
  const span =
    range.low.value === range.high.value
      ? formatNumber(range.low.value)
      : `${formatNumber(range.low.value)}–${formatNumber(range.high.value)}`;
  const refs = ids
    .map(number)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const basis = figure.summary.main ? "A/B range" : "no A or B count; every source";
  return `<tr>${el("td", figure.label)}${el("td", `${formatNumber(figure.value)} ${figure.unit}`)}${el("td", `${span} [${refs.join(", ")}] (${basis})`)}${el("td", figureVerdict(figure))}</tr>`;
}

function peopleSection(d: Debrief): string {
  if (d.people.length === 0) return "";
  const items = d.people.map(
    (role) =>
      `<li><strong>${escapeHtml(role.name)}</strong> (${escapeHtml(role.title)}). ${escapeHtml(role.fate)}</li>`,
  );
  return `${el("h2", "What became of them")}<ul id="people">${items.join("")}</ul>`;
}

function objectivesSection(d: Debrief): string {
  if (d.objectives.length === 0) return "";
  const rows = d.objectives.map(
    (o) =>
      `<tr>${el("td", o.name)}${el("td", o.objective)}${el("td", o.met ? "met" : "missed")}</tr>`,
  );
  return `${el("h2", "The roles' objectives")}<table id="objectives"><thead><tr><th>role</th><th>objective</th><th>at the end</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function questionsSection(d: Debrief): string {
  const picked = d.questions.map((q) => `<li>${escapeHtml(q.question)}</li>`);
  return `${el("h2", "Questions for discussion")}<ol id="questions">${picked.join("")}</ol>`;
}

function notesSection(d: Debrief): string {
  if (d.notes.length === 0) return "";
  const items = d.notes.map(
    (note) =>
      `<li>${note.date ? `<em>${escapeHtml(formatDate(note.date, "short"))}:</em> ` : ""}${escapeHtml(note.text)}</li>`,
  );
  return `${el("h2", "The facilitator's notes")}<ul id="notes">${items.join("")}</ul>`;
}

function sourcesSection(d: Debrief): string {
  const items = d.sources.map((s) => {
    const where = s.url ? ` <span class="muted">${escapeHtml(s.url)}</span>` : "";
    return `<li>${escapeHtml(s.citation ?? s.title)}${where} <span class="muted">(grade ${escapeHtml(s.reliability)})</span></li>`;
  });
  return `${el("h2", "Sources")}<ol class="sources" id="sources">${items.join("")}</ol>`;
}
