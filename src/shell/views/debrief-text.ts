/**
 * The debrief pack as text for the terminal (`khasan debrief RUN` without `--out`): the same
 * sections as the Markdown and HTML packs, wrapped to the width, with the run's figures shown as
 * the ending's comparison shows them and the sources with their grades. Every string from the
 * run, the story, the record or the roles file goes through `terminalSafe` first.
 */
import type { Debrief } from "../../core/classroom/debrief";
import { RULE_TEXT } from "../../core/classroom/votes";
import { divergenceText, renderTextChart, runFacts } from "./debrief-view";
import { formatDate } from "./format";
import { hanging, heading, numberSources, refs } from "./history-format";
import { renderFigures } from "./record-comparison-view";
import { terminalSafe } from "./safe-text";
import { GRADE_LEGEND, renderSourceList } from "./source-list";
import type { Style } from "./style";

export function renderDebriefText(raw: Debrief, style: Style): string {
  const d = terminalSafe(raw);
  const w = style.width;
  const number = numberSources(d.sources.map((source) => source.id));
  const section = (title: string, lines: readonly string[]) =>
    `${heading(title, style)}\n${lines.join("\n")}`;
  const head = [heading(`${d.title}: what the class decided`, style), hanging(runFacts(d), w, "")];
  if (d.ending) {
    const then = d.ending.historical ? " This is how it ended in 1938." : "";
    head.push(hanging(`Ending: ${d.ending.title}. ${d.ending.summary}${then}`, w, ""));
  }
  if (d.settings)
    head.push(hanging(`Decision rule: ${d.settings.rule}. ${RULE_TEXT[d.settings.rule]}`, w, ""));
  const parts = [
    head.join("\n"),
    section("The decisions", decisionLines(d, w)),
    section("Over the days", [renderTextChart(d.series).trimEnd()]),
    section("Beside the historical record", [
      renderFigures(d.comparison, style, number),
      "",
      hanging(divergenceText(d), w, "  "),
    ]),
  ];
  if (d.people.length > 0)
    parts.push(
      section(
        "What became of them",
        d.people.map((r) => hanging(`${r.name}: ${r.fate} ${refs(r.sources, number)}`, w, "  ")),
      ),
    );
  if (d.objectives.length > 0)
    parts.push(
      section(
        "The roles' objectives",
        d.objectives.map((o) =>
          hanging(`${o.name} (${o.met ? "met" : "missed"}): ${o.objective}`, w, "  "),
        ),
      ),
    );
  parts.push(
    section(
      "Questions for discussion",
      d.questions.map((q, i) => hanging(`${i + 1}. ${q.question}`, w, "  ", "   ")),
    ),
  );
  if (d.notes.length > 0)
    parts.push(
      section(
        "The facilitator's notes",
        d.notes.map((n) => hanging(`- ${n.text}`, w, "  ")),
      ),
    );
  parts.push(
    section("Sources", [
      hanging(style.color.dim(GRADE_LEGEND), w, "", ""),
      renderSourceList(d.sources, style),
    ]),
  );
  return `${parts.join("\n\n")}\n`;
}

/** Each decision: its date and question, then what the class chose, the votes and 1938. */
function decisionLines(d: Debrief, width: number): string[] {
  return d.decisions.flatMap(({ entry, record, outcome }) => {
    const date = entry.date ?? record?.date;
    const lines = [
      hanging(
        `${date ? `${formatDate(date, "short")}: ` : ""}${record?.question ?? entry.decision ?? ""}`,
        width,
        "  ",
      ),
    ];
    const same = entry.historical ? " (as in 1938)" : entry.option ? " (not as in 1938)" : "";
    lines.push(hanging(`The class chose: ${entry.text}${record ? same : ""}`, width, "    "));
    if (entry.votes) {
      const votes = entry.votes.map((count, i) => `${i + 1}: ${count}`).join(" · ");
      lines.push(hanging(`Votes: ${votes}${outcome ? `. ${outcome}` : ""}`, width, "    "));
    }
    if (record) lines.push(hanging(`In 1938: ${record.historical_choice}`, width, "    "));
    return lines;
  });
}
