/**
 * A hostile story cannot drive the terminal: escape sequences and control characters in its
 * text, choices, tags and variables.json never reach the screen, in any play mode.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import type { ProjectorView } from "../../src/core/classroom/lesson-view";
import { parseRoles } from "../../src/core/classroom/roles";
import { renderDecisionPanel } from "../../src/shell/views/classroom-panel";
import { plainStyle } from "../../src/shell/views/style";
import { makeTempDir } from "../helpers/temp-dir";
import { ROOT, runCli } from "./run-cli";

const CLEAR = "\u001b[2J\u001b[H";
const TITLE = "\u001b]0;pwned\u0007";
const LINK = "\u001b]8;;evil.example\u0007here\u001b]8;;\u0007";

function hostileStory(): string {
  const dir = makeTempDir("khasan-hostile-");
  const ink = [
    `VAR trust = 1`,
    `Start ${CLEAR}screen # date: 1938-07-29`,
    `A ${TITLE} title and ${LINK}.`,
    `* [Go \u009b2Jon\u0008] -> fin`,
    `== fin ==`,
    `Done\u0007 <b>x</b>. # ending: bad_end`,
    `-> END`,
  ].join("\n");
  writeFileSync(join(dir, "story.ink"), ink);
  writeFileSync(
    join(dir, "variables.json"),
    JSON.stringify({
      variables: {
        trust: { label: `Trust${TITLE}`, short: `T${CLEAR}`, min: 0, max: 9, status: true },
      },
      endings: { bad_end: { title: `Bad${CLEAR}`, summary: `Over${TITLE}.` } },
    }),
  );
  return join(dir, "story.ink");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe.concurrent("a story's escape sequences", () => {
  for (const mode of [[], ["--plain"], ["--no-color"]]) {
    it(`never reach the terminal (play ${mode.join(" ") || "interactive"})`, async ({ expect }) => {
      const story = hostileStory();
      const result = await runCli(["play", story, ...mode, "--seed", "1"], {
        stdin: `1\n\u001b[2Jstatus\nlog\n`,
      });
      expect(result.stdout).toContain("screen");
      expect(result.stdout).not.toMatch(CONTROL);
      expect(result.stderr).not.toMatch(CONTROL);
    }, 60_000);
  }

  it("never reach the explorer's table, and are literal in its Markdown", async ({ expect }) => {
    const story = hostileStory();
    const table = await runCli(["explore", story]);
    expect(table.stdout).toContain("Bad");
    expect(table.stdout).not.toMatch(CONTROL);
    const md = await runCli(["explore", story, "--format", "md"]);
    expect(md.stdout).not.toMatch(CONTROL);
    expect(md.stdout).not.toContain("<");
  }, 60_000);
});

describe("escape sequences from the roles file, the story's tags and a save", () => {
  it("never reach the classroom's decision panel", ({ expect }) => {
    const view: ProjectorView = {
      text: [],
      decision: {
        id: "d",
        key: true,
        decider: `Stalin${TITLE}`,
        discuss: [`Why ${CLEAR}now?`, `Who ${LINK}?`],
      },
      options: [
        { number: 1, text: "a" },
        { number: 2, text: "b" },
      ],
      ballots: 0,
      classSize: 5,
      paused: false,
      revealed: false,
      ended: false,
      rule: "plurality",
    };
    const roles = parseRoles(
      JSON.parse(readFileSync(join(ROOT, "story", "roles.json"), "utf8")),
      "roles.json",
    ).roles.map((role) => ({ ...role, name: `${role.name}${CLEAR}`, decisions: ["d"] }));
    const style = { ...plainStyle(72), hint: (text: string) => text };
    const panel = renderDecisionPanel(view, roles, ["stalin", "blyukher"], style);
    expect(panel).toContain("Why now?");
    expect(panel).toContain("Roles with a stake:");
    expect(panel).not.toMatch(CONTROL);
  });

  it("never reach the debrief's text, nor check's report", async ({ expect }) => {
    const dir = makeTempDir("khasan-hostile-save-");
    const played = await runCli(["play", "--seed", "4", "--data-dir", dir], {
      stdin: "2\n2\nsave s\n",
    });
    expect(played.code).toBe(0);
    const path = join(dir, "khasan", "saves", "s.json");
    const save = JSON.parse(readFileSync(path, "utf8"));
    save.log[1].date = `1938-07-16${LINK}`;
    save.notes = [{ kind: "note", step: 1, text: `Noted ${CLEAR}${TITLE}` }];
    writeFileSync(path, JSON.stringify(save));
    const debrief = await runCli(["debrief", path]);
    expect(debrief.code).toBe(0);
    expect(debrief.stdout).toContain("- Noted");
    expect(debrief.stdout).toContain("1938-07-16here");
    expect(debrief.stdout).not.toMatch(CONTROL);
    const check = await runCli(["check", hostileStory()]);
    expect(check.stdout).not.toMatch(CONTROL);
  }, 60_000);
});
