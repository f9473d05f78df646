/**
 * Print-only functions: ink functions whose only effect is the text they print, such as a
 * story's `fmt(n)` that writes 15000 as "15,000". Passing a tally to one is printing it
 * (tallies.ts): the text differs, but nothing the story does next can depend on the value.
 *
 * A function is print-only when its body (every container inside it) writes no global, calls
 * nothing, diverts only within itself, offers no choice, ends nothing, counts no visits or
 * turns, draws no RANDOM, opens no tag, and divides only by non-zero literals (so no value can
 * make it fail). Anything else is not print-only, which is always safe.
 */
// inkjs's engine modules import each other in a cycle that only resolves when Story loads first.
import "inkjs/engine/Story";
import { ChoicePoint } from "inkjs/engine/ChoicePoint";
import { Container } from "inkjs/engine/Container";
import { ControlCommand } from "inkjs/engine/ControlCommand";
import { Divert } from "inkjs/engine/Divert";
import { NativeFunctionCall } from "inkjs/engine/NativeFunctionCall";
import type { InkObject } from "inkjs/engine/Object";
import { PushPopType } from "inkjs/engine/PushPop";
import { Tag } from "inkjs/engine/Tag";
import { FloatValue, IntValue } from "inkjs/engine/Value";
import { VariableAssignment } from "inkjs/engine/VariableAssignment";

const Command = ControlCommand.CommandType;

/** Commands a print-only function may not run: they read or change state beyond its output. */
const STATEFUL = new Set<number>([
  Command.ChoiceCount,
  Command.Turns,
  Command.TurnsSince,
  Command.ReadCount,
  Command.Random,
  Command.SeedRandom,
  Command.VisitIndex,
  Command.SequenceShuffleIndex,
  Command.StartThread,
  Command.Done,
  Command.End,
  Command.ListRandom,
  Command.BeginTag,
  Command.EndTag,
  Command.PopTunnel,
]);

/** The function a call `item` (a `f()` divert) enters, when it is one. */
export function calledFunction(item: InkObject | undefined): Container | null {
  if (!(item instanceof Divert) || !item.pushesToStack || item.hasVariableTarget) return null;
  if (item.stackPushType !== PushPopType.Function) return null;
  return item.targetPointer.container;
}

/** Decides, once per function, whether it is print-only. */
export class PrintFunctions {
  private readonly known = new Map<Container, boolean>();

  isPrintOnly(fn: Container): boolean {
    let result = this.known.get(fn);
    if (result === undefined) {
      result = isPlain(fn, fn);
      this.known.set(fn, result);
    }
    return result;
  }
}

function isPlain(container: Container, fn: Container): boolean {
  if (container.visitsShouldBeCounted || container.turnIndexShouldBeCounted) return false;
  const content = container.content;
  const inner = [...content, ...(container.namedOnlyContent?.values() ?? [])];
  return inner.every((item, i) => {
    if (item instanceof Container) return isPlain(item, fn);
    if (item instanceof ChoicePoint || item instanceof Tag) return false;
    if (item instanceof VariableAssignment) return !item.isGlobal;
    if (item instanceof ControlCommand) return !STATEFUL.has(item.commandType);
    if (item instanceof Divert) return !item.pushesToStack && isInside(item, fn);
    if (item instanceof NativeFunctionCall && (item.name === "/" || item.name === "%")) {
      return i < content.length && isNonZeroLiteral(content[i - 1]);
    }
    return true;
  });
}

function isInside(divert: Divert, fn: Container): boolean {
  if (divert.hasVariableTarget) return false;
  for (let c: InkObject | null = divert.targetPointer.container; c; c = c.parent) {
    if (c === fn) return true;
  }
  return false;
}

function isNonZeroLiteral(item: InkObject | undefined): boolean {
  return (item instanceof IntValue || item instanceof FloatValue) && item.value !== 0;
}
