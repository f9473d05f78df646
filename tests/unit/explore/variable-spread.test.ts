import { describe, expect, it } from "vitest";
import { spreadOf } from "../../../src/core/explore/variable-spread";
import type { VariableValue } from "../../../src/core/story/session";

describe("spreadOf", () => {
  it("gives the lowest and highest number, and every other value seen, sorted", () => {
    const samples: Record<string, VariableValue>[] = [
      { casualties: 3, weather: "fog", bombed: false },
      { casualties: -2, weather: "clear", bombed: true },
      { casualties: 7, weather: "fog" },
    ];
    expect(spreadOf(["casualties", "weather", "bombed", "absent"], samples)).toEqual([
      { name: "casualties", min: -2, max: 7 },
      { name: "weather", values: ["clear", "fog"] },
      { name: "bombed", values: [false, true] },
    ]);
  });

  it("takes the spread of 300,000 walks (as explore --random 300000 asks) without a stack overflow", () => {
    const samples = Array.from({ length: 300_000 }, (_, i) => ({ trust: (i * 7919) % 100_003 }));
    expect(spreadOf(["trust"], samples)).toEqual([{ name: "trust", min: 0, max: 100_002 }]);
  });
});
