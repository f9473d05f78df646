/**
 * Tallies: global integers the story only adds to and prints (casualties, troops committed).
 * Nothing the story does next can depend on a tally, so two states that differ only in their
 * tallies play out alike, and the explorer merges them and carries each tally's change along
 * the graph's edges instead. Without this, figures that differ on almost every path keep the
 * paths apart to the very end.
 *
 * A global integer is a tally when every place the compiled story reads it has one of these
 * shapes, and it is never passed by reference:
 *   printed      ev  x  out  /ev              (not inside a string or a tag)
 *   printed by   ev  x  f()  out  /ev         where f is print-only (print-functions.ts), as
 *   a function                                a story's fmt(n) that writes 15000 as "15,000"
 *   incremented  ev  x  …  /ev  x=            where the expression works out to x + (…), the
 *                                             rest being plain arithmetic on values, counts,
 *                                             temporaries and other variables
 * Anything else (a condition, any other function argument, x * 2) keeps the variable in the state key,
 * which is always safe.
 */
// inkjs's engine modules import each other in a cycle that only resolves when Story loads first.
import "inkjs/engine/Story";
import { Container } from "inkjs/engine/Container";
import { ControlCommand } from "inkjs/engine/ControlCommand";
import { NativeFunctionCall } from "inkjs/engine/NativeFunctionCall";
import type { InkObject } from "inkjs/engine/Object";
import { Value, ValueType, VariablePointerValue } from "inkjs/engine/Value";
import { VariableAssignment } from "inkjs/engine/VariableAssignment";
import { VariableReference } from "inkjs/engine/VariableReference";
import type { InkValue } from "./ink-internals";
import { calledFunction, PrintFunctions } from "./print-functions";

const Command = ControlCommand.CommandType;

/** The tallies among the story's globals (only those that start as integers can be). */
export function findTallies(root: Container, globals: ReadonlyMap<string, InkValue>): Set<string> {
  const integers = [...globals].filter(([, value]) => value.valueType === ValueType.Int);
  const scan = new TallyScan(new Set(integers.map(([name]) => name)));
  scan.container(root, 0);
  return new Set([...scan.candidates].filter((name) => !scan.disqualified.has(name)));
}

class TallyScan {
  readonly disqualified = new Set<string>();
  /** Assignments that close a valid increment; any other assignment to a tally disqualifies it. */
  private readonly increments = new Set<InkObject>();
  private readonly printing = new PrintFunctions();

  constructor(readonly candidates: ReadonlySet<string>) {}

  /** Scans a container's content in order; `depth` counts open strings and tags. */
  container(container: Container, depth: number): void {
    const content = container.content;
    let open = depth;
    content.forEach((item, i) => {
      if (item instanceof Container) this.container(item, open);
      else if (item instanceof ControlCommand) open = Math.max(0, open + nesting(item));
      else this.check(content, i, open > 0);
    });
    for (const item of container.namedOnlyContent?.values() ?? []) {
      if (item instanceof Container) this.container(item, 0);
    }
  }

  private check(content: InkObject[], i: number, inString: boolean): void {
    const item = content[i];
    if (item instanceof VariablePointerValue) this.disqualify(item.variableName);
    if (item instanceof VariableAssignment && !item.isNewDeclaration) {
      if (!this.increments.has(item)) this.disqualify(item.variableName);
    }
    if (!(item instanceof VariableReference) || item.pathForCount || !item.name) return;
    if (!this.candidates.has(item.name)) return;
    if ((isPrint(content, i) || this.isPrintCall(content, i)) && !inString) return;
    const assignment = incrementAt(content, i, item.name);
    if (assignment) this.increments.add(assignment);
    else this.disqualify(item.name);
  }

  /** `ev x f() out /ev` (or `pop`): x is the only argument of a print-only function. */
  private isPrintCall(content: InkObject[], i: number): boolean {
    const fn = calledFunction(content[i + 1]);
    return (
      fn !== null &&
      isCommand(content[i - 1], Command.EvalStart) &&
      (isCommand(content[i + 2], Command.EvalOutput) ||
        isCommand(content[i + 2], Command.PopEvaluatedValue)) &&
      isCommand(content[i + 3], Command.EvalEnd) &&
      this.printing.isPrintOnly(fn)
    );
  }

  private disqualify(name: string | null): void {
    if (name !== null) this.disqualified.add(name);
  }
}

function nesting(command: ControlCommand): number {
  switch (command.commandType) {
    case Command.BeginString:
    case Command.BeginTag:
      return 1;
    case Command.EndString:
    case Command.EndTag:
      return -1;
    default:
      return 0;
  }
}

function isCommand(item: InkObject | undefined, type: number): boolean {
  return item instanceof ControlCommand && item.commandType === type;
}

function isPrint(content: InkObject[], i: number): boolean {
  return (
    isCommand(content[i - 1], Command.EvalStart) &&
    isCommand(content[i + 1], Command.EvalOutput) &&
    isCommand(content[i + 2], Command.EvalEnd)
  );
}

/**
 * When `content[i]` (a read of `name`) opens an increment, the assignment that closes it;
 * otherwise undefined. ink writes `x = x + e` as `ev x e + /ev x=` and `x += e` as
 * `ev x e + x= /ev`. The expression is evaluated symbolically: each stack entry holds how many
 * times `name` is added into it, and the result must hold it exactly once.
 */
function incrementAt(content: InkObject[], i: number, name: string): InkObject | undefined {
  if (!isCommand(content[i - 1], Command.EvalStart)) return undefined;
  const stack: number[] = [1];
  let j = i + 1;
  for (; j < content.length; j++) {
    const item = content[j];
    if (item instanceof VariableAssignment || isCommand(item, Command.EvalEnd)) break;
    if (item instanceof VariableReference)
      stack.push(!item.pathForCount && item.name === name ? 1 : 0);
    else if (item instanceof Value && !(item instanceof VariablePointerValue)) stack.push(0);
    else if (!(item instanceof NativeFunctionCall && apply(item, stack))) return undefined;
  }
  const assignment = content[j] instanceof VariableAssignment ? content[j] : content[j + 1];
  const closes =
    assignment instanceof VariableAssignment &&
    !assignment.isNewDeclaration &&
    assignment.variableName === name;
  return closes && stack.length === 1 && stack[0] === 1 ? assignment : undefined;
}

/** Applies an operator to the symbolic stack; false when `name` would not stay a plain term. */
function apply(call: NativeFunctionCall, stack: number[]): boolean {
  const count = call.numberOfParameters;
  if (stack.length < count) return false;
  const args = stack.splice(stack.length - count, count);
  const [a = 0, b = 0] = args;
  if (count === 2 && call.name === "+") stack.push(a + b);
  else if (count === 2 && call.name === "-") stack.push(a - b);
  else if (args.every((arg) => arg === 0)) stack.push(0);
  else return false;
  return true;
}
