/**
 * StoryWalker: the explorer's engine. One inkjs Story, reused for every path: the explorer
 * saves the state at a branch point, takes one choice, and restores the state for the next
 * (DESIGN.md 4), instead of building a new Story per path. It reports plain data (lines with
 * parsed tags, choice texts, runtime errors and warnings), the state key used to deduplicate
 * equal states, which globals are tallies (left out of that key), and which knots and stitches
 * were entered (coverage).
 */
import type { Container } from "inkjs/engine/Container";
import { ErrorType } from "inkjs/engine/Error";
import type { Story } from "inkjs/engine/Story";
import { UsageError } from "../errors";
import { CountLiveness } from "./count-liveness";
import { continueInOnePass, stateInternals, visitHook } from "./ink-internals";
import { firstLine, toPlain, type VariableValue } from "./ink-values";
import type { CompiledStory } from "./load-story";
import { type KeyContext, stateKey } from "./state-key";
import { listOutline } from "./story-outline";
import { parseTags, type Tag } from "./tags";
import { findTallies } from "./tallies";

export interface WalkLine {
  text: string;
  tags: Tag[];
}

/** What running ink to the next choice point (or the end) produced. */
export interface WalkStep {
  lines: WalkLine[];
  /** Choice texts, in ink's order (index 0 first). Empty at an end or after an error. */
  choices: string[];
  errors: string[];
  warnings: string[];
}

export interface WalkerOptions {
  premises?: Readonly<Record<string, VariableValue>>;
  /** Record which knots and stitches are entered (a little slower). */
  trackCoverage?: boolean;
}

/** An opaque saved position; only the walker that made it reads it. */
export interface WalkerSnapshot {
  readonly json: string;
}

export class StoryWalker {
  /** Globals the story only adds to and prints: the key leaves them out (tallies.ts). */
  readonly tallies: ReadonlySet<string>;
  private readonly ink: Story;
  private readonly premises: Readonly<Record<string, VariableValue>>;
  private readonly keyContext: KeyContext;
  private readonly errors: string[] = [];
  private readonly warnings: string[] = [];
  private readonly outline: Map<Container, string>;
  private readonly entered = new Set<string>();

  constructor(story: CompiledStory, options: WalkerOptions = {}) {
    this.ink = story.createEngine();
    this.premises = { ...(options.premises ?? {}) };
    const globals = stateInternals(this.ink.state).variablesState._globalVariables;
    this.tallies = findTallies(this.ink.mainContentContainer, globals);
    this.keyContext = this.makeKeyContext(story.json.includes('"turn"'));
    this.ink.onError = (message, type) => {
      (type === ErrorType.Error ? this.errors : this.warnings).push(message);
    };
    this.outline = listOutline(this.ink.mainContentContainer);
    continueInOnePass(this.ink);
    if (options.trackCoverage) this.hookCoverage();
  }

  /** Starts over with `seed` for ink's RANDOM and runs to the first choice point. */
  start(seed: number): WalkStep {
    this.ink.ResetState();
    this.ink.state.storySeed = seed;
    this.ink.state.previousRandom = 0;
    for (const [name, value] of Object.entries(this.premises)) {
      if (!this.ink.variablesState.GlobalVariableExistsWithName(name)) {
        throw new UsageError(`the story has no variable "${name}" to set`);
      }
      this.ink.variablesState.$(name, value);
    }
    return this.run();
  }

  /** Takes choice `index` (0-based) and runs to the next choice point or the end. */
  choose(index: number): WalkStep {
    try {
      this.ink.ChooseChoiceIndex(index);
    } catch (error) {
      return { lines: [], choices: [], errors: [firstLine(error)], warnings: [] };
    }
    return this.run();
  }

  save(): WalkerSnapshot {
    return { json: this.ink.state.ToJson() };
  }

  load(snapshot: WalkerSnapshot): void {
    this.ink.state.LoadJson(snapshot.json);
  }

  /** The deduplication key of the current state (see state-key.ts). */
  key(): string {
    return stateKey(this.ink.state, this.keyContext);
  }

  private makeKeyContext(usesTurns: boolean): KeyContext {
    const targets = new Map<string, Container | null>();
    const targetOf = (path: { toString(): string }): Container | null => {
      const text = path.toString();
      let target = targets.get(text);
      if (target === undefined) {
        target = this.ink.ContentAtPath(path as Parameters<Story["ContentAtPath"]>[0]).container;
        targets.set(text, target);
      }
      return target;
    };
    const liveness = new CountLiveness(this.ink.mainContentContainer);
    return { usesTurns, tallies: this.tallies, liveness, targetOf };
  }

  /** Every ink global variable and its current value. */
  variables(): Record<string, VariableValue> {
    const state = this.ink.variablesState;
    const result: Record<string, VariableValue> = {};
    for (const name of Object.keys(state)) result[name] = toPlain(state.$(name));
    return result;
  }

  /** Values of the named globals only (cheaper than `variables()`). */
  values(names: readonly string[]): Record<string, VariableValue> {
    const state = this.ink.variablesState;
    const result: Record<string, VariableValue> = {};
    for (const name of names) {
      const value = state.$(name);
      if (value !== undefined && value !== null) result[name] = toPlain(value);
    }
    return result;
  }

  /** The named globals as numbers (each must hold one), for tallies. */
  numbers(names: readonly string[]): number[] {
    return names.map((name) => Number(this.ink.variablesState.$(name)));
  }

  /** Knots, stitches and labels of the story, as `knot` or `knot.stitch`. */
  outlineNames(): string[] {
    return [...new Set(this.outline.values())].sort();
  }

  /** The outline names entered since the walker was made (with trackCoverage). */
  enteredNames(): string[] {
    return [...this.entered].sort();
  }

  private run(): WalkStep {
    try {
      if (this.ink.canContinue) this.ink.Continue();
    } catch (error) {
      this.errors.push(firstLine(error));
    }
    const lines = this.takeLines();
    const errors = this.errors.splice(0);
    const warnings = this.warnings.splice(0);
    const choices = errors.length > 0 ? [] : this.ink.currentChoices.map((c) => c.text);
    return { lines, choices, errors, warnings };
  }

  /**
   * Splits the output of one pass (continueInOnePass) into the lines ink's own Continue would
   * have returned: each ends at a newline, and a tag after a newline belongs to the next line.
   * inkjs builds each line's text and tags, from that line's share of the output stream.
   */
  private takeLines(): WalkLine[] {
    const state = this.ink.state;
    const stream = [...state.outputStream];
    const lines: WalkLine[] = [];
    const addLine = (from: number, to: number) => {
      state.ResetOutput(stream.slice(from, to));
      const text = (state.currentText ?? "").replace(/\n$/, "");
      lines.push({ text, tags: parseTags(state.currentTags ?? []) });
    };
    let start = 0;
    stream.forEach((item, i) => {
      if ((item as { isNewline?: boolean }).isNewline !== true) return; // a StringValue "\n"
      addLine(start, i + 1);
      start = i + 1;
    });
    if (start < stream.length) addLine(start, stream.length);
    state.ResetOutput();
    return lines;
  }

  private hookCoverage(): void {
    const hook = visitHook(this.ink);
    const visit = hook.VisitContainer.bind(this.ink);
    hook.VisitContainer = (container, atStart) => {
      const name = this.outline.get(container);
      if (name !== undefined) this.entered.add(name);
      visit(container, atStart);
    };
  }
}
