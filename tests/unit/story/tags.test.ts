import { describe, expect, it } from "vitest";
import { hasTag, parseTag, parseTags, tagValue, tagValues } from "../../../src/core/story/tags";

describe("tags", () => {
  it("splits key: value at the first colon and keeps the raw text", () => {
    expect(parseTag(" source: frus-d464 ")).toEqual({
      key: "source",
      value: "frus-d464",
      raw: " source: frus-d464 ",
    });
    expect(parseTag("discuss: Why? Because: fog")).toMatchObject({
      key: "discuss",
      value: "Why? Because: fog",
    });
  });

  it("reads a bare tag as a key with an empty value", () => {
    expect(parseTag("historical")).toMatchObject({ key: "historical", value: "" });
  });

  it("finds values and bare keys, and drops empty tags", () => {
    const tags = parseTags(["date: 1938-08-01", "", "discuss: a", "discuss: b", "historical"]);
    expect(tags).toHaveLength(4);
    expect(tagValue(tags, "date")).toBe("1938-08-01");
    expect(tagValue(tags, "ending")).toBeUndefined();
    expect(tagValues(tags, "discuss")).toEqual(["a", "b"]);
    expect(hasTag(tags, "historical")).toBe(true);
  });
});
