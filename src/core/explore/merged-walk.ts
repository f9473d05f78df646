/**
 * The exhaustive walk: a depth-first walk over every choice with one StoryWalker, from the
 * start of each premise set in turn, saving the state at each branch point and restoring it
 * for the next choice. Equal states are merged into one node of a shared graph (walk-graph.ts);
 * a premise the story never assigns leaves the state key wherever nothing can read it again,
 * so the worlds of different sets merge from there on and ink runs each shared state once.
 * A depth and a state limit make sure it always stops. A RANDOM is a branch point like a
 * choice, one edge per value it can return.
 */
import { findRangeViolations, type RangeViolation } from "../state/tracked";
import type { VariablesMeta } from "../state/variables-meta";
import type { CompiledStory } from "../story/load-story";
import type { VariableValue } from "../story/session";
import type { WalkStep } from "../story/walker";
import { StoryWalker } from "../story/walker";
import { DigestTable } from "./digest-table";
import type { Outcome } from "./graph";
import { lastTagValue, readDecision, readOption } from "./step-tags";
import { type EdgeDetails, WalkGraph, type WalkRoot } from "./walk-graph";
import { WalkProgressTracker } from "./walk-progress";

/** How far a walk has got, for a progress line. */
export interface WalkProgress {
  states: number;
  /** Choices taken (ink steps). */
  steps: number;
  /** Paths counted below the states finished so far (a lower bound while running). */
  paths: number;
  /** Rough share of the walk done, 0 to 1, assuming untried branches are like tried ones. */
  done: number;
}

export interface WalkOptions {
  /** ink's storySeed. Every outcome of each RANDOM is explored; shuffles follow this seed. */
  seed: number;
  /** The premise sets to start from, each a root of the graph (default: one, the story's). */
  sets?: readonly Readonly<Record<string, VariableValue>>[];
  /** Tracked variables: checked against their ranges at every choice point and end. */
  meta?: VariablesMeta;
  maxDepth: number;
  maxStates: number;
  /** Merge equal states (default true); off only to check the counts by brute force. */
  dedup?: boolean;
  /** Merge the worlds of different premise sets where a premise is dead (default true). */
  mergePremises?: boolean;
  /** Save the ink state to JSON and load it back after every choice (test mode). */
  reloadEachStep?: boolean;
  onProgress?: (progress: WalkProgress) => void;
  /** Premises to watch for the last date each is read, even in a walk of one set. */
  watch?: readonly string[];
  /** Sees each state and step, by the walk graph's node ids. */
  observer?: ExploreObserver;
}

/**
 * Watches the walk (claim-recorder.ts): each node before its choices, with the walker standing
 * in its state, each step where it ends, and each node once all its choices are taken. Nodes
 * are the walk graph's ids.
 */
export interface ExploreObserver {
  enter(node: number, walker: StoryWalker): void;
  step(step: WalkStep, walker: StoryWalker, from?: StepOrigin): void;
  leave(node: number): void;
}

/**
 * Where a step started: the walk node, the edge taken (its place among the node's choices, and
 * its number in the walk graph), the node's decision and the option.
 */
export interface StepOrigin {
  node: number;
  edge: number;
  at: number;
  decision?: string;
  option?: string;
}

interface Arrival {
  step: WalkStep;
  date: string | undefined;
  depth: number;
  parent?: StepOrigin;
}

/** Walks every path from every set's start and returns the shared graph. */
export function walkPremiseSets(story: CompiledStory, options: WalkOptions): WalkGraph {
  const sets = options.sets ?? [{}];
  const names = [...new Set(sets.flatMap((set) => Object.keys(set)))];
  const merging = sets.length > 1 && options.mergePremises !== false;
  const watched = merging ? names : options.watch;
  const walker = new StoryWalker(story, {
    trackCoverage: true,
    branchRandom: true,
    // Read at every state (ranges) and at the ends (values, consequences).
    keepInKey: Object.keys(options.meta?.variables ?? {}),
    // Within one set a premise is a constant: leaving it out of the key merges nothing.
    ...(watched && watched.length > 0 ? { mergePremises: watched } : {}),
  });
  const builder = new WalkBuilder(walker, options, sets.length);
  for (const premises of sets) builder.addRoot(premises);
  return builder.graph;
}

