import { describe, expect, it } from "vitest";
import { parsePromptCommand } from "../../../src/shell/interactive/prompt-command";

describe("parsePromptCommand", () => {
  it("reads a number on screen as a 0-based choice, with spaces around", () => {
    expect(parsePromptCommand(" 2 ", 3)).toEqual({ kind: "choose", index: 1 });
  });

  it("reads numbers off screen as out of range, never as a choice", () => {
    expect(parsePromptCommand("0", 3)).toEqual({ kind: "out-of-range", number: 0 });
    expect(parsePromptCommand("4", 3)).toEqual({ kind: "out-of-range", number: 4 });
    expect(parsePromptCommand("1", 0)).toEqual({ kind: "out-of-range", number: 1 });
  });

  it("reads an empty or blank line as empty", () => {
    expect(parsePromptCommand("", 2)).toEqual({ kind: "empty" });
    expect(parsePromptCommand("   ", 2)).toEqual({ kind: "empty" });
  });

  it("reads commands in any case, with their arguments", () => {
    expect(parsePromptCommand("HELP", 2)).toEqual({ kind: "help" });
    expect(parsePromptCommand("undo", 2)).toEqual({ kind: "undo", steps: 1 });
    expect(parsePromptCommand("undo 3", 2)).toEqual({ kind: "undo", steps: 3 });
    expect(parsePromptCommand("save before-battle", 2)).toEqual({
      kind: "save",
      name: "before-battle",
    });
    expect(parsePromptCommand("load", 2)).toEqual({ kind: "load" });
    expect(parsePromptCommand("q", 2)).toEqual({ kind: "quit" });
  });

  it("reads undo with no number of choices to take back as a bad undo, not an unknown command", () => {
    expect(parsePromptCommand("undo zero", 2)).toEqual({ kind: "bad-undo", argument: "zero" });
    expect(parsePromptCommand("undo 0", 2)).toEqual({ kind: "bad-undo", argument: "0" });
    expect(parsePromptCommand("undo abc", 2)).toEqual({ kind: "bad-undo", argument: "abc" });
  });

  it("treats anything else, including bad arguments, as unknown", () => {
    expect(parsePromptCommand("status now", 2)).toEqual({ kind: "unknown", text: "status now" });
    expect(parsePromptCommand("1.5", 2)).toEqual({ kind: "unknown", text: "1.5" });
    expect(parsePromptCommand("-1", 2)).toEqual({ kind: "unknown", text: "-1" });
  });
});
