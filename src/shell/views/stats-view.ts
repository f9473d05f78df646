/**
 * `khasan stats` as text or Markdown: the endings histogram and, per decision, the share of
 * runs taking each option, the historical one marked. Pure functions of the merged stats.
 */
import { percent, type RunStats } from "../../core/classroom/stats";
import { ownEntry } from "../../core/own-entry";
import type { VariablesMeta } from "../../core/state/variables-meta";
import { plural } from "../../core/words";
import { terminalSafe } from "./safe-text";

function bar(count: number, most: number): string {
  return "█".repeat(Math.max(1, Math.round((count / Math.max(1, most)) * 24)));
}

export function renderStatsText(stats: RunStats, meta: VariablesMeta): string {
  meta = terminalSafe(meta);
  stats = terminalSafe(stats);
  const out = [`${stats.runs} finished run${stats.runs === 1 ? "" : "s"} merged.`, ""];
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
    out.push("", "DECISIONS (share of the runs that reached each one)");
  }
  for (const d of stats.decisions) {
    out.push(
      "",
      `  ${d.question ?? d.decision}`,
      `  as in 1938: ${percent(d.historical, d.total)} of ${d.total}${d.historicalChoice ? ` (${d.historicalChoice})` : ""}`,
    );
    for (const o of d.options) {
      out.push(
        `    ${percent(o.count, d.total).padStart(4)}  ${o.historical ? "*" : " "} ${o.text}`,
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

export function renderStatsMarkdown(stats: RunStats, meta: VariablesMeta): string {
  const out = [
    "# Khasan 1938: what the classes chose",
    "",
    `${stats.runs} finished runs.`,
    "",
    "## Endings",
    "",
    "| ending | runs | share |",
    "|---|---|---|",
  ];
  for (const { ending, count } of stats.endings) {
    const title = ownEntry(meta.endings, ending)?.title ?? ending;
    out.push(
      `| ${title}${ownEntry(meta.endings, ending)?.historical ? " (historical)" : ""} | ${count} | ${percent(count, stats.runs)} |`,
    );
  }
  out.push("", "## Decisions");
  for (const d of stats.decisions) {
    out.push(
      "",
      `### ${d.question ?? d.decision}`,
      "",
      `As in 1938: ${percent(d.historical, d.total)} of ${plural(d.total, "run")}.`,
      "",
    );
    for (const o of d.options)
      out.push(
        `- ${percent(o.count, d.total)} ${o.text}${o.historical ? " **(as in 1938)**" : ""}`,
      );
  }
  if (stats.leftOut.length > 0) {
    out.push("", "## Left out", "", ...stats.leftOut.map((l) => `- ${l.label}: ${l.reason}`));
  }
  return `${out.join("\n")}\n`;
}
