/**
 * The debrief pack as data (DESIGN.md 5, `khasan debrief`): what the class decided, with dates,
 * votes and the rule; the charted values over the run; the comparison with the record; what
 * became of each role's person; questions picked by the class's choices; the facilitator's
 * notes; and every source cited. Pure: the shell loads the files and renders the result.
 */
import { compareRunWithRecord, type RecordComparison } from "../history/record-comparison";
import type { HistoricalRecord, RecordDecision, Source } from "../history/record-schema";
import { ownEntry } from "../own-entry";
import type { SaveFile, SaveNote } from "../save/save-file";
import type { VariablesMeta } from "../state/variables-meta";
import type { CompiledStory } from "../story/load-story";
import type { LogEntry } from "../story/turn";
import type { ClassroomData } from "./classroom-data";
import { allHold } from "./conditions";
import { type PickedQuestion, pickQuestions, runFacts } from "./debrief-questions";
import type { Role, RolesFile } from "./roles";
import { replayRunSeries, type SeriesPoint } from "./run-series";
import { type ClassroomSettings, settingsFromNotes } from "./settings";

export interface DebriefDecision {
  step: number;
  entry: LogEntry;
  record?: RecordDecision;
  /** How the rule settled it, from the classroom's vote note. */
  outcome?: string;
  /** The options the class did not take. */
  rejected: string[];
  /** Taken as in 1938 by a lesson cut, not by the class. */
  byHistory: boolean;
}

/** A role's objective scored against the run's end (roles.json `objective.when`). */
export interface ObjectiveScore {
  role: string;
  name: string;
  objective: string;
  met: boolean;
}

export interface Debrief {
  title: string;
  storyVersion: string;
  seed: number;
  premises: Record<string, string | number | boolean>;
  ended: boolean;
  ending?: { id: string; title: string; summary: string; historical: boolean };
  settings?: ClassroomSettings;
  decisions: DebriefDecision[];
  series: SeriesPoint[];
  labels: Record<string, { label: string; unit: string }>;
  replayed: number;
  comparison: RecordComparison;
  people: Role[];
  /** Each role's objective, met or missed; empty when the run stopped before an ending. */
  objectives: ObjectiveScore[];
  /** Every question true of the run, most important first; the student page takes the first six. */
  questions: PickedQuestion[];
  /** Charted variables with their colours, from classroom.json. */
  charted: ClassroomData["charted"];
  /** Decisions a lesson cut took as in 1938, not the class. */
  byHistory: string[];
  notes: SaveNote[];
  undos: number;
  sources: Source[];
}

export interface DebriefInput {
  save: SaveFile;
  story: CompiledStory;
  meta: VariablesMeta;
  record: HistoricalRecord;
  roles?: RolesFile;
  classroom: ClassroomData;
  assumptions?: readonly string[];
}

export function buildDebrief(input: DebriefInput): Debrief {
  const { save, story, meta, record } = input;
  const charted = input.classroom.charted.map((c) => c.variable);
  const run = replayRunSeries(story, save, charted);
  const log = save.log.slice(0, run.replayed);
  const notes = save.notes ?? [];
  const settings = settingsFromNotes(notes);
  const comparison = compareRunWithRecord({
    variables: run.variables,
    log,
    meta,
    record,
    ...(input.assumptions ? { assumptions: input.assumptions } : {}),
  });
  const people = (input.roles?.roles ?? []).filter(
    (r) => !settings || settings.roles.includes(r.id),
  );
  const debrief: Debrief = {
    title: story.meta.title ?? save.storyName,
    storyVersion: save.storyVersion,
    seed: save.seed,
    premises: { ...save.premises },
    ended: save.ended,
    decisions: listDecisions(log, notes, record, run.points),
    series: run.points,
    labels: chartLabels(meta, charted),
    replayed: run.replayed,
    comparison,
    people,
    objectives: [],
    questions: [],
    charted: input.classroom.charted,
    byHistory: [],
    notes: notes.filter((note) => note.kind === "note"),
    undos: save.events.filter((event) => event.kind === "undo").length,
    sources: [],
  };
  const ending = save.ending ? ownEntry(meta.endings, save.ending) : undefined;
  if (save.ending && ending) {
    debrief.ending = {
      id: save.ending,
      title: ending.title,
      summary: ending.summary,
      historical: ending.historical === true,
    };
  }
  if (settings) debrief.settings = settings;
  const facts = runFacts(
    log,
    notes,
    run.replayed === save.log.length ? save.ending : null,
    run.variables,
  );
  const decisions = new Set(record.decisions.map((d) => d.id));
  debrief.questions = pickQuestions(input.classroom.questions, facts, decisions);
  // Objectives speak of the end ("at the end Zaozernaya is Soviet"): scored only at an ending.
  if (facts.ending) {
    debrief.objectives = people.map((role) => ({
      role: role.id,
      name: role.name,
      objective: role.objective.text,
      met: allHold(role.objective.when, facts, decisions),
    }));
  }
  debrief.byHistory = [...facts.byHistory];
  debrief.sources = citedSources(debrief, record);
  return debrief;
}

function listDecisions(
  log: readonly LogEntry[],
  notes: readonly SaveNote[],
  record: HistoricalRecord,
  points: readonly SeriesPoint[],
): DebriefDecision[] {
  return log.flatMap((entry, step) => {
    if (!entry.decision) return [];
    const offered = points.find((point) => point.step === step)?.offered ?? [];
    const vote = notes.filter((n) => n.kind === "vote" && n.step === step + 1).at(-1);
    const found: DebriefDecision = {
      step,
      entry,
      rejected: offered.filter((text) => text !== entry.text),
      byHistory: vote?.rule === "history",
    };
    const recordDecision = record.decisions.find((d) => d.id === entry.decision);
    if (recordDecision) found.record = recordDecision;
    if (vote) found.outcome = vote.text;
    return [found];
  });
}

function chartLabels(meta: VariablesMeta, charted: readonly string[]): Debrief["labels"] {
  const labels: Debrief["labels"] = {};
  for (const name of charted) {
    const variable = ownEntry(meta.variables, name);
    labels[name] = { label: variable?.label ?? name, unit: variable?.unit ?? "" };
  }
  return labels;
}

/** The comparison's sources first (its numbering), then those of the decisions and the people. */
function citedSources(debrief: Debrief, record: HistoricalRecord): Source[] {
  const ids = [
    ...debrief.comparison.sources.map((source) => source.id),
    ...debrief.decisions.flatMap((d) => d.record?.sources ?? []),
    ...debrief.people.flatMap((person) => person.sources),
  ];
  return [...new Set(ids)].flatMap((id) => record.sources.filter((source) => source.id === id));
}
