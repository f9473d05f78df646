/**
 * The debrief's chart as inline SVG: two panels over the run's dates, Soviet casualties in men
 * and Stalin's trust and the risk of escalation in per cent. The x axis is by date (points of
 * one day stand side by side within it), a gap of more than two weeks is drawn shortened with a
 * break mark, and a tick's label carries the year where the year changes. No script and no
 * external resources, so it prints and opens offline.
 */
import type { SeriesPoint } from "../../core/classroom/run-series";
import { formatDate, formatNumber } from "./format";
import { escapeHtml } from "./report-html";

export interface ChartLine {
  name: string;
  label: string;
  color: string;
  dash?: string;
}

const WIDTH = 720;
const HEIGHT = 210;
const LEFT = 56;
const RIGHT = 16;
const TOP = 30;
const BOTTOM = 44;

/** One panel: the lines share a y axis from 0 to `max` (rounded up when not given). */
export function renderChartPanel(
  points: readonly SeriesPoint[],
  lines: readonly ChartLine[],
  title: string,
  fixedMax?: number,
): string {
  const values = points.flatMap((p) => lines.map((l) => p.values[l.name] ?? 0));
  const max = fixedMax ?? niceMax(Math.max(1, ...values));
  const x = dateScale(points);
  const y = (value: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / max);
  const parts = [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<text x="${LEFT}" y="16" class="chart-title">${escapeHtml(title)}</text>`,
    ...gridLines(max, y),
    ...dateTicks(points, x),
    ...breakMarks(points, x),
    ...lines.map((line) => polyline(points, line, x, y)),
    ...legend(lines),
    "</svg>",
  ];
  return parts.join("\n");
}

function gridLines(max: number, y: (v: number) => number): string[] {
  return [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const value = Math.round(max * share);
    const at = y(value).toFixed(1);
    return `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${at}" y2="${at}" class="grid"/><text x="${LEFT - 6}" y="${at}" class="axis" text-anchor="end" dominant-baseline="middle">${formatNumber(value)}</text>`;
  });
}

/** Days between two ISO dates. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The longest gap drawn at full length, in days; longer gaps are shortened to it. */
const MAX_GAP_DAYS = 14;

/**
 * Step to x: each date gets a place on a day scale (gaps over two weeks shortened), and the
 * points of one date share that day, side by side.
 */
function dateScale(points: readonly SeriesPoint[]): (step: number) => number {
  const dated = points.map(
    (p, i) =>
      p.date ??
      points
        .slice(0, i)
        .reverse()
        .find((q) => q.date)?.date ??
      "",
  );
  const dayOf = new Map<string, number>();
  let day = 0;
  let previous: string | undefined;
  for (const date of dated) {
    if (date === "" || dayOf.has(date)) continue;
    if (previous) day += Math.min(MAX_GAP_DAYS, Math.max(1, daysBetween(previous, date)));
    dayOf.set(date, day);
    previous = date;
  }
  const span = Math.max(1, day + 1);
  const perDay = (WIDTH - LEFT - RIGHT) / span;
  const within = new Map<number, number>();
  const place = points.map((_, i) => {
    const date = dated[i] ?? "";
    const start = dayOf.get(date) ?? 0;
    const sameDay = dated.filter((d) => d === date).length;
    const index = within.get(start) ?? 0;
    within.set(start, index + 1);
    return LEFT + (start + (sameDay > 1 ? index / sameDay : 0)) * perDay;
  });
  return (step: number) => place[points.findIndex((p) => p.step === step)] ?? LEFT;
}

