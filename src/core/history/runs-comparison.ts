/**
 * Two runs side by side (`khasan compare A B`): their premises, their decisions step by step with
 * the first place they part, the tracked variables at each in-story date for both, and both
 * endings. Each run is traced by replaying its log on a session of the same story.
 */
import { replayLog } from "../save/replay";
import type { VariablesMeta } from "../state/variables-meta";
import type { Session, VariableValue } from "../story/session";
import type { LogEntry } from "../story/turn";

export interface RunTrace {
  label: string;
  premises: Readonly<Record<string, VariableValue>>;
  log: LogEntry[];
  /**
   * Tracked variables as they stood at the last choice point of each in-story date, in order.
   * The ending's own turn is left out: an ending may sum up a battle, so its totals are not
   * those of the date it was reached on (they go in `atEnd`).
   */
  byDate: { date: string; values: Record<string, VariableValue> }[];
  /** Tracked variables at the ending (totals to the end of the story); absent if not ended. */
  atEnd?: Record<string, VariableValue>;
  ending: string | null;
}

export interface VariableRow {
  name: string;
  label: string;
  a?: VariableValue;
  b?: VariableValue;
}

export interface RunsComparison {
  premises: { name: string; a?: VariableValue; b?: VariableValue }[];
  steps: { a?: LogEntry; b?: LogEntry; same: boolean }[];
  /** Index in `steps` of the first step where the runs differ. */
  firstDivergence?: number;
  byDate: { date: string; rows: VariableRow[] }[];
  /** Each run's variables at its ending, when either run has ended. */
  atEnd?: VariableRow[];
  endings: { a: string | null; b: string | null };
  /** The endings' titles from variables.json, for people (ids stay in `endings`). */
  endingTitles: { a?: string; b?: string };
  labels: { a: string; b: string };
}

/** Replays `log` on `session` (from the start) and records the tracked variables by date. */
export function traceRun(
  session: Session,
  log: readonly LogEntry[],
  meta: VariablesMeta,
  label: string,
): RunTrace {
  const byDate = new Map<string, Record<string, VariableValue>>();
  const { turn } = replayLog(session, log, (step) => {
    if (step.date !== undefined && !step.ended)
      byDate.set(step.date, tracked(session.variables(), meta));
  });
  const trace: RunTrace = {
    label,
    premises: session.premises,
    log: session.choices(),
    byDate: [...byDate].map(([date, values]) => ({ date, values })),
    ending: turn.ending?.id ?? null,
  };
  if (turn.ended) trace.atEnd = tracked(session.variables(), meta);
  return trace;
}

function tracked(
  raw: Record<string, VariableValue>,
  meta: VariablesMeta,
): Record<string, VariableValue> {
  const out: Record<string, VariableValue> = {};
  for (const name of Object.keys(meta.variables)) {
    const value = raw[name];
    if (value !== undefined && meta.variables[name]?.premise !== true) out[name] = value;
  }
  return out;
}

export function compareRuns(a: RunTrace, b: RunTrace, meta: VariablesMeta): RunsComparison {
  const names = [...new Set([...Object.keys(a.premises), ...Object.keys(b.premises)])];
  const premises = names.map((name) =>
    dropUndefined({ name, a: a.premises[name], b: b.premises[name] }),
  );
  const steps = Array.from({ length: Math.max(a.log.length, b.log.length) }, (_, i) => {
    const sa = a.log[i];
    const sb = b.log[i];
    return {
      ...dropUndefined({ a: sa, b: sb }),
      same: sa !== undefined && sb !== undefined && sameChoice(sa, sb),
    };
  });
  const first = steps.findIndex((step) => !step.same);
  const dates = [...new Set([...a.byDate, ...b.byDate].map((d) => d.date))].sort();
  const byDate = dates.map((date) => {
    const va = a.byDate.find((d) => d.date === date)?.values ?? {};
    const vb = b.byDate.find((d) => d.date === date)?.values ?? {};
    return { date, rows: variableRows(va, vb, meta) };
  });
  const title = (id: string | null) => (id === null ? undefined : meta.endings[id]?.title);
  const result: RunsComparison = {
    premises,
    steps,
    byDate,
    endings: { a: a.ending, b: b.ending },
    endingTitles: dropUndefined({ a: title(a.ending), b: title(b.ending) }),
    labels: { a: a.label, b: b.label },
  };
  if (a.atEnd || b.atEnd) result.atEnd = variableRows(a.atEnd ?? {}, b.atEnd ?? {}, meta);
  if (first >= 0) result.firstDivergence = first;
  return result;
}

function variableRows(
  va: Record<string, VariableValue>,
  vb: Record<string, VariableValue>,
  meta: VariablesMeta,
): VariableRow[] {
  return Object.entries(meta.variables)
    .filter(([name]) => name in va || name in vb)
    .map(([name, v]) =>
      dropUndefined({ name, label: v.short ?? v.label, a: va[name], b: vb[name] }),
    );
}

function sameChoice(a: LogEntry, b: LogEntry): boolean {
  if (a.option !== undefined || b.option !== undefined)
    return a.decision === b.decision && a.option === b.option;
  return a.text === b.text;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
