/**
 * `story/map.json`: the map of the Khasan sector as data (DESIGN.md 3.4, content in `story/`).
 * Every place and line names the record source that says what it is and where; a place is
 * either at a published coordinate (`placed: "published"`, naming the page in
 * `coordinateSources`) or drawn where the sources' description puts it (`placed: "described"`,
 * with that description), and lines are always drawn from a description. The views mark the
 * described ones, so no guessed position passes for a surveyed one. Pure: the shell reads the
 * file and passes its contents in.
 */
import { z } from "zod";
import { parseDataFile } from "../schema-issue";

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "ids are lower-case letters, digits, _ and -");
const text = z.string().min(1);
/** The sector lies within these; anything outside is a typing slip. */
const lat = z.number().min(41).max(44);
const lon = z.number().min(129).max(132);

const coordinateSourceSchema = z.object({ id, title: text, url: z.string().url() }).strict();

const panelSchema = z
  .object({ id, title: text, south: lat, north: lat, west: lon, east: lon })
  .strict()
  .refine((p) => p.south < p.north && p.west < p.east, "a panel's south < north and west < east");

const placeBase = {
  id,
  name: text,
  kind: z.enum(["height", "lake", "river", "village", "town", "bay"]),
  lat,
  lon,
  /** The record source (`record.json` `sources[].id`) that says what and where the place is. */
  source: id,
};

const placeSchema = z.discriminatedUnion("placed", [
  z.object({ ...placeBase, placed: z.literal("published"), coordinates: id }).strict(),
  z.object({ ...placeBase, placed: z.literal("described"), described: text }).strict(),
]);

const lineSchema = z
  .object({
    id,
    name: text,
    kind: z.enum(["river", "claim-soviet", "claim-japanese"]),
    points: z.array(z.tuple([lat, lon])).min(2),
    source: id,
    /** How the sources describe its course: every line is drawn from a description. */
    described: text,
  })
  .strict();

export const mapSchema = z
  .object({
    about: text,
    title: text,
    /** Shown on the map itself whenever anything on it is drawn from a description. */
    sketchNote: text,
    coordinateSources: z.array(coordinateSourceSchema),
    panels: z.array(panelSchema).min(1),
    places: z.array(placeSchema).min(1),
    lines: z.array(lineSchema),
  })
  .strict();

export type SectorMap = z.infer<typeof mapSchema>;
export type MapPlace = z.infer<typeof placeSchema>;
export type MapLine = z.infer<typeof lineSchema>;
export type MapPanel = z.infer<typeof panelSchema>;

/** Parses map.json; `label` names the file in the one-line error. */
export function parseMap(data: unknown, label: string): SectorMap {
  return parseDataFile(mapSchema, data, label);
}

/** Whether a place or line is drawn from a description rather than a published coordinate. */
export function isSketched(feature: MapPlace | MapLine): boolean {
  return !("placed" in feature) || feature.placed === "described";
}

/**
 * Every problem in map.json that the schema cannot see, one line each: a source the record
 * lacks, a coordinate page not listed, an id used twice, a feature outside every panel.
 */
export function checkMap(map: SectorMap, recordSources: readonly string[]): string[] {
  const problems: string[] = [];
  const pages = new Set(map.coordinateSources.map((s) => s.id));
  const seen = new Set<string>();
  const inside = (la: number, lo: number) =>
    map.panels.some((p) => la >= p.south && la <= p.north && lo >= p.west && lo <= p.east);
  for (const feature of [...map.places, ...map.lines]) {
    if (seen.has(feature.id)) problems.push(`${feature.id}: the id is used twice`);
    seen.add(feature.id);
    if (!recordSources.includes(feature.source)) {
      problems.push(`${feature.id}: no source "${feature.source}" in the record`);
    }
  }
  for (const place of map.places) {
    if (place.placed === "published" && !pages.has(place.coordinates)) {
      problems.push(
        `${place.id}: no coordinate source "${place.coordinates}" in coordinateSources`,
      );
    }
    if (!inside(place.lat, place.lon)) problems.push(`${place.id}: outside every panel`);
  }
  const used = new Set(
    map.places.flatMap((p) => (p.placed === "published" ? [p.coordinates] : [])),
  );
  for (const page of pages) {
    if (!used.has(page)) problems.push(`coordinateSources: "${page}" is not used`);
  }
  return problems;
}