/** A small break mark on the axis where a gap of more than two weeks was shortened. */
function breakMarks(points: readonly SeriesPoint[], x: (s: number) => number): string[] {
  const marks: string[] = [];
  let previous: SeriesPoint | undefined;
  for (const point of points) {
    if (!point.date) continue;
    if (previous?.date && daysBetween(previous.date, point.date) > MAX_GAP_DAYS) {
      const at = (x(previous.step) + x(point.step)) / 2;
      const y = HEIGHT - BOTTOM;
      marks.push(
        `<path class="break" d="M${(at - 5).toFixed(1)},${y + 4} l4,-8 M${(at + 1).toFixed(1)},${y + 4} l4,-8" stroke="#555" fill="none"/>`,
      );
    }
    previous = point;
  }
  return marks;
}

/** A label centred under its tick, or ending at it where centring would run off the right. */
function tickLabel(at: number, label: string): string {
  // About 6.5 px a character at the axis's 11 px; "10 Mar 1939" centred at the edge was cut.
  const overflows = at + (label.length * 6.5) / 2 > WIDTH - 2;
  const anchor = overflows ? "end" : "middle";
  const x = overflows ? Math.min(at + 6, WIDTH - 2) : at;
  return `<text x="${x.toFixed(1)}" y="${HEIGHT - BOTTOM + 18}" class="axis" text-anchor="${anchor}">${escapeHtml(label)}</text>`;
}

/** A tick at each date; the label carries the year where the year changes. */
function dateTicks(points: readonly SeriesPoint[], x: (s: number) => number): string[] {
  const ticks: string[] = [];
  let previous: string | undefined;
  let lastX = -100;
  let year = points.find((p) => p.date)?.date?.slice(0, 4);
  for (const point of points) {
    if (!point.date || point.date === previous) continue;
    previous = point.date;
    const at = x(point.step);
    const newYear = point.date.slice(0, 4) !== year;
    year = point.date.slice(0, 4);
    const short = formatDate(point.date, "short");
    const text = newYear ? short : short.replace(/ \d{4}$/, "");
    const label = at - lastX >= 42 || newYear ? text : "";
    if (label) lastX = at;
    ticks.push(
      `<line x1="${at.toFixed(1)}" x2="${at.toFixed(1)}" y1="${HEIGHT - BOTTOM}" y2="${HEIGHT - BOTTOM + 5}" class="tick"/>` +
        (label ? tickLabel(at, label) : ""),
    );
  }
  return ticks;
}

function polyline(
  points: readonly SeriesPoint[],
  line: ChartLine,
  x: (s: number) => number,
  y: (v: number) => number,
): string {
  const coords = points.map(
    (p) => `${x(p.step).toFixed(1)},${y(p.values[line.name] ?? 0).toFixed(1)}`,
  );
  const dash = line.dash ? ` stroke-dasharray="${line.dash}"` : "";
  const dots = points
    .map(
      (p) =>
        `<circle cx="${x(p.step).toFixed(1)}" cy="${y(p.values[line.name] ?? 0).toFixed(1)}" r="2.5" fill="${line.color}"/>`,
    )
    .join("");
  return `<polyline class="series" data-series="${escapeHtml(line.name)}" points="${coords.join(" ")}" fill="none" stroke="${line.color}" stroke-width="2"${dash}/>${dots}`;
}

function legend(lines: readonly ChartLine[]): string[] {
  return lines.map((line, i) => {
    const at = LEFT + i * 230;
    return `<line x1="${at}" x2="${at + 22}" y1="${HEIGHT - 10}" y2="${HEIGHT - 10}" stroke="${line.color}" stroke-width="3"/><text x="${at + 28}" y="${HEIGHT - 6}" class="legend">${escapeHtml(line.label)}</text>`;
  });
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `value`. */
export function niceMax(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

export const CHART_CSS = `
.chart { display: block; margin: .4rem 0 1rem; font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.chart .grid { stroke: #ddd; stroke-width: 1; }
.chart .tick { stroke: #888; }
.chart .axis { font-size: 11px; fill: #555; }
.chart .legend { font-size: 12px; fill: #222; }
.chart .chart-title { font-size: 13px; font-weight: bold; fill: #222; }
`;
