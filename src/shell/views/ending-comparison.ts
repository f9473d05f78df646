/**
 * The run beside the historical record, shown at every ending (play and classroom): empty when
 * the story has no record.json beside it. The caller reads the record (files/record-file.ts);
 * this renderer only formats.
 */
import { compareRunWithRecord } from "../../core/history/record-comparison";
import type { VariablesMeta } from "../../core/state/variables-meta";
import type { Session } from "../../core/story/session";
import type { RecordBeside } from "../files/record-file";
import { renderRecordComparison } from "./record-comparison-view";
import { renderSourceList } from "./source-list";
import type { Style } from "./style";

type Run = Pick<Session, "variables" | "choices">;

function compareEnded(session: Run, meta: VariablesMeta, beside: RecordBeside) {
  return compareRunWithRecord({
    variables: session.variables(),
    log: session.choices(),
    meta,
    record: beside.record,
    ...(beside.assumptions ? { assumptions: beside.assumptions } : {}),
  });
}

/**
 * The panel at an ending: its A and B sources listed, the C ones by number only, and
 * `moreSources` saying how to list them all (the default names `khasan history --sources`).
 */
export function renderEndingComparison(
  session: Run,
  meta: VariablesMeta,
  beside: RecordBeside | undefined,
  style: Style,
  moreSources = "khasan history --sources lists every source",
): string {
  if (!beside) return "";
  const comparison = compareEnded(session, meta, beside);
  return `\n${renderRecordComparison(comparison, style, { moreSources })}`;
}

/** Every source the ending's comparison cites, numbered as in the panel (`sources`). */
export function renderEndingSources(
  session: Run,
  meta: VariablesMeta,
  beside: RecordBeside | undefined,
  style: Style,
): string {
  if (!beside) return "This story has no historical record, so no sources.\n";
  const { sources } = compareEnded(session, meta, beside);
  return `${style.color.bold("Sources")}\n${renderSourceList(sources, style)}\n`;
}
