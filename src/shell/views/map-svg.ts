/**
 * The map of the sector (`story/map.json`) as an inline SVG figure for the printed pages: the
 * briefing, the role cards, the teacher's pack and the student handout. Each panel is drawn to
 * its own frame (longitude shrunk by the cosine of the latitude); places drawn from a
 * description rather than a published coordinate carry a `*` and a dashed symbol, and the
 * sketch note is written on the map itself. The caption lists every feature with its source.
 * All text is escaped.
 */
import {
  isSketched,
  type MapPanel,
  type MapPlace,
  type SectorMap,
} from "../../core/classroom/map-data";
import type { HistoricalRecord } from "../../core/history/record-schema";
import { escapeHtml } from "./report-html";

const PANEL_HEIGHT = 300;
const GAP = 24;
const TOP = 40;
const LEGEND = 62;
const KM_PER_DEGREE = 111.32;
/** Lake Khasan's area, 2.23 km², from the same page as its coordinate: drawn as a circle. */
const LAKE_RADIUS_KM = Math.sqrt(2.23 / Math.PI);

export const MAP_CSS = `
figure.map { margin: .6rem 0; break-inside: avoid; page-break-inside: avoid; }
figure.map svg { width: 100%; height: auto; display: block; }
figure.map figcaption { font-size: .8em; color: #444; }
figure.map figcaption ul { margin: .2rem 0; padding-left: 1.1rem; }
`;

interface Frame {
  panel: MapPanel;
  x: number;
  width: number;
  /** Degrees of longitude to pixels. */
  px: (lat: number, lon: number) => [number, number];
  kmToPx: number;
}

function frames(map: SectorMap): Frame[] {
  let x = 0;
  return map.panels.map((panel) => {
    const midLat = ((panel.south + panel.north) / 2) * (Math.PI / 180);
    const height = panel.north - panel.south;
    const width = (panel.east - panel.west) * Math.cos(midLat);
    const pixelWidth = Math.round((PANEL_HEIGHT * width) / height);
    const left = x;
    const frame: Frame = {
      panel,
      x: left,
      width: pixelWidth,
      px: (lat, lon) => [
        left + ((lon - panel.west) / (panel.east - panel.west)) * pixelWidth,
        TOP + ((panel.north - lat) / height) * PANEL_HEIGHT,
      ],
      kmToPx: PANEL_HEIGHT / (height * KM_PER_DEGREE),
    };
    x += pixelWidth + GAP;
    return frame;
  });
}

const within = (panel: MapPanel, lat: number, lon: number) =>
  lat >= panel.south && lat <= panel.north && lon >= panel.west && lon <= panel.east;

const area = (p: MapPanel) => (p.north - p.south) * (p.east - p.west);

/** A place is labelled in the most detailed panel that holds it; the others show only its mark. */
function labelledIn(place: MapPlace, all: readonly MapPanel[]): MapPanel | undefined {
  return all.filter((p) => within(p, place.lat, place.lon)).sort((a, b) => area(a) - area(b))[0];
}

const n = (value: number) => String(Math.round(value * 10) / 10);

