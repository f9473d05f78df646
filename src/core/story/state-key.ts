/**
 * The identity of an ink state for deduplication: two states with the same key behave the same
 * from here on. It covers the global variables, visit counts, turn counts relative to now (what
 * TURNS_SINCE reads), the RANDOM sequence position, the call stack of every thread (position and
 * temporaries) and the current choices with the threads they return to. It leaves out the
 * output already produced and the absolute turn number, which no later content can read
 * except through TURNS(); stories using TURNS() get the absolute turn number in their key.
 * It also leaves out tallies (tallies.ts), which nothing later can read either, and every
 * other global from where nothing can read (or write) it again (liveness.ts), except those the
 * runner itself reads at every state: so paths that took different options meet again once no
 * later line can tell them apart, and the worlds of different premise sets merge there too.
 */
import { createHash } from "node:crypto";
import type { Container } from "inkjs/engine/Container";
import type { StoryState } from "inkjs/engine/StoryState";
import type { InkElement, InkPointer, InkThread, InkValue } from "./ink-internals";
import { stateInternals } from "./ink-internals";
import { ALL_LIVE, type LiveCounts, type Liveness } from "./liveness";

export interface KeyContext {
  usesTurns: boolean;
  /** Globals left out of the key: the story only adds to them and prints them. */
  tallies: ReadonlySet<string>;
  /** Globals left out of the key where nothing can read them again. */
  droppable: ReadonlySet<string>;
  /** Premises merged over several sets: the key reports the ones it still holds. */
  mergeable: ReadonlySet<string>;
  liveness: Liveness;
  /** The container a choice leads into. */
  targetOf: (path: { toString(): string }) => Container | null;
}

/**
 * Builds the key of `state` and of `extra` (what the caller tells states apart by besides ink's
 * state): a sha1 digest as a 20-character string, so millions of keys fit in memory. The
 * mergeable premises the key still holds are added to `kept`, when given.
 */
export function stateKey(
  state: StoryState,
  context: KeyContext,
  extra: string,
  kept?: string[],
): string {
  const s = stateInternals(state);
  const usesTurns = context.usesTurns;
  const live = context.liveness.liveFrom(positions(state, context));
  const parts: string[] = [];
  const dead = (name: string) =>
    context.droppable.has(name) && live.variables !== ALL_LIVE && !live.variables.has(name);
  for (const [name, value] of s.variablesState._globalVariables) {
    if (context.tallies.has(name) || dead(name)) continue;
    parts.push(`${name}=${valueText(value)}`);
    if (kept && context.mergeable.has(name)) kept.push(name);
  }
  parts.push("|v", sortedEntries(s._visitCounts, 0, live.counts));
  parts.push("|t", sortedEntries(s._turnIndices, s.currentTurnIndex, live.counts));
  parts.push("|r", String(s.previousRandom), String(s.storySeed));
  if (usesTurns) parts.push("|n", String(s.currentTurnIndex));
  parts.push("|e", String(s.evaluationStack.length));
  const threadIds = new Map<number, number>();
  for (const thread of s.callStack._threads) parts.push("|T", threadText(thread, threadIds));
  for (const choice of state.currentChoices) {
    parts.push("|c", choice.text, String(choice.targetPath), String(choice.isInvisibleDefault));
    parts.push(String(renumber(choice.originalThreadIndex, threadIds)));
    const thread = choice.threadAtGeneration as unknown as InkThread | null;
    if (thread) parts.push(threadText(thread, threadIds));
  }
  parts.push("|x", extra);
  // One byte per character: 20 characters, the smallest string a Map can key by.
  return createHash("sha1").update(parts.join("\u0001")).digest("binary");
}

/** Every container the story may continue from: each frame of each thread, each choice target. */
function* positions(state: StoryState, context: KeyContext): Generator<Container | null> {
  for (const thread of stateInternals(state).callStack._threads) {
    for (const element of thread.callstack)
      yield element.currentPointer.container as Container | null;
  }
  for (const choice of state.currentChoices) {
    if (choice.targetPath) yield context.targetOf(choice.targetPath);
    const thread = choice.threadAtGeneration as unknown as InkThread | null;
    for (const element of thread?.callstack ?? []) {
      yield element.currentPointer.container as Container | null;
    }
  }
}

/** Live map entries in key order (insertion order differs between paths); `relativeTo` subtracts. */
function sortedEntries(map: Map<string, number>, relativeTo: number, live: LiveCounts): string {
  const keys = [...map.keys()].filter((key) => live === ALL_LIVE || live.has(key)).sort();
  return keys.map((key) => `${key}:${relativeTo - (map.get(key) ?? 0)}`).join(",");
}

/**
 * Thread indices come from a counter that only grows, so the same place reached later has new
 * numbers; only which choice belongs to which thread matters, so they are renumbered in order.
 */
function renumber(index: number, ids: Map<number, number>): number {
  let id = ids.get(index);
  if (id === undefined) {
    id = ids.size;
    ids.set(index, id);
  }
  return id;
}

function threadText(thread: InkThread, ids: Map<number, number>): string {
  const parts = [String(renumber(thread.threadIndex, ids)), pointerText(thread.previousPointer)];
  for (const element of thread.callstack) parts.push(elementText(element));
  return parts.join(";");
}

function elementText(element: InkElement): string {
  const temps = [...element.temporaryVariables.entries()]
    .map(([name, value]) => `${name}=${valueText(value)}`)
    .sort()
    .join(",");
  const mode = element.inExpressionEvaluation ? "e" : "";
  return `${element.type}${mode}@${pointerText(element.currentPointer)}{${temps}}`;
}

function pointerText(pointer: InkPointer): string {
  return pointer.container ? `${pointer.container.path.toString()}#${pointer.index}` : "-";
}

function valueText(value: InkValue | undefined): string {
  if (!value) return "?";
  return `${value.valueType}:${String(value.value)}`;
}
