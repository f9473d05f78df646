/**
 * Reads `story/map.json` (the map of the sector) beside a story, with a one-line error naming
 * the file. Kept beside the commands that print the map (roles, debrief, check), not in
 * `files/`, which another part of the project owns.
 */
import { join } from "node:path";
import { parseMap, type SectorMap } from "../../core/classroom/map-data";
import { readOptionalJson } from "../files/json-file";

/** map.json beside a story, or undefined when it has none (a story may have no map). */
export function loadMapFile(dir: string): SectorMap | undefined {
  const path = join(dir, "map.json");
  const data = readOptionalJson(path, "record-invalid");
  return data === undefined ? undefined : parseMap(data, path);
}