class WalkBuilder {
  readonly graph: WalkGraph;
  private readonly memo = new DigestTable();
  private readonly progress: WalkProgressTracker;
  /** Tracked variables the walk reads at each state: neither tallies nor merged premises. */
  private readonly checked: string[];
  private readonly constants: string[];

  constructor(
    private readonly walker: StoryWalker,
    private readonly options: WalkOptions,
    roots: number,
  ) {
    const tracked = Object.keys(options.meta?.variables ?? {});
    const kept = tracked.filter((name) => !walker.tallies.has(name));
    this.checked = kept.filter((name) => !walker.mergeable.has(name));
    this.constants = kept.filter((name) => walker.mergeable.has(name));
    this.progress = new WalkProgressTracker(roots);
    this.graph = new WalkGraph(
      kept,
      tracked.filter((name) => walker.tallies.has(name)),
      [...walker.mergeable],
      walker.outlineNames(),
    );
  }

  addRoot(premises: Readonly<Record<string, VariableValue>>): void {
    const step = this.walker.start(this.options.seed, premises);
    const root: WalkRoot = {
      premises: { ...premises },
      node: -1,
      start: this.walker.numbers(this.graph.tallies),
      constants: this.walker.values(this.constants),
      warnings: step.warnings,
      entered: step.entered ?? [],
    };
    this.graph.roots.push(root);
    root.node = this.visit({ step, date: undefined, depth: 0 });
    this.progress.finishRoot(root.node);
  }

  /** The node for the state the walker stands in after `arrival.step`; explores it if new. */
  private visit(arrival: Arrival): number {
    const { step } = arrival;
    this.observe(arrival);
    const date = lastTagValue(step.lines, "date") ?? arrival.date;
    const graph = this.graph;
    if (step.errors.length > 0) {
      const node = graph.addNode("error", date);
      graph.setDetails(node, { errors: step.errors });
      return this.leafDone(node);
    }
    if (step.choices.length === 0) return this.end(step, date);
    // In front of a RANDOM the lines are a preview: the next step reads its decision.
    const decision = step.random ? undefined : readDecision(step.lines);
    const kept: string[] = [];
    const key = this.key(`${date}|${decision?.id}${this.decisionValue(decision?.id)}`, kept);
    const known = key === undefined ? -1 : this.memo.get(key);
    if (known >= 0) return known;
    const count = graph.nodeCount;
    if (arrival.depth >= this.options.maxDepth || count >= this.options.maxStates) {
      graph.truncated ||= count >= this.options.maxStates;
      const node = graph.addNode("cut", date);
      const cut = graph.truncated
        ? `the state limit (${this.options.maxStates})`
        : `depth ${this.options.maxDepth}`;
      graph.setDetails(node, { cut });
      graph.cuts += 1;
      return this.leafDone(node);
    }
    const id = graph.addNode("state", date);
    if (decision) graph.setDecision(id, decision.id, decision.role);
    if (key !== undefined) this.memo.set(key, id);
    this.noteLive(kept, date);
    const violations = this.violations(this.walker.values(this.checked));
    if (violations) graph.setDetails(id, { violations });
    this.expand(id, step.choices, arrival.depth);
    return id;
  }

