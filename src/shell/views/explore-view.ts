/**
 * Renders explorer reports: a plain table for the terminal, Markdown for documents, JSON for
 * programs (bigints as decimal strings). Pure functions of the report.
 */
import { pathText } from "../../core/explore/path-text";
import type { PremiseComparison } from "../../core/explore/premise-comparison";
import type { ExploreSection, PathStep } from "../../core/explore/report";
import { plural } from "../../core/words";
import { pathLines, wrapLine } from "./path-lines";
import { markdownSafe, terminalSafe } from "./safe-text";
import { DEFAULT_WIDTH } from "./style";

export type ExploreFormat = "table" | "json" | "md";

/** What "shift" means, said once where the explorer prints it. */
export const SHIFT_LEGEND =
  "shift: how far an option moves the mix of endings (0% none, 100% entirely)";

/**
 * The sections, then the premise comparison when there is one (`--all-premises`). The table
 * wraps long lines (variables, paths) to `width`; Markdown and JSON are not wrapped.
 */
export function renderSections(
  sections: readonly ExploreSection[],
  format: ExploreFormat,
  title: string,
  comparison: readonly PremiseComparison[] = [],
  width = DEFAULT_WIDTH,
): string {
  if (format === "json") {
    const report =
      comparison.length > 0
        ? { story: title, sections, premiseComparison: comparison }
        : { story: title, sections };
    return `${JSON.stringify(report, jsonValue, 2)}\n`;
  }
  const md = format === "md";
  // Story text (endings, choices, labels) is made safe for the terminal or for Markdown.
  const safe = md ? markdownSafe : terminalSafe;
  sections = safe(sections);
  comparison = safe(comparison);
  const head = md ? `# ${safe(title)}: exploration\n\n` : "";
  const wrapTo = md ? Number.POSITIVE_INFINITY : width;
  const tail = comparison.length > 0 ? `\n${renderPremiseComparison(comparison, md, wrapTo)}` : "";
  return head + sections.map((s) => renderSection(s, md, wrapTo)).join("\n") + tail;
}

/** What changing each premise alone does, against the historical premises. */
function renderPremiseComparison(
  rows: readonly PremiseComparison[],
  md: boolean,
  width: number,
): string {
  const out = [
    md
      ? "## What each premise changes\n"
      : "== what each premise changes (against the historical premises) ==",
  ];
  for (const row of rows) {
    const item = (text: string) => (md ? `- ${text}` : wrapLine(`  ${text}`, width, "    "));
    out.push(
      `${md ? "\n### " : "\n"}${wrapLine(`${row.premise} = ${String(row.value)} (${row.label}): ending mix shifts ${row.shift.toFixed(1)} points`, width, "  ")}`,
    );
    const moved = row.endings.filter((e) => e.points !== 0);
    out.push(
      item(
        `endings: ${moved.map((e) => `${e.ending} ${pct(e.without)} → ${pct(e.with)} (${signed(e.points)})`).join(", ") || "no change"}`,
      ),
    );
    out.push(item(`last read: ${row.lastRead ?? "never after the start, or not merged"}`));
    const decisions = row.decisions.map((d) =>
      d.only ? `${d.decision} (only ${d.only} it)` : `${d.decision} ${d.points.toFixed(1)}`,
    );
    out.push(item(`changes the consequences of: ${decisions.join(", ") || "no decision"}`));
  }
  return `${out.join("\n")}\n`;
}

function signed(points: number): string {
  return `${points > 0 ? "+" : ""}${points.toFixed(1)} points`;
}

function jsonValue(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value === Number.POSITIVE_INFINITY) return null;
  return value;
}

