import { describe, expect, it } from "vitest";
import type { SeriesPoint } from "../../../src/core/classroom/run-series";
import { renderChartPanel } from "../../../src/shell/views/debrief-chart";

const point = (step: number, date: string, killed: number): SeriesPoint => ({
  step,
  date,
  values: { killed },
});

/** Every axis label: its text, x and anchor. */
function labels(svg: string): { text: string; x: number; anchor: string }[] {
  const found = svg.matchAll(
    /<text x="([\d.]+)" y="[\d.]+" class="axis" text-anchor="(\w+)">([^<]+)<\/text>/g,
  );
  return [...found].map((m) => ({ x: Number(m[1]), anchor: m[2] ?? "", text: m[3] ?? "" }));
}

describe("the debrief chart's date axis", () => {
  const svg = renderChartPanel(
    [
      point(0, "1938-07-08", 0),
      point(1, "1938-08-01", 30),
      point(2, "1938-08-11", 790),
      point(3, "1939-03-10", 790),
    ],
    [{ name: "killed", label: "Killed", color: "#a00" }],
    "Soviet casualties",
  );
  const width = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);

  it("keeps the last date, with its new year, inside the chart", () => {
    const last = labels(svg).find((l) => l.text === "10 Mar 1939");
    expect(last?.anchor).toBe("end");
    expect(last?.x).toBeLessThanOrEqual(width);
  });

  it("centres the other dates under their ticks, none running past the right edge", () => {
    const dates = labels(svg).filter((l) => / \w{3}/.test(l.text) && l.text !== "10 Mar 1939");
    expect(dates.map((l) => l.text)).toEqual(["8 Jul", "1 Aug", "11 Aug"]);
    for (const label of dates) {
      expect(label.anchor).toBe("middle");
      expect(label.x + (label.text.length * 6.5) / 2).toBeLessThanOrEqual(width);
    }
  });
});
