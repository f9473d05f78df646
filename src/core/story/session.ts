/**
 * A Session is one reading of one story: it wraps a single inkjs Story, seeds it, applies the
 * premises before the first line, and turns ink's output into Turns and a choice log. It is
 * the only place that drives the ink engine, so the rest of the program never sees inkjs.
 */
import { ErrorType } from "inkjs/engine/Error";
import type { Story } from "inkjs/engine/Story";
import { InkRuntimeError, UsageError } from "../errors";
import { globalValues, seedAndSetPremises } from "./ink-start";
import { firstLine, type VariableValue } from "./ink-values";
import type { CompiledStory } from "./load-story";
import { limitSteps, type StepBudget } from "./step-budget";
import { DEFAULT_ROLE, hasTag, parseTags, tagValue, tagValues } from "./tags";
import type { Decision, Ending, Line, LogEntry, Turn } from "./turn";

export type { VariableValue };

export interface SessionOptions {
  /** Seeds ink's RANDOM and shuffles; the same seed and choices give the same story. */
  seed: number;
  /** ink global variables to set before the first line (the "what if" switches). */
  premises?: Record<string, VariableValue>;
  /** ink steps allowed between two choices (default INK_STEP_BUDGET, step-budget.ts). */
  stepBudget?: number;
}

/** Everything needed to put a session back exactly where it was. */
export interface SessionSnapshot {
  ink: string;
  log: LogEntry[];
  date?: string;
  lastTurn?: Turn;
  /** A decision was chosen and its outcome's `option:` tag is still to be read. */
  awaitingOutcome?: boolean;
}

export class Session {
  readonly story: CompiledStory;
  readonly seed: number;
  readonly premises: Readonly<Record<string, VariableValue>>;
  private readonly ink: Story;
  private readonly budget: StepBudget;
  private readonly errors: string[] = [];
  private readonly warnings: string[] = [];
  private log: LogEntry[] = [];
  private date: string | undefined;
  private decision: Decision | undefined;
  private awaitingOutcome = false;
  private last: Turn | undefined;

  constructor(story: CompiledStory, options: SessionOptions) {
    this.story = story;
    this.seed = options.seed;
    this.premises = { ...(options.premises ?? {}) };
    this.ink = story.createEngine();
    this.budget = limitSteps(this.ink, options.stepBudget);
    this.ink.onError = (message, type) => {
      (type === ErrorType.Error ? this.errors : this.warnings).push(message);
    };
    this.start();
  }

  /** Back to the first line with the same seed and premises. */
  restart(): void {
    this.ink.ResetState();
    this.log = [];
    this.date = undefined;
    this.decision = undefined;
    this.awaitingOutcome = false;
    this.last = undefined;
    this.start();
  }

  /** Runs ink to the next choice point or the end. */
  continue(): Turn {
    const lines: Line[] = [];
    let ending: Ending | undefined;
    let decision: Decision | undefined;
    while (this.ink.canContinue) {
      const text = this.step(() => this.ink.Continue() ?? "");
      const tags = parseTags(this.ink.currentTags ?? []);
      lines.push({ text: text.replace(/\n$/, ""), tags });
      this.date = tagValue(tags, "date") ?? this.date;
      this.recordOutcome(tags);
      decision = readDecision(tags) ?? decision;
      const endingId = tagValue(tags, "ending");
      if (endingId) ending = { id: endingId, historical: hasTag(tags, "historical") };
    }
    const choices = this.ink.currentChoices.map((choice, index) => ({ index, text: choice.text }));
    this.decision = choices.length > 0 ? decision : undefined;
    const warnings = this.warnings.splice(0);
    const turn: Turn = { lines, choices, ended: choices.length === 0, warnings };
    if (this.date !== undefined) turn.date = this.date;
    if (this.decision) turn.decision = this.decision;
    if (ending) turn.ending = ending;
    this.last = turn;
    return turn;
  }

  /** Takes choice `index` (0-based) of the current choice point. */
  choose(index: number): LogEntry {
    const choices = this.ink.currentChoices;
    const choice = choices[index];
    if (!Number.isInteger(index) || choice === undefined) {
      throw new UsageError(
        `no choice ${index + 1} here: choose a number from 1 to ${choices.length}`,
      );
    }
    const entry: LogEntry = { index, text: choice.text };
    if (this.date !== undefined) entry.date = this.date;
    if (this.decision) {
      entry.decision = this.decision.id;
      entry.role = this.decision.role;
    }
    this.budget.reset();
    this.step(() => this.ink.ChooseChoiceIndex(index));
    this.log.push(entry);
    this.awaitingOutcome = this.decision !== undefined;
    return entry;
  }

  /** The choices made so far, oldest first. */
  choices(): LogEntry[] {
    return this.log.map((entry) => ({ ...entry }));
  }

  /** The turn most recently produced, to show again after a load. */
  lastTurn(): Turn | undefined {
    return this.last;
  }

  currentDate(): string | undefined {
    return this.date;
  }

  /** Every ink global variable and its current value. */
  variables(): Record<string, VariableValue> {
    return globalValues(this.ink);
  }

  snapshot(): SessionSnapshot {
    const snapshot: SessionSnapshot = { ink: this.ink.state.ToJson(), log: this.choices() };
    if (this.date !== undefined) snapshot.date = this.date;
    if (this.last) snapshot.lastTurn = this.last;
    if (this.awaitingOutcome) snapshot.awaitingOutcome = true;
    return snapshot;
  }

  restore(snapshot: SessionSnapshot): void {
    this.budget.reset();
    this.step(() => this.ink.state.LoadJson(snapshot.ink));
    this.log = snapshot.log.map((entry) => ({ ...entry }));
    this.date = snapshot.date;
    this.last = snapshot.lastTurn;
    this.decision = snapshot.lastTurn?.decision;
    this.awaitingOutcome = snapshot.awaitingOutcome === true;
  }

  private start(): void {
    this.budget.reset();
    seedAndSetPremises(this.ink, this.seed, this.premises);
  }

  /** The option id belongs to the first tagged line after a decision's choice. */
  private recordOutcome(tags: ReturnType<typeof parseTags>): void {
    const entry = this.log[this.log.length - 1];
    const option = tagValue(tags, "option");
    if (!this.awaitingOutcome || !entry || option === undefined) return;
    entry.option = option;
    if (hasTag(tags, "historical")) entry.historical = true;
    this.awaitingOutcome = false;
  }

  private step<T>(action: () => T): T {
    let result: T;
    try {
      result = action();
    } catch (error) {
      throw new InkRuntimeError([...this.errors.splice(0), firstLine(error)]);
    }
    if (this.errors.length > 0) throw new InkRuntimeError(this.errors.splice(0));
    return result;
  }
}

function readDecision(tags: ReturnType<typeof parseTags>): Decision | undefined {
  const id = tagValue(tags, "decision");
  if (id === undefined) return undefined;
  return { id, role: tagValue(tags, "role") || DEFAULT_ROLE, discuss: tagValues(tags, "discuss") };
}
