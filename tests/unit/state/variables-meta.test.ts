import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRangeViolations, trackedVariables } from "../../../src/core/state/tracked";
import { parseVariablesMeta } from "../../../src/core/state/variables-meta";
import { FIXTURES } from "../../helpers/ink";

describe("variables.json", () => {
  it("accepts the campaign fixture's metadata", () => {
    const data = JSON.parse(
      readFileSync(join(FIXTURES, "campaign-mini", "variables.json"), "utf8"),
    );
    const meta = parseVariablesMeta(data, "variables.json");
    expect(Object.keys(meta.endings)).toEqual(["purged", "kept_command"]);
  });

  it("names the bad entry when the metadata is wrong", () => {
    const bad = { variables: { trust: { label: "Trust", min: 10, max: 0 } } };
    expect(() => parseVariablesMeta(bad, "v.json")).toThrow(
      "v.json: variables.trust: min is greater than max",
    );
    const premise = { variables: { fog: { label: "Fog", values: [true, false], premise: true } } };
    expect(() => parseVariablesMeta(premise, "v.json")).toThrow(
      "a premise needs historical and description",
    );
    expect(() =>
      parseVariablesMeta({ variables: { x: { label: "X", colour: 1 } } }, "v.json"),
    ).toThrow("variables.x");
  });
});

describe("tracked variables", () => {
  const meta = parseVariablesMeta(
    {
      variables: {
        stalin_trust: { label: "Stalin's trust", short: "Trust", unit: "%", min: 0, max: 100 },
        heights: { label: "Heights", values: ["japanese", "soviet"] },
        absent: { label: "Not in this story", min: 0, max: 1 },
      },
    },
    "v.json",
  );

  it("labels the story's variables and skips those it lacks", () => {
    const tracked = trackedVariables({ stalin_trust: 40, heights: "soviet", other: 1 }, meta);
    expect(tracked.map((v) => [v.name, v.short, v.unit, v.value])).toEqual([
      ["stalin_trust", "Trust", "%", 40],
      ["heights", "Heights", "", "soviet"],
    ]);
  });

  it("finds values outside the guaranteed range or values", () => {
    expect(findRangeViolations({ stalin_trust: 100, heights: "soviet" }, meta)).toEqual([]);
    expect(findRangeViolations({ stalin_trust: 101, heights: "chinese" }, meta)).toEqual([
      { name: "stalin_trust", value: 101, expected: "0 to 100" },
      { name: "heights", value: "chinese", expected: "one of japanese, soviet" },
    ]);
  });
});
