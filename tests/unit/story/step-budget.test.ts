import { describe, expect, it } from "vitest";
import { InkRuntimeError } from "../../../src/core/errors";
import { Session } from "../../../src/core/story/session";
import { StoryWalker } from "../../../src/core/story/walker";
import { compile } from "../../helpers/ink";

const SILENT_LOOP = "Start.\n-> spin\n== spin ==\n~ temp x = 1\n-> spin\n";
const TALKING_LOOP = "-> talk\n== talk ==\n= again\nAnd again.\n-> again\n";

describe("the ink step budget", () => {
  it("stops a loop without a choice in play, naming the knot", () => {
    const session = new Session(compile(SILENT_LOOP), { seed: 1 });
    expect(() => session.continue()).toThrow(InkRuntimeError);
    expect(() => new Session(compile(SILENT_LOOP), { seed: 1 }).continue()).toThrow(
      /ran 100,000 ink steps without reaching a choice or an end, in knot "spin"/,
    );
  });

  it("stops a loop that prints, naming its knot and stitch", () => {
    const session = new Session(compile(TALKING_LOOP), { seed: 1 });
    expect(() => session.continue()).toThrow(/in knot "talk", stitch "again"/);
  });

  it("stops the explorer's walker on the same loop, as an error of that path", () => {
    const walker = new StoryWalker(compile(SILENT_LOOP));
    const step = walker.start(1);
    expect(step.choices).toEqual([]);
    expect(step.errors).toEqual([expect.stringMatching(/without reaching a choice.*knot "spin"/)]);
  });

  it("stops the walker on a loop that prints, before its output grows without end", () => {
    const step = new StoryWalker(compile(TALKING_LOOP)).start(1);
    expect(step.errors).toEqual([expect.stringMatching(/printed 5,000 pieces of text.*"talk"/)]);
  });

  it("starts each choice with a whole budget", () => {
    const story = compile(
      "-> pick\n== pick ==\n~ temp n = 0\n- (count) ~ n++\n{ n < 300: -> count }\n+ [Again] -> pick\n+ [Stop] -> END\n",
    );
    const session = new Session(story, { seed: 1, stepBudget: 10_000 });
    for (let i = 0; i < 5; i++) {
      expect(session.continue().choices).toHaveLength(2);
      session.choose(0);
    }
  });
});
