import { describe, expect, it } from "vitest";
import { plural } from "../../src/core/words";

describe("counted nouns", () => {
  it("says 1 choice and 2 choices, for numbers and bigints", () => {
    expect(plural(1, "choice")).toBe("1 choice");
    expect(plural(2, "choice")).toBe("2 choices");
    expect(plural(0, "path")).toBe("0 paths");
    expect(plural(1n, "path")).toBe("1 path");
    expect(plural(12345n, "path")).toBe("12,345 paths");
  });
});
