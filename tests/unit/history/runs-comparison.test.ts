import { describe, expect, it } from "vitest";
import { compareRuns, traceRun } from "../../../src/core/history/runs-comparison";
import type { VariablesMeta } from "../../../src/core/state/variables-meta";
import { Session } from "../../../src/core/story/session";
import type { LogEntry } from "../../../src/core/story/turn";
import { renderRunsMarkdown, renderRunsTable } from "../../../src/shell/views/runs-comparison-view";
import { plainStyle } from "../../../src/shell/views/style";
import { compile } from "../../helpers/ink";

// "Withdraw" ends on 2 August, and the ending sums up the battle fought after it.
const STORY = `
VAR killed = 0
VAR fate = "command"
Day one. # date: 1938-08-02
* [Withdraw]
  ~ killed = 790
  ~ fate = "relieved_on_the_wire"
  You are relieved; the battle goes on without you and costs 790. # ending: relieved
  -> END
* [Hold]
  ~ killed = 20
  The line holds. # date: 1938-08-06
  * * [Attack]
    ~ killed = 400
    The heights are taken. # ending: held
    -> END
`;

const META = {
  variables: {
    killed: { label: "Killed", short: "Killed", unit: "men" },
    fate: { label: "Fate", short: "Fate" },
  },
  endings: {
    relieved: { title: "Relieved on the wire", summary: "Relieved." },
    held: { title: "The heights held", summary: "Held." },
  },
} as unknown as VariablesMeta;

function run(choices: number[], label: string) {
  const story = compile(STORY);
  const played = new Session(story, { seed: 1, premises: {} });
  played.continue();
  for (const choice of choices) {
    played.choose(choice);
    played.continue();
  }
  const log: LogEntry[] = played.choices();
  return traceRun(new Session(story, { seed: 1, premises: {} }), log, META, label);
}

describe("two runs compared", () => {
  it("keeps an early ending's totals out of the date it ended on, in an at-the-end row", () => {
    const early = run([0], "early");
    const full = run([1, 0], "full");
    expect(early.byDate).toEqual([{ date: "1938-08-02", values: { killed: 0, fate: "command" } }]);
    expect(early.atEnd).toEqual({ killed: 790, fate: "relieved_on_the_wire" });
    const c = compareRuns(early, full, META);
    expect(c.byDate.find((d) => d.date === "1938-08-02")?.rows[0]).toEqual({
      name: "killed",
      label: "Killed",
      a: 0,
      b: 0,
    });
    expect(c.atEnd?.[0]).toEqual({ name: "killed", label: "Killed", a: 790, b: 400 });
    expect(c.endingTitles).toEqual({ a: "Relieved on the wire", b: "The heights held" });
  });

  it("shows the at-the-end row, what the totals cover, and ending titles instead of ids", () => {
    const c = compareRuns(run([0], "early"), run([1, 0], "full"), META);
    const table = renderRunsTable(c, plainStyle(100), META);
    const end = table.slice(table.indexOf("\nAt the end\n") + 1);
    expect(end).toMatch(
      /^At the end\n {2}Killed +790 +400\n {2}Fate +Relieved on the wire +Command\n/,
    );
    expect(table).toContain("an early ending counts the whole battle");
    expect(table).toMatch(/Endings\n +Relieved on the wire +The heights held\n$/);
    expect(table).not.toContain("relieved_on_the_wire");
    const md = renderRunsMarkdown(c, META);
    expect(md).toContain("| at the end | Killed | 790 | 400 |");
    expect(md).toContain("- A: Relieved on the wire");
  });
});
