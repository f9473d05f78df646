/**
 * `khasan history` as a briefing a teacher can hand out: what happened day by day, the numbers
 * with every source's value and the A/B range, the people and their fates, where the sources
 * disagree and what they leave open, then the numbered sources. Text for the terminal and
 * Markdown for print; both are pure functions of the record.
 */
import { indexSources, summarizeFigure } from "../../core/history/figure-range";
import type { Figure, HistoricalRecord, TimelineEntry } from "../../core/history/record-schema";
import {
  FIGURE_MARKS,
  formatShortDate,
  hanging,
  heading,
  numberSources,
  rangeText,
  refs,
  type SourceNumbers,
  valuesText,
} from "./history-format";
import { markdownSafe, terminalSafe } from "./safe-text";
import { GRADE_LEGEND, markdownSourceLines, renderSourceList } from "./source-list";
import type { Style } from "./style";

const FIGURES_INTRO = `Each number is one source's value. ${FIGURE_MARKS}`;

export function renderHistory(record: HistoricalRecord, style: Style): string {
  record = terminalSafe(record);
  const number = numberSources(record.sources.map((s) => s.id));
  const w = style.width;
  const section = (title: string, lines: string[]) =>
    `${heading(title, style)}\n${lines.join("\n")}`;
  const parts = [
    heading(record.title, style),
    hanging(record.outcome.summary, w, "", ""),
    section(
      "What happened",
      record.timeline.map((t) =>
        hanging(`${whenText(t)}: ${t.event} ${refs(t.sources, number)}`, w, "  "),
      ),
    ),
    section(
      "The outcome",
      record.outcome.points.map((p) => hanging(`- ${p.text} ${refs(p.sources, number)}`, w, "  ")),
    ),
    section("The numbers", [
      hanging(style.color.dim(FIGURES_INTRO), w, "", ""),
      ...figureLines(record, number, w),
    ]),
    section(
      "People and what became of them",
      record.people.map((p) =>
        hanging(
          `${style.color.bold(p.name)}: ${p.role} Fate: ${p.fate} ${refs(p.sources, number)}`,
          w,
          "  ",
        ),
      ),
    ),
    section(
      "Where the sources disagree",
      record.disputes.map((d) =>
        hanging(`${d.topic}: ${d.text} ${refs(d.sources, number)}`, w, "  "),
      ),
    ),
    section(
      "What the sources could not settle",
      record.unsettled.map((u) => hanging(`- ${u}`, w, "  ")),
    ),
    section("Sources", [
      hanging(style.color.dim(GRADE_LEGEND), w, "", ""),
      renderSourceList(record.sources, style),
    ]),
  ];
  return `${parts.join("\n\n")}\n`;
}

function figureLines(record: HistoricalRecord, number: SourceNumbers, width: number): string[] {
  const sources = indexSources(record.sources);
  return record.figures.flatMap((figure) => {
    const summary = summarizeFigure(figure, sources);
    const main = summary.main
      ? `A/B range: ${rangeText(summary.main, number)}`
      : "A/B range: none (no A or B count)";
    const lines = [
      hanging(`${figure.label} (${figure.unit})`, width, "  "),
      hanging(main, width, "    "),
      hanging(`all sources: ${valuesText(summary.values, number)}`, width, "    "),
    ];
    if (figure.note) lines.push(hanging(figure.note, width, "    "));
    return lines;
  });
}

/** The entry's own wording of its date, with the year when that wording leaves it out. */
function whenText(entry: TimelineEntry): string {
  if (entry.when === undefined) return formatShortDate(entry.date);
  return /\d{4}/.test(entry.when) ? entry.when : `${entry.when} ${entry.date.slice(0, 4)}`;
}

/**
 * The same briefing as Markdown, for printing or a course page. The record's text is escaped
 * (no HTML, links or formatting of its own); ids and numbers are left as they are.
 */
export function renderHistoryMarkdown(raw: HistoricalRecord): string {
  const record = markdownSafe(raw);
  const number = numberSources(record.sources.map((s) => s.id));
  const sources = indexSources(record.sources);
  const out = [`# ${record.title}`, "", record.outcome.summary, "", "## What happened", ""];
  for (const t of record.timeline)
    out.push(`- **${whenText(t)}**: ${t.event} ${refs(t.sources, number)}`);
  out.push(
    "",
    "## The outcome",
    "",
    ...record.outcome.points.map((p) => `- ${p.text} ${refs(p.sources, number)}`),
  );
  out.push(
    "",
    "## The numbers",
    "",
    FIGURES_INTRO,
    "",
    "| Figure | A/B range | All sources |",
    "|---|---|---|",
  );
  for (const figure of record.figures) out.push(figureRow(figure, sources, number));
  out.push("", "## People and what became of them", "");
  for (const p of record.people)
    out.push(`- **${p.name}**: ${p.role} *Fate:* ${p.fate} ${refs(p.sources, number)}`);
  out.push(
    "",
    "## Where the sources disagree",
    "",
    ...record.disputes.map((d) => `- **${d.topic}**: ${d.text} ${refs(d.sources, number)}`),
  );
  out.push(
    "",
    "## What the sources could not settle",
    "",
    ...record.unsettled.map((u) => `- ${u}`),
  );
  out.push("", "## Sources", "", GRADE_LEGEND, "", ...markdownSourceLines(raw.sources));
  return `${out.join("\n")}\n`;
}

/** One figure (its text already escaped for Markdown) as a table row. */
function figureRow(
  figure: Figure,
  sources: ReturnType<typeof indexSources>,
  number: SourceNumbers,
): string {
  const summary = summarizeFigure(figure, sources);
  const main = summary.main ? rangeText(summary.main, number) : "none";
  return `| ${figure.label} (${figure.unit}) | ${main} | ${valuesText(summary.values, number)} |`;
}

/** The record with each figure's ranges worked out, for programs. */
export function historyJson(record: HistoricalRecord): string {
  const sources = indexSources(record.sources);
  const ranges = Object.fromEntries(
    record.figures.map((figure) => {
      const { main, spread, values } = summarizeFigure(figure, sources);
      return [
        figure.id,
        {
          main: main ?? null,
          spread,
          unconfirmed: values.filter((v) => v.unconfirmed).map((v) => v.source),
        },
      ];
    }),
  );
  return `${JSON.stringify({ ...record, ranges }, null, 2)}\n`;
}

/** `khasan history --sources`: every source of the record, numbered, with the grade legend. */
export function renderSources(record: HistoricalRecord, style: Style): string {
  return [
    style.color.bold("Sources"),
    hanging(style.color.dim(GRADE_LEGEND), style.width, "", ""),
    renderSourceList(record.sources, style),
    "",
  ].join("\n");
}

/** `khasan history --sources --format md`. */
export function renderSourcesMarkdown(record: HistoricalRecord): string {
  return `${["# Sources", "", GRADE_LEGEND, "", ...markdownSourceLines(record.sources)].join("\n")}\n`;
}
