/**
 * The campaign as the browser receives it: the compiled story (with the hash the shell computed,
 * since the browser has no node:crypto), `variables.json`, the record and the model's
 * assumptions. The shell writes it as a small script (`story.js`) so that the solo player works
 * from `index.html` opened from disk, where a page may not fetch files beside it.
 */
import type { HistoricalRecord } from "../../core/history/record-schema";
import { parseRecord } from "../../core/history/validate-record";
import { parseVariablesMeta, type VariablesMeta } from "../../core/state/variables-meta";
import { CompiledStory } from "../../core/story/load-story";

export interface CampaignData {
  title: string;
  story: { json: string; hash: string; meta: Record<string, string> };
  /** `variables.json` as parsed JSON, validated where it is opened. */
  variables: unknown;
  record: unknown;
  assumptions: string[] | null;
}

export interface OpenedCampaign {
  title: string;
  story: CompiledStory;
  meta: VariablesMeta;
  record?: HistoricalRecord;
  assumptions?: string[];
}

/** The global the data script sets, read by the solo page. */
export const DATA_GLOBAL = "KHASAN_DATA";

/** Validates the data a page received, as the terminal validates the files. */
export function openCampaign(data: CampaignData): OpenedCampaign {
  const opened: OpenedCampaign = {
    title: data.title,
    story: new CompiledStory(data.story.json, data.story.hash, data.story.meta),
    meta: parseVariablesMeta(data.variables, "variables.json"),
  };
  if (data.record !== null && data.record !== undefined) {
    opened.record = parseRecord(data.record, "record.json");
  }
  if (data.assumptions) opened.assumptions = data.assumptions;
  return opened;
}

/** The data as a script: JSON with `<` escaped, so no text in it can close a script element. */
export function renderDataScript(data: CampaignData): string {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `window.${DATA_GLOBAL} = ${json};\n`;
}
