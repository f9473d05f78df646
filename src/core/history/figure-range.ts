/**
 * What a figure's sources say, reduced to ranges (DESIGN.md 6): the main range spans the values
 * of A and B sources that are counts rather than one side's wartime claims; the full spread spans
 * every value. A value only C sources give is marked `unconfirmed`: it is shown, never trusted.
 */
import type { ClaimSide, Figure, FigureValue, Reliability, Source } from "./record-schema";

export interface SourcedValue {
  low: number;
  high: number;
  source: string;
  reliability: Reliability;
  note?: string;
  claim?: ClaimSide;
  /** Given by C sources only: no A or B source in the figure gives the same number. */
  unconfirmed: boolean;
}

export interface RangeEnd {
  value: number;
  /** Every source giving this end of the range. */
  sources: string[];
}

export interface Range {
  low: RangeEnd;
  high: RangeEnd;
}

export interface FigureSummary {
  figure: Figure;
  values: SourcedValue[];
  /** From A and B counts; absent when no such source gives the figure. */
  main?: Range;
  spread: Range;
}

/** Summarises one figure; `sources` maps source ids to sources (unknown ids count as C). */
export function summarizeFigure(
  figure: Figure,
  sources: ReadonlyMap<string, Source>,
): FigureSummary {
  const raw = figure.values.map((value) => toSourced(value, sources));
  const trusted = raw.filter((v) => v.reliability !== "C");
  const values = raw.map((v) => ({
    ...v,
    unconfirmed:
      v.reliability === "C" && !trusted.some((t) => t.low === v.low && t.high === v.high),
  }));
  const counts = trusted.filter((v) => v.claim === undefined);
  const summary: FigureSummary = { figure, values, spread: rangeOf(values) };
  if (counts.length > 0) summary.main = rangeOf(counts);
  return summary;
}

/** Maps a record's sources by id. */
export function indexSources(sources: readonly Source[]): Map<string, Source> {
  return new Map(sources.map((source) => [source.id, source]));
}

function toSourced(value: FigureValue, sources: ReadonlyMap<string, Source>): SourcedValue {
  const low = value.value ?? value.min ?? 0;
  const high = value.value ?? value.max ?? low;
  const sourced: SourcedValue = {
    low,
    high,
    source: value.source,
    reliability: sources.get(value.source)?.reliability ?? "C",
    unconfirmed: false,
  };
  if (value.note !== undefined) sourced.note = value.note;
  if (value.claim !== undefined) sourced.claim = value.claim;
  return sourced;
}

function rangeOf(values: readonly SourcedValue[]): Range {
  const low = Math.min(...values.map((v) => v.low));
  const high = Math.max(...values.map((v) => v.high));
  return {
    low: { value: low, sources: unique(values.filter((v) => v.low === low).map((v) => v.source)) },
    high: {
      value: high,
      sources: unique(values.filter((v) => v.high === high).map((v) => v.source)),
    },
  };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
