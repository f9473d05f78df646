/**
 * Test helper: compiles the frozen placeholder campaign and plays it, either along the
 * historical line (at each decision the option whose outcome is tagged `historical`) or with
 * chosen option ids, so comparisons are tested on real runs rather than hand-made logs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { HistoricalRecord } from "../../../src/core/history/record-schema";
import { parseRecord } from "../../../src/core/history/validate-record";
import { parseVariablesMeta, type VariablesMeta } from "../../../src/core/state/variables-meta";
import { compileInk } from "../../../src/core/story/compile-ink";
import { Session } from "../../../src/core/story/session";

const root = join(__dirname, "..", "..", "..");
const mini = join(root, "tests", "fixtures", "campaign-mini");

/** Compiled once per test file: compiling is the slow part. */
const miniStory = compileInk(
  readFileSync(join(mini, "khasan-mini.ink"), "utf8"),
  "khasan-mini.ink",
  (name) => readFileSync(join(mini, name), "utf8"),
).story;
const miniMeta = parseVariablesMeta(
  JSON.parse(readFileSync(join(mini, "variables.json"), "utf8")),
  "variables.json",
);

export function loadMini(): { session: Session; meta: VariablesMeta } {
  return { session: new Session(miniStory, { seed: 1 }), meta: miniMeta };
}

export function loadCampaignRecord(): HistoricalRecord {
  const text = readFileSync(join(root, "story", "record.json"), "utf8");
  return parseRecord(JSON.parse(text), "story/record.json");
}

export { play } from "../../helpers/play-line";
