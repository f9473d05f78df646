import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/core/errors";
import { describePremises, parsePremises } from "../../../src/core/state/premises";
import { parseVariablesMeta } from "../../../src/core/state/variables-meta";

const meta = parseVariablesMeta(
  {
    variables: {
      fog_lifts_early: {
        label: "Fog lifts",
        values: [false, true],
        premise: true,
        historical: false,
        description: "d",
      },
      weather: {
        label: "Weather",
        values: ["fog", "rain", "clear"],
        premise: true,
        historical: "fog",
        description: "d",
      },
      reserve: { label: "Reserve", min: 0, max: 3, premise: true, historical: 1, description: "d" },
      stalin_trust: { label: "Trust", min: 0, max: 100 },
    },
  },
  "variables.json",
);

describe("parsePremises", () => {
  it("types values like the premise's historical value", () => {
    expect(parsePremises(["fog_lifts_early=true", "weather=clear", "reserve=3"], meta)).toEqual({
      fog_lifts_early: true,
      weather: "clear",
      reserve: 3,
    });
  });

  it("lets a later --set override an earlier one", () => {
    expect(parsePremises(["weather=rain", "weather=clear"], meta)).toEqual({ weather: "clear" });
  });

  it("refuses an unknown name, listing the premises", () => {
    expect(() => parsePremises(["stalin_trust=5"], meta)).toThrow(
      'unknown premise "stalin_trust": this story\'s premises are: fog_lifts_early, weather, reserve',
    );
  });

  it("refuses an unknown value, listing the allowed ones", () => {
    expect(() => parsePremises(["weather=snow"], meta)).toThrow(
      '"snow" is not a value of premise weather: use fog, rain, clear',
    );
    expect(() => parsePremises(["fog_lifts_early=yes"], meta)).toThrow("use false, true");
    expect(() => parsePremises(["reserve=9"], meta)).toThrow("a whole number from 0 to 3");
  });

  it("refuses text that is not name=value, as a usage error", () => {
    expect(() => parsePremises(["weather"], meta)).toThrow(UsageError);
    expect(() => parsePremises(["=clear"], meta)).toThrow("is not name=value");
  });

  it("describes only the premises that differ from history", () => {
    expect(describePremises({ weather: "fog", fog_lifts_early: false }, meta)).toBe("historical");
    expect(describePremises({ weather: "clear", fog_lifts_early: false }, meta)).toBe(
      "weather=clear",
    );
  });

  it("says a story without premises has none", () => {
    const bare = parseVariablesMeta({ variables: {} }, "v.json");
    expect(() => parsePremises(["x=1"], bare)).toThrow(
      'unknown premise "x": this story has no premises',
    );
  });
});
