/**
 * Seeded random walks. Walk i uses the walk seed w = deriveSeed(S, i): w is ink's storySeed
 * (so `khasan play --seed w` sees the same RANDOM results) and also seeds the choice draws
 * (mulberry32 from w), so a walk is replayed by `khasan play --seed w` and typing the choices
 * its path lists. The report has the same shape as the exhaustive one, counted over samples.
 */
import { createRandom, deriveSeed } from "../random/seed";
import { describePremises } from "../state/premises";
import { findRangeViolations, rangeMessage } from "../state/tracked";
import type { CompiledStory } from "../story/load-story";
import type { VariableValue } from "../story/session";
import { StoryWalker, type WalkStep } from "../story/walker";
import type { SectionContext } from "./exhaustive-report";
import type { Outcome } from "./graph";
import { histogramsOf } from "./histogram";
import { ImpactTally } from "./impact";
import { outcomeKey } from "./path-counts";
import type { ExploreSection, PathStep, ProblemRow } from "./report";
import { lastTagValue, readDecision, readOption } from "./step-tags";
import { summariseWalks } from "./walk-summary";

export interface RandomOptions {
  seed: number;
  walks: number;
  premises?: Readonly<Record<string, VariableValue>>;
  maxDepth?: number;
  onProgress?: (walks: number) => void;
}

/** One finished walk. */
export interface Walk {
  seed: number;
  path: PathStep[];
  outcome: Outcome;
  values: Record<string, VariableValue>;
  problems: { kind: string; message: string }[];
}

export function walkRandomly(
  story: CompiledStory,
  options: RandomOptions,
  context: SectionContext,
): ExploreSection {
  const walker = new StoryWalker(story, { premises: options.premises ?? {}, trackCoverage: true });
  const walks: Walk[] = [];
  for (let i = 0; i < options.walks; i++) {
    walks.push(walkOnce(walker, deriveSeed(options.seed, i), options.maxDepth ?? 1000, context));
    if ((i + 1) % 100 === 0) options.onProgress?.(i + 1);
  }
  return sectionOf(walks, walker, context);
}

function walkOnce(
  walker: StoryWalker,
  seed: number,
  maxDepth: number,
  context: SectionContext,
): Walk {
  const draw = createRandom(seed);
  const names = Object.keys(context.meta.variables);
  const walk: Walk = {
    seed,
    path: [],
    outcome: { kind: "cut", id: "cut" },
    values: {},
    problems: [],
  };
  let step: WalkStep = walker.start(seed);
  let date: string | undefined;
  for (;;) {
    date = lastTagValue(step.lines, "date") ?? date;
    for (const w of step.warnings) walk.problems.push({ kind: "warning", message: w });
    for (const e of step.errors) walk.problems.push({ kind: "error", message: e });
    walk.values = walker.values(names);
    for (const v of findRangeViolations(walk.values, context.meta)) {
      walk.problems.push({
        kind: "range",
        message: rangeMessage(v),
      });
    }
    if (step.errors.length > 0) return { ...walk, outcome: { kind: "error", id: "error" } };
    if (step.choices.length === 0) return { ...walk, outcome: endOf(step) };
    if (walk.path.length >= maxDepth) return walk;
    const index = Math.floor(draw() * step.choices.length);
    const entry: PathStep = { index, text: step.choices[index] ?? "?" };
    if (date !== undefined) entry.date = date;
    const decision = readDecision(step.lines);
    step = walker.choose(index);
    if (decision) {
      entry.decision = decision.id;
      const option = readOption(step.lines);
      if (option) entry.option = option.id;
    }
    walk.path.push(entry);
  }
}

function endOf(step: WalkStep): Outcome {
  const ending = lastTagValue(step.lines, "ending");
  return ending ? { kind: "ending", id: ending } : { kind: "untagged", id: "untagged" };
}

function sectionOf(walks: Walk[], walker: StoryWalker, context: SectionContext): ExploreSection {
  const summary = summariseWalks(walks, context.meta);
  const entered = new Set(walker.enteredNames());
  const outline = walker.outlineNames();
  return {
    mode: "random",
    seed: context.seed,
    premises: { ...context.premises },
    premisesLabel: describePremises(context.premises, context.meta),
    totalPaths: BigInt(walks.length),
    states: walks.length,
    steps: walks.reduce((sum, w) => sum + w.path.length, 0),
    longest: Math.max(0, ...walks.map((w) => w.path.length)),
    outcomes: summary.outcomes,
    endings: summary.endings,
    unreachedEndings: Object.keys(context.meta.endings).filter(
      (id) => !summary.outcomes.some((o) => o.kind === "ending" && o.id === id),
    ),
    decisions: decisionRows(walks, summary.outcomes),
    coverage: { outline: outline.length, unreached: outline.filter((n) => !entered.has(n)) },
    problems: problemRows(walks),
    histograms: histogramsOf(
      walks.map((w) => w.values),
      Object.keys(context.meta.variables),
    ),
    truncated: false,
  };
}

function decisionRows(walks: readonly Walk[], outcomes: readonly Outcome[]) {
  const index = new Map(outcomes.map((o, i) => [outcomeKey(o), i]));
  const tally = new ImpactTally(outcomes.length);
  const overall = new Array<bigint>(outcomes.length).fill(0n);
  for (const walk of walks) {
    const at = index.get(outcomeKey(walk.outcome)) ?? 0;
    const unit = new Array<bigint>(outcomes.length).fill(0n);
    unit[at] = 1n;
    overall[at] = (overall[at] ?? 0n) + 1n;
    for (const step of walk.path) {
      if (step.decision === undefined) continue;
      const where = step.date === undefined ? {} : { date: step.date };
      tally.add(step.decision, step.option ?? `(${step.text})`, unit, where);
    }
  }
  return tally.rows(overall);
}

function problemRows(walks: readonly Walk[]): ProblemRow[] {
  const rows = new Map<string, ProblemRow>();
  for (const walk of walks) {
    for (const problem of walk.problems) {
      const key = `${problem.kind}\u0001${problem.message}`;
      const row = rows.get(key);
      if (row) row.count += 1;
      else rows.set(key, { ...problem, count: 1, path: walk.path, seed: walk.seed });
    }
    if (walk.outcome.kind === "cut") {
      const key = "cut";
      const row = rows.get(key);
      if (row) row.count += 1;
      else
        rows.set(key, {
          kind: "cut",
          message: "a walk was cut at the depth limit",
          count: 1,
          path: walk.path,
          seed: walk.seed,
        });
    }
  }
  return [...rows.values()];
}
