/**
 * The baseline: a bare inkjs random-walk loop (one Story, ResetState, seeded,
 * ChooseChoiceIndex, no bookkeeping), shared by the explorer and campaign benches.
 */
import { Story } from "inkjs/engine/Story";
import { createRandom } from "../src/core/random/seed";

/** Runs `walks` random walks of the compiled story; returns choices taken and milliseconds. */
export function bareWalks(json: string, walks: number): { steps: number; ms: number } {
  const ink = new Story(json);
  const draw = createRandom(1);
  let steps = 0;
  const start = performance.now();
  for (let i = 0; i < walks; i++) {
    ink.ResetState();
    ink.state.storySeed = i;
    for (;;) {
      while (ink.canContinue) ink.Continue();
      const choices = ink.currentChoices;
      if (choices.length === 0) break;
      ink.ChooseChoiceIndex(Math.floor(draw() * choices.length));
      steps++;
    }
  }
  return { steps, ms: performance.now() - start };
}
