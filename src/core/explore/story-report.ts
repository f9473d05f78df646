/**
 * `npm run story:report`: the campaign measured against issue 12's targets (Deliver 2, 3, 6, 7
 * and 8), each printed with PASS or FAIL beside the numbers it rests on. Pure: the shell runs the
 * explorations and walks, this turns them into text. The targets' numbers are the issue's; the
 * campaign's ids come from the story's own files (variables.json, the tags).
 */
import type { VariablesMeta } from "../state/variables-meta";
import { DEFAULT_ROLE } from "../story/tags";
import { mergeClaimSummaries } from "./claims";
import { declaredConsequences, dominatedOptions } from "./consequences";
import { medianAndMax, type ProseWalk } from "./prose-walks";
import type { ExploreSection, PathStep } from "./report";

/** Issue 12's targets. */
export const TARGETS = {
  laterClaims: 2,
  endingClaims: 3,
  optionShift: 0.05,
  premiseShift: 0.05,
  medianWords: 250,
  maxWords: 450,
  endingMax: 0.3,
  endingMin: 0.02,
  bestChoices: 10,
  /** A decision between 6 and 11 August, besides the 6 August assault. */
  lateWindow: ["1938-08-06", "1938-08-11"] as const,
  /** Stalin's 1 August call varies with trust. */
  probe: { date: "1938-08-01", variable: "stalin_trust" },
};

export interface StoryReportInput {
  meta: VariablesMeta;
  /** Historical premises first (with consequences), then each premise changed alone. */
  exhaustive: ExploreSection[];
  /** Uniform random walks under the historical premises. */
  random: ExploreSection;
  historicalLine: ProseWalk;
  walks: ProseWalk[];
  /** story/README.md, where each option's upside is stated. */
  readme: string;
}

export interface StoryReport {
  text: string;
  passed: number;
  failed: number;
}

