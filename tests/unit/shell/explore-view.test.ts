import { describe, expect, it } from "vitest";
import { renderSections } from "../../../src/shell/views/explore-view";
import { explore } from "../explore/helpers";

describe("the explore report's words", () => {
  it("counts one path and one choice in the singular", () => {
    const section = explore("Go on.\n* [Go]\n  Gone. # ending: gone\n  -> END\n");
    const text = renderSections([section], "table", "one choice", [], 200);
    expect(text).toContain("1 path through");
    expect(text).toContain("longest path 1 choice");
    expect(text).not.toMatch(/\b1 (choices|paths)\b/);
  });
});
