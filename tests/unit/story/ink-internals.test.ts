/**
 * inkjs is pinned to one exact version because the explorer reads its private fields and
 * replaces one of its methods (src/core/story/ink-internals.ts). These tests fail when an
 * upgrade changes the shape of any of them, before the explorer starts giving wrong answers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Story } from "inkjs/engine/Story";
import { describe, expect, it } from "vitest";
import { stateInternals, visitHook } from "../../../src/core/story/ink-internals";
import { compile } from "../../helpers/ink";

const ROOT = join(__dirname, "..", "..", "..");

const SOURCE = `
VAR score = 1
Start.
- (top)
~ temp roll = RANDOM(1, 3)
* [Left]
  ~ score = score + roll
* [Right]
- Done at top {top}. -> END
`;

describe("the inkjs internals the explorer reads", () => {
  it("is pinned to an exact inkjs version in package.json and the lock file", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.dependencies.inkjs).toMatch(/^\d+\.\d+\.\d+$/);
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8"));
    expect(lock.packages["node_modules/inkjs"].version).toBe(pkg.dependencies.inkjs);
  });

  it("keeps the private fields of the state, variables and call stack in their shape", () => {
    const story = new Story(compile(SOURCE).json);
    story.ContinueMaximally();
    const state = stateInternals(story.state);
    expect(state._visitCounts).toBeInstanceOf(Map);
    expect(state._turnIndices).toBeInstanceOf(Map);
    expect(typeof state.currentTurnIndex).toBe("number");
    expect(typeof state.previousRandom).toBe("number");
    expect(typeof state.storySeed).toBe("number");
    expect(Array.isArray(state.evaluationStack)).toBe(true);
    expect(state.variablesState._globalVariables).toBeInstanceOf(Map);
    expect(state.variablesState._globalVariables.get("score")).toMatchObject({ value: 1 });
    const [thread] = state.callStack._threads;
    expect(typeof thread?.threadIndex).toBe("number");
    const [element] = thread?.callstack ?? [];
    expect(typeof element?.type).toBe("number");
    expect(typeof element?.inExpressionEvaluation).toBe("boolean");
    expect(element?.temporaryVariables).toBeInstanceOf(Map);
    expect(typeof element?.currentPointer.index).toBe("number");
    const choice = story.currentChoices[0] as unknown as { threadAtGeneration: unknown };
    expect(choice.threadAtGeneration).toHaveProperty("callstack");
  });

  it("still steps through the methods the one-pass walker replaces and calls", () => {
    const story = new Story(compile(SOURCE).json) as unknown as Record<string, unknown>;
    for (const method of ["ContinueSingleStep", "Step", "TryFollowDefaultInvisibleChoice"]) {
      expect(typeof story[method], method).toBe("function");
    }
    expect(typeof visitHook(story as unknown as Story).VisitContainer).toBe("function");
    const state = (story as unknown as Story).state as unknown as Record<string, unknown>;
    expect(typeof state.ResetOutput).toBe("function");
  });
});