export function storyReport(input: StoryReportInput): StoryReport {
  const out: string[] = [];
  const verdicts: boolean[] = [];
  const target = (ok: boolean, label: string) => {
    verdicts.push(ok);
    out.push(`${ok ? "PASS" : "FAIL"}  ${label}`);
  };
  const historical = input.exhaustive[0];
  if (!historical) throw new Error("the report needs the historical exploration");
  const decisions = historical.decisions;
  const pct = (x: number) => `${(x * 100).toFixed(1)}`;

  // Deliver 2: reactivity.
  out.push("== Deliver 2: reactivity (claims, every path under each premise set) ==");
  const merged = mergeClaimSummaries(input.exhaustive.map((s) => s.claims));
  const later = new Map(merged.decisions.map((d) => [d.id, d.lines]));
  const width = Math.max(10, ...decisions.map((d) => d.id.length));
  out.push(`${"decision".padEnd(width)}  date        role      later claiming lines`);
  for (const d of byDate(decisions)) {
    out.push(
      `${d.id.padEnd(width)}  ${(d.date ?? "").padEnd(10)}  ${(d.role ?? DEFAULT_ROLE).padEnd(8)}  ${later.get(d.id) ?? 0}`,
    );
  }
  const fewLater = decisions.filter((d) => (later.get(d.id) ?? 0) < TARGETS.laterClaims);
  target(
    fewLater.length === 0,
    `every decision claimed by >= ${TARGETS.laterClaims} later lines${list(fewLater.map((d) => d.id))}`,
  );
  out.push("");
  out.push("ending: fewest taken decisions its text claims on one path | every one claimed");
  const endingClaims = new Map(merged.endings.map((e) => [e.id, e]));
  const endingIds = Object.keys(input.meta.endings);
  for (const id of endingIds) {
    const e = endingClaims.get(id);
    out.push(`  ${id.padEnd(width)}  ${e ? e.fewest : "-"} | ${e?.decisions.join(", ") || "none"}`);
  }
  const thin = endingIds.filter((id) => (endingClaims.get(id)?.fewest ?? 0) < TARGETS.endingClaims);
  target(
    thin.length === 0,
    `every ending's text claims >= ${TARGETS.endingClaims} of the player's decisions on every path${list(thin)}`,
  );
  const probe = probeVariation(input.walks);
  out.push(
    `${TARGETS.probe.date}'s first passage over ${probe.walks} walks: ${probe.texts} distinct texts, ${TARGETS.probe.variable} ${probe.range}; lowest and highest ${TARGETS.probe.variable} read ${probe.differ ? "different" : "the same"} text`,
  );
  target(
    probe.differ,
    `Stalin's ${TARGETS.probe.date} call varies with ${TARGETS.probe.variable} (first passage of the date, lowest vs highest value among the walks)`,
  );

  // Deliver 3: real dilemmas.
  out.push("");
  out.push(
    "== Deliver 3: option shifts (historical premises, every path; points of total variation from the overall ending mix) ==",
  );
  for (const d of byDate(decisions)) {
    const options = d.options.map((o) => `${o.option} ${pct(o.shift)}`).join(", ");
    out.push(`  ${d.id.padEnd(width)}  max ${pct(d.impact).padStart(5)}  (${options})`);
  }
  const flat = decisions.filter((d) => d.impact < TARGETS.optionShift);
  target(
    flat.length === 0,
    `every decision has an option shifting the ending mix by >= ${TARGETS.optionShift * 100} points${list(flat.map((d) => d.id))}`,
  );
  const consequences = declaredConsequences(input.meta);
  out.push("");
  out.push(
    "dominated options: an option another option of the same decision beats or ties on every consequence and beats on one, consequences being the mean over every path through the option (historical premises) of each tracked variable with `better` in variables.json, and the mean `rank` of the ending; differences under 0.5% of a range are ties.",
  );
  out.push(`  consequences: ${consequences.map((c) => c.name).join(", ") || "none declared"}`);
  const rows = historical.consequences ?? [];
  const dominated = dominatedOptions(rows, consequences);
  for (const d of dominated) {
    const mine = rows.find((r) => r.decision === d.decision && r.option === d.option);
    const theirs = rows.find((r) => r.decision === d.decision && r.option === d.by);
    out.push(`  ${d.decision}: ${d.option} is dominated by ${d.by}`);
    if (mine && theirs) {
      for (const c of consequences) {
        const a = mine.means[c.name];
        const b = theirs.means[c.name];
        if (a !== undefined && b !== undefined)
          out.push(`      ${c.name}: ${round(a)} vs ${round(b)}`);
      }
    }
  }
  target(
    consequences.length > 0 && dominated.length === 0,
    consequences.length === 0
      ? "no dominated option (no consequence declared: add `better` to variables and `rank` to endings)"
      : `no dominated option${list(dominated.map((d) => `${d.decision}.${d.option}`))}`,
  );
  const optionIds = [...new Set(decisions.flatMap((d) => d.options.map((o) => o.option)))];
  const unexplained = optionIds.filter((o) => !input.readme.includes(o));
  target(
    unexplained.length === 0,
    `every option id appears in story/README.md (its upside stated; the statement itself is read by hand)${list(unexplained)}`,
  );

  // Deliver 6: a late decision and words between choices.
  out.push("");
  out.push("== Deliver 6: the 6-11 August decision, words between choices ==");
  const [from, to] = TARGETS.lateWindow;
  const late = decisions.filter((d) => d.date !== undefined && d.date >= from && d.date <= to);
  out.push(
    `  decisions dated ${from}..${to}: ${late.map((d) => `${d.id} (${d.date})`).join(", ") || "none"}`,
  );
  target(
    late.length >= 2 || late.some((d) => (d.date ?? "") > from),
    "a decision between 6 and 11 August besides the 6 August assault",
  );
  const line = medianAndMax(input.historicalLine.passages);
  const sampled = medianAndMax(input.walks.flatMap((w) => w.passages));
  out.push(
    `  historical line: ${input.historicalLine.passages.length} passages, median ${line.median} words, max ${line.max}; passages: ${input.historicalLine.passages.join(" ")}`,
  );
  out.push(
    `  ${input.walks.length} seeded walks: ${input.walks.reduce((n, w) => n + w.passages.length, 0)} passages, median ${sampled.median} words, max ${sampled.max}`,
  );
  target(
    line.median <= TARGETS.medianWords && sampled.median <= TARGETS.medianWords,
    `median words between choices <= ${TARGETS.medianWords} (historical ${line.median}, walks ${sampled.median})`,
  );
  target(
    line.max <= TARGETS.maxWords && sampled.max <= TARGETS.maxWords,
    `no passage over ${TARGETS.maxWords} words (historical ${line.max}, walks ${sampled.max})`,
  );
  out.push(`  opening: ${input.historicalLine.passages[0] ?? 0} words (issue item 10: under 350)`);

  // Deliver 7: premises that matter.
  out.push("");
  out.push(
    "== Deliver 7: premise shifts (every path; total variation of the ending mix vs historical) ==",
  );
  const base = mixOf(historical);
  const weak: string[] = [];
  for (const section of input.exhaustive.slice(1)) {
    const shift = totalVariation(base, mixOf(section));
    out.push(`  ${section.premisesLabel.padEnd(32)}  ${pct(shift).padStart(5)} points`);
    if (shift < TARGETS.premiseShift) weak.push(section.premisesLabel);
  }
  target(
    weak.length === 0,
    `every premise shifts the ending mix by >= ${TARGETS.premiseShift * 100} points${list(weak)}`,
  );

  // Deliver 8: balance.
  out.push("");
  out.push(
    `== Deliver 8: balance (${String(input.random.totalPaths)} seeded uniform random walks, historical premises) ==`,
  );
  const shares = new Map(input.random.endings.map((e) => [e.outcome.id, e.share]));
  for (const id of endingIds)
    out.push(`  ${id.padEnd(width)}  ${pct(shares.get(id) ?? 0).padStart(5)}%`);
  for (const e of input.random.endings) {
    if (!(e.outcome.id in input.meta.endings))
      out.push(`  ${e.outcome.id.padEnd(width)}  ${pct(e.share).padStart(5)}% (${e.outcome.kind})`);
  }
  const heavy = endingIds.filter((id) => (shares.get(id) ?? 0) > TARGETS.endingMax);
  const rare = endingIds.filter((id) => (shares.get(id) ?? 0) < TARGETS.endingMin);
  target(heavy.length === 0, `no ending over ${TARGETS.endingMax * 100}% of walks${list(heavy)}`);
  target(
    rare.length === 0,
    `every ending at least ${TARGETS.endingMin * 100}% of walks${list(rare)}`,
  );
  const best = endingIds.filter((id) => input.meta.endings[id]?.rank === 1);
  const shortest = best.map((id) => {
    const row = historical.endings.find((e) => e.outcome.kind === "ending" && e.outcome.id === id);
    return { id, choices: row ? choicesOn(row.shortest) : undefined };
  });
  for (const s of shortest) {
    out.push(
      `  best outcome ${s.id}: shortest path ${s.choices ?? "(not reached)"} choices (historical premises, RANDOM draws not counted)`,
    );
  }
  target(
    best.length > 0 && shortest.every((s) => (s.choices ?? 0) >= TARGETS.bestChoices),
    best.length === 0
      ? "the best outcome takes >= 10 choices (no ending has rank 1 in variables.json)"
      : `the best outcome's shortest path has >= ${TARGETS.bestChoices} choices`,
  );

  const passed = verdicts.filter(Boolean).length;
  const failed = verdicts.length - passed;
  out.push("");
  out.push(`story report: ${passed} targets pass, ${failed} fail`);
  return { text: `${out.join("\n")}\n`, passed, failed };
}

