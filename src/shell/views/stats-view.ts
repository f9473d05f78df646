/**
 * `khasan stats` as text or Markdown: the endings histogram and, per decision, the share of
 * runs taking each option, the historical one marked. Pure functions of the merged stats.
 */
import { percent, type RunStats } from "../../core/classroom/stats";
import { ownEntry } from "../../core/own-entry";
import type { VariablesMeta } from "../../core/state/variables-meta";
import { markdownSafe, markdownText, terminalSafe } from "./safe-text";

function bar(count: number, most: number): string {
  return "█".repeat(Math.max(1, Math.round((count / Math.max(1, most)) * 24)));
}

function classLine(stats: RunStats): string {
  const what = stats.kind === "lessons" ? "lesson" : "solo game";
  const head = `${stats.runs} finished ${what}${stats.runs === 1 ? "" : "s"} merged`;
  const labelled = stats.classes.filter((c) => c.label !== "");
  if (labelled.length === 0) return `${head}.`;
  const list = stats.classes.map((c) => `${c.label || "(no label)"}: ${c.runs}`).join(", ");
  return `${head} (${list}).`;
}

/** "67% (2 of 3)" */
function share(count: number, total: number): string {
  return `${percent(count, total)} (${count} of ${total})`;
}

function votesNote(o: { votes: number }, d: { votes: number }): string {
  return d.votes > 0 && o.votes > 0 ? `, ${o.votes} of ${d.votes} votes` : "";
}

export function renderStatsText(stats: RunStats, meta: VariablesMeta): string {
  meta = terminalSafe(meta);
  stats = terminalSafe(stats);
  const out = [classLine(stats), ""];
  if (stats.runs > 0) {
    out.push("ENDINGS");
    const most = Math.max(...stats.endings.map((e) => e.count));
    for (const { ending, count } of stats.endings) {
      const title = ownEntry(meta.endings, ending)?.title ?? ending;
      const historical = ownEntry(meta.endings, ending)?.historical ? " (historical)" : "";
      out.push(
        `  ${`${title}${historical}`.padEnd(40)} ${String(count).padStart(3)} ${percent(count, stats.runs).padStart(4)} ${bar(count, most)}`,
      );
    }
    out.push("", "DECISIONS (runs that reached each one and took each option, and the votes)");
  }
  for (const d of stats.decisions) {
    out.push(
      "",
      `  ${d.question ?? d.decision}`,
      `  as in 1938: ${share(d.historical, d.total)}${d.historicalChoice ? ` (${d.historicalChoice})` : ""}`,
    );
    for (const o of d.options) {
      out.push(
        `    ${share(o.count, d.total).padStart(12)}  ${o.historical ? "*" : " "} ${o.text}${votesNote(o, d)}`,
      );
    }
  }
  if (stats.decisions.length > 0) out.push("", "  * the option taken in 1938");
  if (stats.leftOut.length > 0) {
    out.push("", "LEFT OUT");
    for (const { label, reason } of stats.leftOut) out.push(`  ${label}: ${reason}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * The same as Markdown. Ids are looked up raw; every text from the runs or the story (class
 * labels, questions, option texts, ending titles, reasons) is escaped as it is written.
 */
export function renderStatsMarkdown(stats: RunStats, meta: VariablesMeta): string {
  const t = markdownText;
  const out = [
    "# Khasan 1938: what the classes chose",
    "",
    classLine(markdownSafe(stats)),
    "",
    "## Endings",
    "",
    "| ending | runs | share |",
    "|---|---|---|",
  ];
  for (const { ending, count } of stats.endings) {
    const title = ownEntry(meta.endings, ending)?.title ?? ending;
    out.push(
      `| ${t(title)}${ownEntry(meta.endings, ending)?.historical ? " (historical)" : ""} | ${count} | ${percent(count, stats.runs)} |`,
    );
  }
  out.push("", "## Decisions");
  for (const d of stats.decisions) {
    out.push(
      "",
      `### ${t(d.question ?? d.decision)}`,
      "",
      `As in 1938: ${share(d.historical, d.total)} runs.`,
      "",
    );
    for (const o of d.options)
      out.push(
        `- ${share(o.count, d.total)} ${t(o.text)}${o.historical ? " **(as in 1938)**" : ""}${votesNote(o, d)}`,
      );
  }
  if (stats.leftOut.length > 0) {
    out.push("", "## Left out", "", ...stats.leftOut.map((l) => `- ${t(l.label)}: ${t(l.reason)}`));
  }
  return `${out.join("\n")}\n`;
}