function renderSection(s: ExploreSection, md: boolean, width: number): string {
  const out: string[] = [];
  const h = (text: string) => out.push(md ? `\n## ${text}\n` : `\n${text}`);
  const kind = s.mode === "exhaustive" ? "every path" : `${s.states} random walks`;
  out.push(
    md
      ? `## Premises: ${s.premisesLabel}\n`
      : `== premises: ${s.premisesLabel} (seed ${s.seed}) ==`,
  );
  const bound = s.truncated ? "at least " : "";
  const summary =
    s.mode === "exhaustive"
      ? `${kind}: ${bound}${plural(s.totalPaths, "path")} through ${plural(s.states, "distinct state")} (${plural(s.steps, "choice")} taken), longest path ${plural(s.longest, "choice")}`
      : `${kind} from seed ${s.seed} (each walk has its own seed, derived from ${s.seed}; the seed beside a path below replays it with khasan play --seed), ${plural(s.steps, "choice")}, longest walk ${plural(s.longest, "choice")}`;
  out.push(wrapLine(summary, width, "  "));
  h("Endings");
  out.push(...endingLines(s, md, width));
  h("Decisions that matter");
  if (s.decisions.length > 0)
    out.push(md ? `${SHIFT_LEGEND}\n` : wrapLine(SHIFT_LEGEND, width, "  "));
  out.push(...decisionLines(s, md));
  if (s.histograms.length > 0) {
    h("Variables at the end");
    for (const hist of s.histograms)
      out.push(`${hist.name}: ${hist.bins.map((b) => `${b.label} ×${b.count}`).join(", ")}`);
  }
  h("Coverage");
  const reached = s.coverage.outline - s.coverage.unreached.length;
  out.push(
    `${reached} of ${s.coverage.outline} knots and stitches reached${s.coverage.unreached.length ? `; never reached: ${s.coverage.unreached.join(", ")}` : ""}`,
  );
  h("Problems");
  out.push(...problemLines(s, width));
  return `${out.join("\n")}\n`;
}

function endingLines(s: ExploreSection, md: boolean, width: number): string[] {
  const out: string[] = [];
  if (md) out.push("| ending | paths | share |", "|---|---:|---:|");
  for (const e of s.endings) {
    const name = e.outcome.kind === "ending" ? e.outcome.id : `(${e.outcome.kind})`;
    const share = `${(e.share * 100).toFixed(1)}%`;
    out.push(
      md
        ? `| ${name} | ${fmt(e.paths)} | ${share} |`
        : `  ${name.padEnd(24)} ${fmt(e.paths).padStart(14)} ${share.padStart(7)}${e.title ? `  ${e.title}` : ""}${e.listed || e.outcome.kind !== "ending" ? "" : "  (not listed)"}`,
    );
  }
  for (const e of s.endings) {
    const vars = e.variables.map(
      (v) =>
        `${v.name} ${v.values ? v.values.join("/") : v.min === v.max ? v.min : `${v.min}–${v.max}`}`,
    );
    const seed = e.seed === undefined ? "" : ` (seed ${e.seed})`;
    const variables = `${e.outcome.id}: ${vars.join(", ") || "no tracked variables"}`;
    out.push(md ? `\n${variables}` : wrapLine(variables, width, "    "));
    out.push(
      md
        ? `\n  shortest${seed}: ${pathText(e.shortest)}`
        : pathLines(`  shortest${seed}: `, stepTexts(e.shortest), width),
    );
  }
  if (s.unreachedEndings.length > 0)
    out.push(`listed but never reached: ${s.unreachedEndings.join(", ")}`);
  return out;
}

function decisionLines(s: ExploreSection, md: boolean): string[] {
  const out: string[] = [];
  const names = s.outcomes.map((o) => (o.kind === "ending" ? o.id : `(${o.kind})`));
  for (const d of s.decisions) {
    out.push(
      `${md ? "\n### " : ""}${d.id}${d.date ? ` (${d.date}${d.role ? `, ${d.role}` : ""})` : ""}: shift up to ${pct(d.impact)}`,
    );
    for (const o of d.options) {
      const mix = o.shares.map((sh, i) => [names[i], sh] as const).filter(([, sh]) => sh > 0);
      out.push(
        `${md ? "- " : "    "}${o.option}: ${plural(o.paths, "path")}, shift ${pct(o.shift)}: ${mix.map(([n, sh]) => `${n} ${pct(sh)}`).join(", ")}`,
      );
    }
  }
  if (s.decisions.length === 0) out.push("no decision: tags");
  return out;
}

function problemLines(s: ExploreSection, width: number): string[] {
  if (s.problems.length === 0) return ["none"];
  return s.problems.flatMap((p) => [
    wrapLine(`${p.kind}: ${p.message}${p.count > 1 ? ` (×${p.count})` : ""}`, width, "    "),
    pathLines(
      `  path${p.seed === undefined ? "" : ` (seed ${p.seed})`}: `,
      stepTexts(p.path),
      width,
    ),
  ]);
}

/** Each step of a path as `pathText` writes it, for `pathLines` to break between them. */
function stepTexts(path: readonly PathStep[]): string[] {
  return path.length === 0 ? [pathText(path)] : path.map((step) => pathText([step]));
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function fmt(value: bigint | number): string {
  return value.toLocaleString("en-US");
}
