/**
 * Gathers the campaign for the browser from the package's files (the story as `play` loads it,
 * `variables.json`, the record and the assumptions), and finds the bundled browser code in
 * `dist/web`. Used by `khasan export-web` and `khasan serve`.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { KhasanError } from "../../core/errors";
import { readOptionalJson } from "../files/json-file";
import { packageRoot } from "../files/paths";
import { readLimitedText } from "../files/read-limited";
import { loadAssumptions } from "../files/record-file";
import type { LoadedStory } from "../files/story-files";
import type { CampaignData } from "./campaign-data";

/** The campaign's data for a page; the record is validated now, so a broken one fails here. */
export function campaignData(loaded: LoadedStory): CampaignData {
  const data: CampaignData = {
    title: loaded.story.meta.title ?? "Khasan 1938",
    story: { json: loaded.story.json, hash: loaded.story.hash, meta: { ...loaded.story.meta } },
    variables: readOptionalJson(join(loaded.dir, "variables.json"), "story-load") ?? {
      variables: {},
    },
    record: readOptionalJson(join(loaded.dir, "record.json"), "record-invalid") ?? null,
    assumptions: loadAssumptions(loaded.dir) ?? null,
  };
  return data;
}

/** The files esbuild wrote at build time (`npm run build`). */
export const CLIENT_FILES = ["solo.js", "lesson.js", "khasan.css"] as const;
export type ClientFile = (typeof CLIENT_FILES)[number];

/** Reads one bundled client file (within the size limit for them), or says how to build it. */
export function readClientFile(name: ClientFile): string {
  const path = join(packageRoot(), "dist", "web", name);
  if (!existsSync(path)) {
    throw new KhasanError("io", `${path} is missing: run npm run build first`);
  }
  return readLimitedText(path, "client file", "clientFile", "io");
}
