/**
 * The run beside the historical record, shown at every ending (play and classroom): empty when
 * the story has no record.json beside it. The caller reads the record (files/record-file.ts);
 * this renderer only formats.
 */
import { compareRunWithRecord } from "../../core/history/compare-run";
import type { VariablesMeta } from "../../core/state/variables-meta";
import type { Session } from "../../core/story/session";
import type { RecordBeside } from "../files/record-file";
import { renderComparison } from "./comparison-view";
import type { Style } from "./style";

export function renderEndingComparison(
  session: Pick<Session, "variables" | "choices">,
  meta: VariablesMeta,
  beside: RecordBeside | undefined,
  style: Style,
): string {
  if (!beside) return "";
  const comparison = compareRunWithRecord({
    variables: session.variables(),
    log: session.choices(),
    meta,
    record: beside.record,
    ...(beside.assumptions ? { assumptions: beside.assumptions } : {}),
  });
  return `\n${renderComparison(comparison, style)}`;
}
