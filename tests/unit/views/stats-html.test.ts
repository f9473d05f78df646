import { describe, expect, it } from "vitest";
import type { RunStats } from "../../../src/core/classroom/stats";
import type { VariablesMeta } from "../../../src/core/state/variables-meta";
import { renderStatsHtml } from "../../../src/shell/views/stats-html";

const meta: VariablesMeta = {
  variables: {},
  endings: {
    lefortovo: { title: "Arrested", summary: "s", historical: true },
    held_ridge: { title: "<b>Held</b> the ridge", summary: "s" },
  },
};

const stats: RunStats = {
  kind: "lessons",
  runs: 4,
  classes: [
    { label: "9B", runs: 3 },
    { label: "9C", runs: 1 },
  ],
  endings: [
    { ending: "lefortovo", count: 3 },
    { ending: "held_ridge", count: 1 },
  ],
  decisions: [
    {
      decision: "aug1_bombing_order",
      question: "Do you send the bombers?",
      historicalChoice: "He sent them.",
      total: 4,
      historical: 1,
      votes: 48,
      options: [
        { option: "send", text: "Obey & launch", count: 1, votes: 10, historical: true },
        { option: "hold", text: "Hold them", count: 3, votes: 38, historical: false },
        { option: "crest", text: "Bomb the crest only", count: 0, votes: 0, historical: false },
      ],
    },
  ],
  leftOut: [{ label: "x.json", reason: "not a readable run file" }],
};

/** The bars of the page's charts, in order: [label text, width, historical?]. */
function bars(html: string): [string, number, boolean][] {
  const found: [string, number, boolean][] = [];
  const row =
    /<text x="0" y="\d+"(?: class="hist-label")?>([^<]*)<\/text><rect class="bar( hist)?" x="\d+" y="\d+" width="(\d+)"/g;
  for (const m of html.matchAll(row)) found.push([m[1] ?? "", Number(m[3]), m[2] !== undefined]);
  return found;
}

describe("renderStatsHtml", () => {
  const html = renderStatsHtml(stats, meta);

  it("draws one bar per ending and option, longest for the largest count", () => {
    const drawn = bars(html);
    expect(drawn.map(([label]) => label)).toEqual([
      "Arrested",
      "&lt;b&gt;Held&lt;/b&gt; the ridge",
      "Obey &amp; launch",
      "Hold them",
      "Bomb the crest only",
    ]);
    const [arrested, held, send, hold, crest] = drawn.map(([, width]) => width);
    expect(arrested).toBeGreaterThan(held ?? 0);
    expect(arrested).toBe(hold);
    expect(send).toBeLessThan(hold ?? 0);
    expect(crest).toBe(0);
    expect(drawn.map(([, , hist]) => hist)).toEqual([true, false, true, false, false]);
  });

  it("writes every count and share as text, with the votes and the classes", () => {
    expect(html).toContain("3 (75%), as in 1938");
    expect(html).toContain("1 (25%), 10 of 48 votes, as in 1938");
    expect(html).toContain("3 (75%), 38 of 48 votes");
    expect(html).toContain("4 finished lessons merged: 9B 3, 9C 1.");
    expect(html).toContain("As in 1938: 1 of 4 runs (25%). In 1938: He sent them.");
    expect(html).toContain("<li>x.json: not a readable run file</li>");
  });

  it("escapes every text from the story and the runs", () => {
    expect(html).not.toContain("<b>Held</b>");
    expect(html).not.toContain("Obey & launch");
  });
});
