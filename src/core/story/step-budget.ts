/**
 * A budget of ink steps between two choices. A story that loops without ever offering a
 * choice (`-> again` with nothing to stop it) would otherwise run forever, and a loop that
 * prints would fill memory; past the budget, ink stops with an error naming the knot it was
 * in. Play, the explorer and `check` all install it on their engine (Session and StoryWalker),
 * so the rule is written once.
 */
import type { Story } from "inkjs/engine/Story";

/**
 * Steps allowed between two choices: the campaign takes at most about 2,000 (200 random
 * walks); ink runs 100,000 in about a tenth of a second.
 */
export const INK_STEP_BUDGET = 100_000;

/**
 * Pieces of output (text, tags, glue) ink may hold at once: the explorer runs to each choice
 * in one pass without emptying the output, and inkjs's cost per piece grows with their
 * number. The campaign holds at most about 200.
 */
export const INK_OUTPUT_BUDGET = 5_000;

/** The error thrown from inside ink when the budget runs out. */
export class StepBudgetExceeded extends Error {
  readonly knot: string;

  constructor(knot: string, what: string) {
    super(
      `the story ${what} without reaching a choice or an end, in ${knot}: a loop there never offers a choice`,
    );
    this.knot = knot;
  }
}

export interface StepBudget {
  /** A new budget: call when ink starts, restarts, loads a state or takes a choice. */
  reset(): void;
}

interface Stepping {
  Step(): void;
  state: { currentPathString: string | null; outputStream: readonly unknown[] };
}

/**
 * Counts every step `story` takes; the step past the budget, or one that leaves more output
 * than INK_OUTPUT_BUDGET pieces, throws StepBudgetExceeded.
 */
export function limitSteps(story: Story, budget = INK_STEP_BUDGET): StepBudget {
  const engine = story as unknown as Stepping;
  const step = engine.Step;
  let left = budget;
  engine.Step = function (this: Stepping): void {
    left--;
    if (left < 0) throw exceeded(this, `ran ${count(budget)} ink steps`);
    step.call(this);
    if (this.state.outputStream.length > INK_OUTPUT_BUDGET) {
      throw exceeded(this, `printed ${count(INK_OUTPUT_BUDGET)} pieces of text`);
    }
  };
  return {
    reset() {
      left = budget;
    },
  };
}

function exceeded(engine: Stepping, what: string): StepBudgetExceeded {
  return new StepBudgetExceeded(whereIs(engine.state.currentPathString), what);
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/** `knot "loop"` or `knot "loop", stitch "inner"` from ink's path ("loop.inner.0.c-1"). */
function whereIs(path: string | null): string {
  const [knot, stitch] = (path ?? "").split(".");
  if (knot === undefined || !isName(knot)) return "the story's top level";
  return stitch === undefined || !isName(stitch)
    ? `knot "${knot}"`
    : `knot "${knot}", stitch "${stitch}"`;
}

/** A name the author wrote, not one of ink's own (indices, "b", "s0", "c-1", "g-2"). */
function isName(part: string): boolean {
  return /^[A-Za-z_]\w*$/.test(part) && !/^(b|s\d+)$/.test(part);
}