  private expand(id: number, choices: readonly string[], depth: number): void {
    this.options.observer?.enter(id, this.walker);
    const saved = choices.length > 1 ? this.walker.save() : undefined;
    const before = this.walker.numbers(this.graph.tallies);
    const first = this.graph.addEdges(id, choices.length);
    const decision = this.graph.decisionOf(id);
    this.progress.enter(choices.length);
    choices.forEach((text, index) => {
      if (index > 0 && saved) this.walker.load(saved);
      const step = this.choose(index);
      const details = this.stepDetails(decision, step, before);
      this.graph.setEdge(first + index, text, details);
      const parent = { node: id, edge: index, at: first + index, decision, option: details.option };
      const target = this.visit({ step, date: this.graph.dateOf(id), depth: depth + 1, parent });
      this.graph.setTarget(first + index, target);
      this.progress.edgeDone(target);
    });
    this.options.observer?.leave(id);
    this.progress.leave(id);
    if (this.graph.nodeCount % 256 === 0) this.report();
  }

  private choose(index: number): WalkStep {
    const step = this.walker.choose(index);
    this.graph.steps += 1;
    if (this.options.reloadEachStep) this.walker.load(this.walker.save());
    return step;
  }

  /** Tally changes, warnings, knots entered and the outcome's tags, for the edge. */
  private stepDetails(decision: string | undefined, step: WalkStep, before: number[]): EdgeDetails {
    const details: EdgeDetails = {};
    const after = this.walker.numbers(this.graph.tallies);
    let deltas: Record<string, number> | undefined;
    this.graph.tallies.forEach((name, k) => {
      const delta = (after[k] ?? 0) - (before[k] ?? 0);
      if (delta !== 0) deltas = { ...deltas, [name]: delta };
    });
    if (deltas) details.deltas = deltas;
    if (step.warnings.length > 0) details.warnings = step.warnings;
    if (step.entered && step.entered.length > 0) details.entered = step.entered;
    if (decision === undefined) return details;
    const option = readOption(step.lines);
    if (option) {
      details.option = option.id;
      if (option.historical) details.historical = true;
    } else if (step.errors.length === 0) {
      details.missingOption = true;
    }
    return details;
  }

  private end(step: WalkStep, date: string | undefined): number {
    const ending = lastTagValue(step.lines, "ending");
    const key = this.key(`${date}|end|${ending}`);
    const known = key === undefined ? -1 : this.memo.get(key);
    if (known >= 0) return known;
    const node = this.graph.addNode("end", date);
    const outcome: Outcome = ending
      ? { kind: "ending", id: ending }
      : { kind: "untagged", id: "untagged" };
    const values = this.walker.values(this.checked);
    const violations = this.violations(values);
    this.graph.setDetails(node, { outcome, values, ...(violations ? { violations } : {}) });
    const id = this.leafDone(node);
    if (key !== undefined) this.memo.set(key, id);
    return id;
  }

  private violations(values: Record<string, VariableValue>): RangeViolation[] | undefined {
    if (!this.options.meta) return undefined;
    const violations = findRangeViolations(values, this.options.meta);
    return violations.length > 0 ? violations : undefined;
  }

  private observe({ step, parent }: Arrival): void {
    this.options.observer?.step(step, this.walker, parent);
  }

  private leafDone(id: number): number {
    this.progress.leaf(id);
    return id;
  }

  /**
   * A decision's own variable, which the claims checker reads after each option (claims.ts):
   * part of a decision's key even where no later line reads it.
   */
  private decisionValue(id: string | undefined): string {
    if (id === undefined) return "";
    const value = this.walker.values([id])[id];
    return value === undefined ? "" : `=${String(value)}`;
  }

  /** The state's key; undefined when equal states are not merged (brute force). */
  private key(runnerState: string, kept?: string[]): string | undefined {
    if (this.options.dedup === false) return undefined;
    return this.walker.key(runnerState, kept);
  }

  /** The latest date each merged premise is still held in a key. */
  private noteLive(kept: readonly string[], date: string | undefined): void {
    if (date === undefined) return;
    const last = this.graph.lastLive;
    for (const name of kept) if (!(last[name] && last[name] >= date)) last[name] = date;
  }

  private report(): void {
    this.options.onProgress?.({
      states: this.graph.nodeCount,
      steps: this.graph.steps,
      ...this.progress.snapshot(),
    });
  }
}
