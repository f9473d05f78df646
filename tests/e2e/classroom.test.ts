/**
 * The classroom mode end to end: setup answered by piped lines or options, votes under each
 * rule, the casting vote on a tie, the facilitator's commands, and what the run file keeps.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { makeTempDir, readJson, runCli } from "./run-cli";

interface Note {
  kind: string;
  text: string;
  step: number;
  date?: string;
  rule?: string;
  fallback?: string;
  roles?: string[];
}
interface Entry {
  index: number;
  decision?: string;
  votes?: number[];
}

function lessonFile(dataDir: string) {
  const save = readJson(join(dataDir, "khasan", "khasan", "autosave-classroom.json"));
  return save as unknown as { log: Entry[]; notes: Note[]; events: { kind: string }[] };
}

describe.concurrent("khasan classroom", () => {
  it("runs a consensus lesson with a commander fallback, notes and a logged undo", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const input = [
      "blyukher,stalin,stern",
      "consensus",
      "commander",
      "",
      "2 1 0",
      "1",
      "0 4 0",
      "note Anna wanted the whole division.",
      "lock-undo",
      "undo",
      "unlock-undo",
      "undo",
      "y",
      "quit",
    ];
    const result = await runCli(["classroom", "--seed", "3"], {
      stdin: `${input.join("\n")}\n`,
      dataDir,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain("Rule: consensus (fallback: commander).");
    expect(out).toContain("Roles in play: Marshal Vasily Blyukher, Joseph Stalin, Grigory Stern.");
    expect(out).toContain("DECISION · Marshal Vasily Blyukher's to make");
    expect(out).toContain("Discuss: Who should decide what is built on a disputed border");
    expect(out).toContain("No consensus (2 for 1, 1 for 2, 0 for 3); fallback commander");
    expect(out).toContain("Marshal Vasily Blyukher decides: type 1 or 2 or 3.");
    expect(out).toContain("Consensus: all 4 for option 2.");
    expect(out).toContain("Undo is locked by the facilitator");
    const lesson = lessonFile(dataDir);
    expect(lesson.log).toHaveLength(1);
    expect(lesson.log[0]).toMatchObject({
      index: 0,
      decision: "jul_crest_fortification",
      votes: [2, 1, 0],
    });
    expect(lesson.events.filter((e) => e.kind === "undo")).toHaveLength(1);
    const kinds = lesson.notes.map((n) => `${n.kind}:${n.text.split("\n")[0]}`);
    expect(kinds).toEqual([
      "setup:Rule: consensus (fallback: commander). An option is taken only when every vote is for it; otherwise the fallback rule decides.",
      "vote:No consensus (2 for 1, 1 for 2, 0 for 3); fallback commander: the deciding role chooses: Marshal Vasily Blyukher chose option 1.",
      "vote:Consensus: all 4 for option 2.",
      "note:Anna wanted the whole division.",
      "control:undo locked",
      "control:undo unlocked",
    ]);
    expect(lesson.notes[0]).toMatchObject({
      rule: "consensus",
      fallback: "commander",
      roles: ["blyukher", "stalin", "stern"],
    });
    expect(lesson.notes[1]?.date).toBe("1938-07-08");
  });

  it("breaks a majority tie with the deciding role's casting vote, among the tied options only", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const stdin = "2 2 0\n3\n2\nquit\n";
    const result = await runCli(
      ["classroom", "--seed", "3", "--rule", "majority", "--roles", "all", "--timer", "0"],
      {
        stdin,
        dataDir,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("tie between options 1 and 2 (2 votes each); casting vote");
    expect(result.stdout).toContain("The deciding role chooses among options 1, 2.");
    const lesson = lessonFile(dataDir);
    expect(lesson.log[0]).toMatchObject({ index: 1, votes: [2, 2, 0] });
    expect(lesson.notes.at(-1)?.text).toContain("Marshal Vasily Blyukher chose option 2");
  });

  it("hides the numbers until the facilitator reveals them, and refuses a bare number under majority", async ({
    expect,
  }) => {
    const stdin = "status\n1\nreveal\nquit\n";
    const result = await runCli(
      ["classroom", "--seed", "3", "--rule", "maj", "--roles", "all", "--timer", "0"],
      {
        stdin,
      },
    );
    const [before = "", after = ""] = result.stdout.split("> reveal");
    expect(before).not.toMatch(/Trust \d+%/);
    expect(before).toContain("The numbers are hidden in classroom mode");
    expect(before).toContain(
      'This decision is voted on: type one count per option, such as "3 1 0"',
    );
    expect(after).toContain("Stalin's trust in the Front commander");
  });

  it("counts down at a decision and lets Enter skip the timer", async ({ expect }) => {
    const stdin = "\n3 1 0\nquit\n";
    const result = await runCli(
      ["classroom", "--seed", "3", "--rule", "commander", "--roles", "all", "--timer", "1:30"],
      {
        stdin,
      },
    );
    expect(result.stdout).toContain("Discussion: 1:30 (press Enter to skip)");
    expect(result.stdout).toContain("Timer skipped.");
    expect(result.stdout).toContain("Marshal Vasily Blyukher decides: type 1 or 2 or 3.");
  });

  it("refuses an unknown rule with exit 2 and one line", async ({ expect }) => {
    const result = await runCli(["classroom", "--rule", "vote", "--roles", "all", "--timer", "0"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain('"vote" is not a rule');
  });

  it("offers an interrupted lesson to a new classroom, and keeps it as a named save on 2", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const args = ["classroom", "--seed", "3", "--rule", "commander", "--roles", "all"];
    const first = await runCli([...args, "--timer", "0"], { stdin: "1\nquit\n", dataDir });
    expect(first.code).toBe(0);
    expect(lessonFile(dataDir).log).toHaveLength(1);
    const second = await runCli([...args, "--timer", "0"], { stdin: "2\nquit\n", dataDir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("You have an unfinished lesson, saved on");
    expect(second.stdout).toContain(
      "  2. Start a new lesson (the old one is kept as a named save)",
    );
    const saves = readdirSync(join(dataDir, "khasan", "khasan", "saves"));
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatch(/^autosave-\d{8}-\d{6}\.json$/);
    const kept = readJson(join(dataDir, "khasan", "khasan", "saves", saves[0] ?? ""));
    expect(kept.log).toHaveLength(1);
  });

  it("resumes the interrupted lesson on 1, with its own settings", async ({ expect }) => {
    const dataDir = makeTempDir();
    const args = ["classroom", "--seed", "3", "--roles", "all", "--timer", "0"];
    await runCli([...args, "--rule", "commander"], { stdin: "1\nquit\n", dataDir });
    const second = await runCli([...args, "--rule", "majority"], { stdin: "1\nquit\n", dataDir });
    expect(second.stdout).toContain("You have an unfinished lesson");
    expect(second.stdout).toContain("Rule: commander");
    expect(lessonFile(dataDir).log).toHaveLength(1);
  });
});
