/**
 * The run beside the historical record, shown at every ending (play and classroom): empty when
 * the story has no record.json beside it.
 */
import { compareRunWithRecord } from "../../core/history/compare-run";
import { loadAssumptions, loadRecordFile } from "../files/record-file";
import type { Game } from "../interactive/game";
import { renderComparison } from "./comparison-view";
import type { Style } from "./style";

export function renderEndingComparison(game: Game, style: Style): string {
  const { dir, meta } = game.context.loaded;
  const record = loadRecordFile(dir);
  if (!record) return "";
  const assumptions = loadAssumptions(dir);
  const comparison = compareRunWithRecord({
    variables: game.session.variables(),
    log: game.session.choices(),
    meta,
    record,
    ...(assumptions ? { assumptions } : {}),
  });
  return `\n${renderComparison(comparison, style)}`;
}
