import { describe, expect, it } from "vitest";
import type { TrackedVariable } from "../../../src/core/state/tracked";
import { renderStatus, renderStatusLine } from "../../../src/shell/views/player-view";
import { plainStyle } from "../../../src/shell/views/style";

function variable(
  name: string,
  short: string,
  value: number | string,
  unit = "",
  extra: Record<string, unknown> = {},
): TrackedVariable {
  return {
    name,
    label: short,
    short,
    unit,
    value,
    meta: { label: short, short, status: true, ...extra },
  } as TrackedVariable;
}

const TRACKED = [
  variable("weather", "Weather", "fog"),
  variable("heights", "Heights", "japanese"),
  variable("soviet_troops", "Troops", 1000, "men"),
  variable("soviet_killed", "Killed", 790, "men"),
  variable("stalin_trust", "Trust", 57, "%"),
  variable("escalation", "Escalation", 40, "%"),
];

describe("the status line", () => {
  it("breaks between items on a narrow terminal, never inside one, and no line starts with ·", () => {
    for (const width of [40, 60, 72, 100]) {
      const lines = renderStatusLine("1938-08-02", TRACKED, plainStyle(width))
        .trimEnd()
        .split("\n");
      for (const line of lines) {
        expect(line.length).toBeLessThanOrEqual(width);
        expect(line.startsWith("·")).toBe(false);
      }
      const joined = lines.join(" ");
      expect(joined).toContain("Troops 1,000 men");
      expect(joined).toContain("Escalation 40%");
    }
    expect(renderStatusLine("1938-08-02", TRACKED, plainStyle(60))).toBe(
      "2 August 1938 · Weather: Fog · Heights: Japanese ·\nTroops 1,000 men · Killed 790 men · Trust 57% ·\nEscalation 40%\n",
    );
  });

  it("shows string values as words, by their value_labels when the story gives them", () => {
    const fate = variable("blyukher_fate", "Blyukher's fate", "died_in_custody");
    const labelled = variable("heights", "Heights", "japanese", "", {
      value_labels: { japanese: "held by Japan" },
    });
    const text = renderStatus(undefined, [fate, labelled], plainStyle(80));
    expect(text).toContain("Died in custody");
    expect(text).toContain("held by Japan");
    expect(text).not.toMatch(/died_in_custody|japanese/);
  });
});
