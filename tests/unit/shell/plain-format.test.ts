import { describe, expect, it } from "vitest";
import { parseTags } from "../../../src/core/story/tags";
import { formatPlainTurn } from "../../../src/shell/views/plain-format";

describe("formatPlainTurn", () => {
  it("writes lines, raw tags, then the numbered choices and the prompt", () => {
    const turn = {
      lines: [
        { text: "Hello", tags: parseTags(["t1", "date:1938-08-01"]) },
        { text: "World", tags: [] },
      ],
      choices: [
        { index: 0, text: "A" },
        { index: 1, text: "B" },
      ],
      ended: false,
      warnings: [],
    };
    expect(formatPlainTurn(turn)).toBe(
      "Hello\n# tags: t1, date:1938-08-01\nWorld\n\n1: A\n2: B\n?> ",
    );
  });

  it("writes nothing after the last line of an ending", () => {
    const turn = {
      lines: [{ text: "The end.", tags: [] }],
      choices: [],
      ended: true,
      warnings: [],
    };
    expect(formatPlainTurn(turn)).toBe("The end.\n");
  });

  it("prints no empty line for a turn that writes no text, as inklecate -p does not", () => {
    // inklecate -p on tests/fixtures/plain-empty/starts-with-choices.ink prints "\n1: Start".
    const turn = {
      lines: [{ text: "", tags: [] }],
      choices: [{ index: 0, text: "Start" }],
      ended: false,
      warnings: [],
    };
    expect(formatPlainTurn(turn)).toBe("\n1: Start\n?> ");
    const ended = { lines: [{ text: "", tags: [] }], choices: [], ended: true, warnings: [] };
    expect(formatPlainTurn(ended)).toBe("");
  });
});