function placeMark(place: MapPlace, x: number, y: number, f: Frame): string {
  const sketch = isSketched(place) ? ' stroke-dasharray="2 2"' : "";
  switch (place.kind) {
    case "lake": {
      const r = Math.max(3, LAKE_RADIUS_KM * f.kmToPx);
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="#9cc3e6" stroke="#2d6fa8"${sketch}/>`;
    }
    case "height":
      return `<path d="M${n(x)} ${n(y - 6)} L${n(x + 6)} ${n(y + 5)} L${n(x - 6)} ${n(y + 5)} Z" fill="#7a1f1f" stroke="#3a0f0f"${sketch}/>`;
    case "village":
      return `<rect x="${n(x - 4)}" y="${n(y - 4)}" width="8" height="8" fill="#fff" stroke="#333" stroke-width="1.5"${sketch}/>`;
    case "town":
      return `<circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="#333"${sketch}/>`;
    case "river":
      return `<circle cx="${n(x)}" cy="${n(y)}" r="3.5" fill="#2d6fa8"${sketch}/>`;
    case "bay":
      return "";
  }
}

function placeLabel(place: MapPlace, x: number, y: number, f: Frame): string {
  const name = `${place.name}${isSketched(place) ? "*" : ""}`;
  const italic =
    place.kind === "bay" || place.kind === "lake" ? ' font-style="italic" fill="#1d4f7a"' : "";
  if (place.kind === "bay" || place.kind === "lake") {
    const below = place.kind === "lake" ? Math.max(3, LAKE_RADIUS_KM * f.kmToPx) + 13 : 4;
    return `<text x="${n(x)}" y="${n(y + below)}" text-anchor="middle"${italic}>${escapeHtml(name)}</text>`;
  }
  // Heights and villages sit west of the lake and the claims: their names go to the left.
  const left = place.kind === "height" || place.kind === "village" || x > f.x + f.width * 0.7;
  const dx = left ? -9 : 9;
  return `<text x="${n(x + dx)}" y="${n(y + 4)}" text-anchor="${left ? "end" : "start"}"${italic}>${escapeHtml(name)}</text>`;
}

const LINE_STYLE: Record<string, string> = {
  river: 'stroke="#2d6fa8" stroke-width="2.5"',
  "claim-soviet": 'stroke="#c0392b" stroke-width="2" stroke-dasharray="7 4"',
  "claim-japanese": 'stroke="#5b2c83" stroke-width="2" stroke-dasharray="2 3 8 3"',
};

function panelSvg(map: SectorMap, f: Frame, all: readonly Frame[], clip: string): string {
  const parts: string[] = [];
  const { panel } = f;
  parts.push(
    `<rect x="${f.x}" y="${TOP}" width="${f.width}" height="${PANEL_HEIGHT}" fill="#f6f1e6" stroke="#555"/>`,
    `<text x="${f.x + 6}" y="${TOP - 8}" font-weight="bold">${escapeHtml(panel.title)}</text>`,
  );
  const inner: string[] = [];
  for (const line of map.lines) {
    const points = line.points.map(([la, lo]) => f.px(la, lo).map(n).join(",")).join(" ");
    inner.push(`<polyline points="${points}" fill="none" ${LINE_STYLE[line.kind] ?? ""}/>`);
  }
  // The frame of every more detailed panel inside this one, so the eye can find the close-up.
  for (const other of all) {
    if (other === f || area(other.panel) >= area(panel)) continue;
    const [x1, y1] = f.px(other.panel.north, other.panel.west);
    const [x2, y2] = f.px(other.panel.south, other.panel.east);
    inner.push(
      `<rect x="${n(x1)}" y="${n(y1)}" width="${n(x2 - x1)}" height="${n(y2 - y1)}" fill="none" stroke="#000" stroke-dasharray="3 2"/>`,
      `<text x="${n(x1)}" y="${n(y1 - 4)}" font-size="10">${escapeHtml(other.panel.title)}</text>`,
    );
  }
  for (const place of map.places) {
    if (!within(panel, place.lat, place.lon)) continue;
    const [x, y] = f.px(place.lat, place.lon);
    inner.push(placeMark(place, x, y, f));
    if (labelledIn(place, map.panels) === panel) inner.push(placeLabel(place, x, y, f));
  }
  parts.push(`<g clip-path="url(#${clip})">${inner.join("")}</g>`);
  return parts.join("");
}

/** The SVG of the map: panels side by side, north up, the legend and the sketch note beneath. */
export function renderMapSvg(map: SectorMap): string {
  const all = frames(map);
  const width = all.reduce((sum, f) => sum + f.width, 0) + GAP * (all.length - 1);
  const height = TOP + PANEL_HEIGHT + LEGEND;
  const clips = all
    .map(
      (f, i) =>
        `<clipPath id="map-clip-${i}"><rect x="${f.x}" y="${TOP}" width="${f.width}" height="${PANEL_HEIGHT}"/></clipPath>`,
    )
    .join("");
  const panels = all.map((f, i) => panelSvg(map, f, all, `map-clip-${i}`)).join("");
  const sketched = [...map.places, ...map.lines].some(isSketched);
  const y = TOP + PANEL_HEIGHT + 18;
  const legend = [
    `<path d="M6 ${y - 10} L12 ${y + 1} L0 ${y + 1} Z" fill="#7a1f1f"/><text x="18" y="${y}">hill</text>`,
    `<rect x="60" y="${y - 9}" width="8" height="8" fill="#fff" stroke="#333"/><text x="74" y="${y}">Korean town</text>`,
    `<line x1="165" y1="${y - 4}" x2="195" y2="${y - 4}" ${LINE_STYLE.river}/><text x="200" y="${y}">river</text>`,
    `<line x1="245" y1="${y - 4}" x2="285" y2="${y - 4}" ${LINE_STYLE["claim-soviet"]}/><text x="290" y="${y}">border as Moscow drew it</text>`,
    `<line x1="460" y1="${y - 4}" x2="500" y2="${y - 4}" ${LINE_STYLE["claim-japanese"]}/><text x="505" y="${y}">border as Tokyo drew it for Manchukuo</text>`,
  ].join("");
  const note = sketched
    ? `<text x="0" y="${y + 22}" font-style="italic">${escapeHtml(map.sketchNote)}</text>`
    : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 0 ${width + 4} ${height}" role="img" aria-labelledby="map-title" font-family="Helvetica, Arial, 'DejaVu Sans', sans-serif" font-size="12">`,
    `<title id="map-title">${escapeHtml(map.title)}</title>`,
    `<defs>${clips}</defs>`,
    `<text x="0" y="16" font-size="15" font-weight="bold">${escapeHtml(map.title)}</text>`,
    `<text x="${width}" y="16" text-anchor="end" font-size="12">N ↑</text>`,
    panels,
    legend,
    note,
    "</svg>",
  ].join("");
}

/**
 * The map with its caption: `full` lists every feature with how it is placed and its source;
 * `short` (the one-page handout) gives the sources in one paragraph; `card` (a role card, one
 * printed page) points to the briefing's list.
 */
export function renderMapFigure(
  map: SectorMap,
  record: HistoricalRecord,
  form: "full" | "short" | "card" = "full",
): string {
  const title = (sourceId: string) =>
    record.sources.find((s) => s.id === sourceId)?.title ?? sourceId;
  const page = (pageId: string) => map.coordinateSources.find((s) => s.id === pageId);
  const features = [...map.places, ...map.lines];
  let caption: string;
  if (form === "card") {
    caption = "Where each feature comes from is listed under the map on the briefing.";
  } else if (form === "short") {
    const ids = [...new Set(features.map((f) => f.source))];
    caption = `Sources: ${ids.map((s) => escapeHtml(title(s))).join("; ")}. Coordinates: ${map.coordinateSources.map((s) => escapeHtml(s.title)).join("; ")}.`;
  } else {
    const items = features.map((feature) => {
      const where =
        "placed" in feature && feature.placed === "published"
          ? `at the coordinate given by ${escapeHtml(page(feature.coordinates)?.title ?? feature.coordinates)} (${escapeHtml(page(feature.coordinates)?.url ?? "")})`
          : `drawn from a description, not a published coordinate: ${escapeHtml(feature.described)}`;
      const star = isSketched(feature) ? "*" : "";
      return `<li><strong>${escapeHtml(feature.name)}${star}</strong>: ${where} Source: ${escapeHtml(title(feature.source))}.</li>`;
    });
    // The sketch note is on the map itself; the caption says, feature by feature, why.
    caption = `Where each feature comes from:<ul>${items.join("")}</ul>`;
  }
  return `<figure class="map" id="map">${renderMapSvg(map)}<figcaption>${caption}</figcaption></figure>`;
}
