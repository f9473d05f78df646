/**
 * Sets one run against the record (DESIGN.md 6): for each tracked variable that names a figure,
 * the run's value beside the record's ranges and where it falls; the first decision where the run
 * left the historical line; the people and the assumptions; and the sources all that cites,
 * numbered. A run that has not ended is compared only on figures already dated by its date.
 */
import type { VariablesMeta } from "../state/variables-meta";
import type { VariableValue } from "../story/session";
import type { LogEntry } from "../story/turn";
import { type Divergence, findDivergence } from "./divergence";
import { type FigureSummary, indexSources, summarizeFigure } from "./figure-range";
import type { HistoricalRecord, Person, Source } from "./record-schema";

export type Verdict = "inside" | "below" | "above";

export interface FigureComparison {
  variable: string;
  label: string;
  unit: string;
  value: number;
  summary: FigureSummary;
  /** Where the value falls against the main (A and B) range, or the spread when there is none. */
  verdict: Verdict;
  basis: "main" | "spread";
  /** Whether the value lies within the full spread of every source. */
  inSpread: boolean;
}

/** A figure the run cannot be held to yet, because the record counts it at a later date. */
export interface PendingFigure {
  variable: string;
  label: string;
  figure: string;
  asOf?: string;
}

export interface RecordComparison {
  /** The run's date when compared mid-game; absent for a finished run. */
  date?: string;
  figures: FigureComparison[];
  pending: PendingFigure[];
  /** How many decisions the run took the historical option at, before any divergence. */
  historicalSteps: number;
  divergence?: Divergence;
  people: Person[];
  assumptions?: string[];
  /** Every source the comparison cites, in citation order: number n is sources[n - 1]. */
  sources: Source[];
}

export interface RecordComparisonInput {
  variables: Readonly<Record<string, VariableValue>>;
  log: readonly LogEntry[];
  meta: VariablesMeta;
  record: HistoricalRecord;
  /** Give the run's in-story date for a run that has not ended; omit it at an ending. */
  date?: string;
  /** From the story's README (`## Assumptions`); omitted when the story has none. */
  assumptions?: readonly string[];
  /** Ids of the people to show; defaults to those closest to the commander's fate. */
  people?: readonly string[];
}

export const DEFAULT_PEOPLE = [
  "blyukher",
  "stern",
  "frinovsky",
  "mekhlis",
  "rychagov",
  "voroshilov",
];

/** Compares a run with the record. Pure: give it the run's variables and choice log. */
export function compareRunWithRecord(input: RecordComparisonInput): RecordComparison {
  const { record } = input;
  const sources = indexSources(record.sources);
  const figures: FigureComparison[] = [];
  const pending: PendingFigure[] = [];
  for (const [name, variable] of Object.entries(input.meta.variables)) {
    const figure = record.figures.find((f) => f.id === variable.record);
    const value = input.variables[name];
    if (!figure || typeof value !== "number") continue;
    if (input.date !== undefined && !(figure.as_of !== undefined && figure.as_of <= input.date)) {
      pending.push(
        withAsOf({ variable: name, label: variable.label, figure: figure.id }, figure.as_of),
      );
      continue;
    }
    const summary = summarizeFigure(figure, sources);
    figures.push({
      variable: name,
      label: variable.label,
      unit: variable.unit ?? figure.unit,
      value,
      summary,
      ...judge(value, summary),
    });
  }
  const found = findDivergence(input.log, record.decisions);
  // Mid-game the people's fates would tell what happens after the run's date (up to 1969):
  // they are kept for the ending.
  const people =
    input.date === undefined ? pickPeople(record.people, input.people ?? DEFAULT_PEOPLE) : [];
  const comparison: RecordComparison = {
    figures,
    pending,
    historicalSteps: found.historicalSteps,
    people,
    sources: [],
  };
  if (input.date !== undefined) comparison.date = input.date;
  if (found.divergence) comparison.divergence = found.divergence;
  if (input.assumptions && input.assumptions.length > 0)
    comparison.assumptions = [...input.assumptions];
  comparison.sources = citedSources(comparison, sources);
  return comparison;
}

function judge(
  value: number,
  summary: FigureSummary,
): Pick<FigureComparison, "verdict" | "basis" | "inSpread"> {
  const { spread } = summary;
  const range = summary.main ?? spread;
  const verdict: Verdict =
    value < range.low.value ? "below" : value > range.high.value ? "above" : "inside";
  const inSpread = value >= spread.low.value && value <= spread.high.value;
  return { verdict, basis: summary.main ? "main" : "spread", inSpread };
}

function withAsOf(pending: PendingFigure, asOf: string | undefined): PendingFigure {
  return asOf === undefined ? pending : { ...pending, asOf };
}

function pickPeople(people: readonly Person[], ids: readonly string[]): Person[] {
  const chosen = ids.flatMap((id) => people.filter((person) => person.id === id));
  return chosen.length > 0 ? chosen : [...people];
}

function citedSources(
  comparison: RecordComparison,
  sources: ReadonlyMap<string, Source>,
): Source[] {
  const ids: string[] = [];
  for (const figure of comparison.figures) ids.push(...figure.summary.values.map((v) => v.source));
  if (comparison.divergence?.decision) ids.push(...comparison.divergence.decision.sources);
  for (const person of comparison.people) ids.push(...person.sources);
  return [...new Set(ids)].flatMap((id) => {
    const source = sources.get(id);
    return source ? [source] : [];
  });
}
