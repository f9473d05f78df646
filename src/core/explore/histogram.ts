/**
 * Distributions of the tracked variables at the end of random walks: ten equal bins for
 * numbers (fewer when the values are few), one bar per value for text and booleans.
 */
import type { VariableValue } from "../story/session";
import type { Histogram, HistogramBin } from "./report";

const BINS = 10;

export function histogramsOf(
  samples: readonly Readonly<Record<string, VariableValue>>[],
  names: readonly string[],
): Histogram[] {
  const histograms: Histogram[] = [];
  for (const name of names) {
    const values = samples.map((s) => s[name]).filter((v) => v !== undefined);
    if (values.length === 0) continue;
    const bins = values.every((v) => typeof v === "number")
      ? numericBins(values as number[])
      : categoryBins(values);
    histograms.push({ name, bins });
  }
  return histograms;
}

function numericBins(values: readonly number[]): HistogramBin[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const distinct = new Set(values).size;
  if (distinct <= BINS) return categoryBins(values);
  const width = Math.ceil((max - min + 1) / BINS);
  const bins: HistogramBin[] = [];
  for (let low = min; low <= max; low += width) {
    const high = Math.min(max, low + width - 1);
    const count = values.filter((v) => v >= low && v <= high).length;
    bins.push({ label: low === high ? String(low) : `${low}–${high}`, count });
  }
  return bins;
}

function categoryBins(values: readonly VariableValue[]): HistogramBin[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  const numeric = values.every((v) => typeof v === "number");
  const labels = [...counts.keys()].sort((a, b) =>
    numeric ? Number(a) - Number(b) : a.localeCompare(b),
  );
  return labels.map((label) => ({ label, count: counts.get(label) ?? 0 }));
}
