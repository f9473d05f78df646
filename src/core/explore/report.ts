/**
 * The explorer's report as plain data: what `khasan explore` prints (as a table, Markdown or
 * JSON) and what `khasan check` and the story tests judge. The same shape comes out of an
 * exhaustive walk (exact counts) and of seeded random walks (sample counts).
 */
import type { VariableValue } from "../story/session";
import type { ClaimSummary } from "./claims";
import type { OptionConsequences } from "./consequences";
import type { Outcome } from "./graph";

/** One choice on a path, as a reader would retrace it. */
export interface PathStep {
  /** 0-based choice index; players type index + 1. */
  index: number;
  text: string;
  date?: string;
  decision?: string;
  option?: string;
}

/** Lowest and highest value of one tracked variable (for text and booleans: every value). */
export interface VariableSpread {
  name: string;
  min?: number;
  max?: number;
  values?: VariableValue[];
}

export interface EndingRow {
  outcome: Outcome;
  /** Listed in variables.json `endings`. */
  listed: boolean;
  title?: string;
  paths: bigint;
  share: number;
  variables: VariableSpread[];
  shortest: PathStep[];
  /** In random mode: the seed of the walk shown as `shortest`. */
  seed?: number;
}

export interface OptionRow {
  option: string;
  paths: bigint;
  /** Share of each outcome among paths through this option, aligned with section.outcomes. */
  shares: number[];
  /** Total variation distance from the overall mix, 0 (no change) to 1. */
  shift: number;
}

export interface DecisionRow {
  id: string;
  role?: string;
  date?: string;
  paths: bigint;
  options: OptionRow[];
  /** The largest shift among the options: how much this decision matters. */
  impact: number;
}

export interface ProblemRow {
  kind: string;
  message: string;
  /** How many states (or walks) showed it. */
  count: number;
  /** A path that reproduces it (with `seed` in random mode). */
  path: PathStep[];
  seed?: number;
}

export interface HistogramBin {
  label: string;
  count: number;
}

export interface Histogram {
  name: string;
  bins: HistogramBin[];
}

export interface ExploreSection {
  mode: "exhaustive" | "random";
  seed: number;
  premises: Record<string, VariableValue>;
  /** "historical" or the premises that differ from history. */
  premisesLabel: string;
  totalPaths: bigint;
  /** Distinct states (exhaustive) or walks (random). */
  states: number;
  steps: number;
  /** Most choices on one path. */
  longest: number;
  outcomes: Outcome[];
  endings: EndingRow[];
  /** Endings listed in variables.json that no path reached. */
  unreachedEndings: string[];
  decisions: DecisionRow[];
  coverage: { outline: number; unreached: string[] };
  problems: ProblemRow[];
  histograms: Histogram[];
  /** True when a limit stopped the walk: counts are a lower bound. */
  truncated: boolean;
  /** Claims and reactivity (claims.ts), from exhaustive exploration. */
  claims?: ClaimSummary;
  /** Mean consequences per option (consequences.ts), when the task asks for them. */
  consequences?: OptionConsequences[];
}

/** `part / whole` as a number, safe for bigints of any size. */
export function shareOf(part: bigint, whole: bigint): number {
  if (whole === 0n) return 0;
  return Number((part * 1_000_000n) / whole) / 1_000_000;
}
