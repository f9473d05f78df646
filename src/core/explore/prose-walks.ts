/**
 * The prose as a player reads it, measured: words in each passage between two choice points
 * (the opening, each stretch between choices, the last stretch to the end), on seeded uniform
 * random walks and on the historical line (every decision's `historical` option, the first
 * choice elsewhere). A probe also keeps, per walk, the first passage of a given date and one
 * variable's value as it starts, to show whether a scene's text changes with that variable.
 */
import { createRandom, deriveSeed } from "../random/seed";
import type { CompiledStory } from "../story/load-story";
import type { VariableValue } from "../story/session";
import { StoryWalker, type WalkStep } from "../story/walker";
import { readDecision, readOption } from "./step-tags";

export interface ProseProbe {
  /** The `date:` tag whose first passage is kept. */
  date: string;
  /** The variable read as that passage starts. */
  variable: string;
}

export interface ProseWalk {
  seed: number;
  /** Words per passage, in reading order. */
  passages: number[];
  /** Choices taken. */
  choices: number;
  /** The probed passage (from the line with the date on) and the variable's value before it. */
  probe?: { value: VariableValue | undefined; text: string };
}

export interface ProseOptions {
  seed: number;
  premises?: Readonly<Record<string, VariableValue>>;
  probe?: ProseProbe;
  maxDepth?: number;
}

/** `walks` seeded walks, each choice drawn uniformly; walk i uses seed deriveSeed(seed, i). */
export function proseWalks(
  story: CompiledStory,
  walks: number,
  options: ProseOptions,
): ProseWalk[] {
  const walker = new StoryWalker(story, { premises: options.premises ?? {}, text: true });
  const result: ProseWalk[] = [];
  for (let i = 0; i < walks; i++) {
    const seed = deriveSeed(options.seed, i);
    const draw = createRandom(seed);
    result.push(walk(walker, seed, options, (step) => Math.floor(draw() * step.choices.length)));
  }
  return result;
}

/** The historical line: at a decision the choice whose outcome is tagged `historical`. */
export function historicalProse(story: CompiledStory, options: ProseOptions): ProseWalk {
  const walker = new StoryWalker(story, { premises: options.premises ?? {}, text: true });
  return walk(walker, options.seed, options, (step) => {
    if (!readDecision(step.lines)) return 0;
    const saved = walker.save();
    let found = 0;
    for (let i = 0; i < step.choices.length; i++) {
      walker.load(saved);
      if (readOption(walker.choose(i).lines)?.historical) {
        found = i;
        break;
      }
    }
    walker.load(saved);
    return found;
  });
}

function walk(
  walker: StoryWalker,
  seed: number,
  options: ProseOptions,
  pick: (step: WalkStep) => number,
): ProseWalk {
  const result: ProseWalk = { seed, passages: [], choices: 0 };
  const probe = options.probe;
  let before = probe ? walker.values([probe.variable])[probe.variable] : undefined;
  let step = walker.start(seed);
  for (let depth = 0; ; depth++) {
    result.passages.push(step.lines.reduce((sum, line) => sum + wordsIn(line.text ?? ""), 0));
    if (probe && !result.probe) {
      const at = step.lines.findIndex((l) =>
        l.tags.some((t) => t.key === "date" && t.value === probe.date),
      );
      if (at >= 0) {
        const text = step.lines
          .slice(at)
          .map((l) => l.text ?? "")
          .join("");
        result.probe = { value: before, text };
      }
    }
    if (step.choices.length === 0 || step.errors.length > 0) break;
    if (depth >= (options.maxDepth ?? 1000)) break;
    if (probe) before = walker.values([probe.variable])[probe.variable];
    step = walker.choose(pick(step));
    result.choices += 1;
  }
  return result;
}

export function wordsIn(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}

/** Median (the lower middle value for an even count) and maximum. */
export function medianAndMax(values: readonly number[]): { median: number; max: number } {
  if (values.length === 0) return { median: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
}