function byDate<T extends { id: string; date?: string }>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id),
  );
}

function list(items: readonly string[]): string {
  return items.length > 0 ? ` (not: ${items.join(", ")})` : "";
}

function round(x: number): string {
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2);
}

function mixOf(section: ExploreSection): Map<string, number> {
  return new Map(section.endings.map((e) => [`${e.outcome.kind}:${e.outcome.id}`, e.share]));
}

export function totalVariation(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): number {
  let sum = 0;
  for (const key of new Set([...a.keys(), ...b.keys()]))
    sum += Math.abs((a.get(key) ?? 0) - (b.get(key) ?? 0));
  return sum / 2;
}

/** Choices on a path, leaving out RANDOM draws (the explorer's branches, not the player's). */
export function choicesOn(path: readonly PathStep[]): number {
  return path.filter((step) => !/^RANDOM\(-?\d+, -?\d+\) = -?\d+$/.test(step.text)).length;
}

function probeVariation(walks: readonly ProseWalk[]) {
  const probed = walks.flatMap((w) => (w.probe ? [w.probe] : []));
  const numeric = probed.filter(
    (p): p is { value: number; text: string } => typeof p.value === "number",
  );
  const texts = new Set(probed.map((p) => p.text)).size;
  if (numeric.length === 0)
    return { walks: probed.length, texts, range: "not read", differ: false };
  const values = numeric.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const lowTexts = new Set(numeric.filter((p) => p.value === low).map((p) => p.text));
  const highTexts = numeric.filter((p) => p.value === high).map((p) => p.text);
  const differ = low !== high && highTexts.some((t) => !lowTexts.has(t));
  return { walks: probed.length, texts, range: `${low}..${high}`, differ };
}
