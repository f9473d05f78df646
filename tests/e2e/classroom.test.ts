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

/** `khasan classroom` with seed 3 and these lesson settings. */
function lessonArgs(cut: string, rule: string, roles: string, classSize: string): string[] {
  const settings = ["--cut", cut, "--rule", rule, "--roles", roles, "--class-size", classSize];
  return ["classroom", "--seed", "3", ...settings];
}

describe.concurrent("khasan classroom", () => {
  it("runs a consensus lesson with a commander fallback, notes and a logged undo", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const input = [
      "90",
      "blyukher,stalin,stern",
      "consensus",
      "commander",
      "24",
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
    expect(out).toContain("24 students. Lesson: 90-minute lesson.");
    expect(out).toContain("DECISION · Marshal Vasily Blyukher decides a tie");
    expect(out).toContain("Discuss: Who should decide what is built on a disputed border");
    expect(out).toContain("No consensus (2 for 1, 1 for 2, 0 for 3); fallback commander");
    expect(out).toContain("Marshal Vasily Blyukher decides: 1 or 2 or 3.");
    expect(out).toContain("Consensus: all 4 for option 2");
    expect(out).toContain("Undo is locked by the teacher");
    for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(72);
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
      "vote:No consensus (2 for 1, 1 for 2, 0 for 3); fallback commander: the deciding role chooses (21 of 24 did not vote): Marshal Vasily Blyukher chose option 1.",
      "vote:Consensus: all 4 for option 2 (20 of 24 did not vote).",
      "note:Anna wanted the whole division.",
      "control:undo locked",
      "control:undo unlocked",
    ]);
    expect(lesson.notes[0]).toMatchObject({
      rule: "consensus",
      fallback: "commander",
      roles: ["blyukher", "stalin", "stern"],
      cut: "90",
      classSize: 24,
    });
    expect(lesson.notes[1]?.date).toBe("1938-07-08");
  });

  it("breaks a plurality tie with the casting vote of a role in play, among the tied options only", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const stdin = "2 2 0\n3\n2\nquit\n";
    const result = await runCli(lessonArgs("90", "majority", "stalin,frinovsky", "4"), {
      stdin,
      dataDir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Rule: plurality.");
    expect(result.stdout).toContain("tie between options 1 and 2 (2 votes each); casting vote");
    // Blyukher is not in play: the tie goes to a present role with a say, never to him.
    expect(result.stdout).toContain("Mikhail Frinovsky decides: 1 or 2.");
    expect(result.stdout).toContain("Mikhail Frinovsky chooses among options 1, 2.");
    const lesson = lessonFile(dataDir);
    expect(lesson.log[0]).toMatchObject({ index: 1, votes: [2, 2, 0] });
    expect(lesson.notes.at(-1)?.text).toContain("Mikhail Frinovsky chose option 2");
  });

  it("refuses more votes than the class has students", async ({ expect }) => {
    const stdin = "20 5 0\n20 4 0\nquit\n";
    const result = await runCli(lessonArgs("90", "plurality", "all", "24"), { stdin });
    expect(result.stdout).toContain("25 votes, but the class has 24 students: count again.");
    expect(result.stdout).toContain("Plurality: option 1 with 20 of 24 votes.");
  });

  it("hides the numbers until the teacher reveals them, and refuses a bare number under plurality", async ({
    expect,
  }) => {
    const stdin = "status\n1\nreveal\nquit\n";
    const result = await runCli(lessonArgs("90", "plu", "all", "24"), { stdin });
    const [before = "", after = ""] = result.stdout.split("\nreveal\n");
    expect(before).not.toMatch(/Trust \d+%/);
    expect(before).toContain("The numbers are hidden in classroom mode");
    expect(before).toContain("This decision is voted on: enter the votes first");
    expect(after).toContain("Stalin's trust in the Front commander");
  });

  it("enters the 45-minute lesson on 1 August, with the earlier decisions taken as in 1938", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    // The 1 August scene opens with two choices of tone on the telephone, then the decision.
    const stdin = "1\n1\n12 10 2\nquit\n";
    const result = await runCli(lessonArgs("45", "plurality", "all", "24"), {
      stdin,
      dataDir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("— 1 August 1938 —");
    expect(result.stdout).not.toContain("8 July 1938");
    // The spoiler-free briefing opens the lesson, before the first scene.
    const briefing = result.stdout.indexOf("BRIEFING (read it aloud)");
    expect(briefing).toBeGreaterThan(0);
    expect(result.stdout.indexOf("Nobody in this room knows how it ends.")).toBeGreaterThan(
      briefing,
    );
    expect(briefing).toBeLessThan(result.stdout.indexOf("— 1 August 1938 —"));
    expect(result.stdout).toContain("KEY DECISION · Marshal Vasily Blyukher decides a tie");
    expect(result.stdout).toMatch(/Discussion time: [34]:\d\d/);
    expect(result.stdout).toContain("As in 1938: Blyukher went to the front after Stalin's call.");
    const lesson = lessonFile(dataDir);
    const history = lesson.notes.filter((n) => n.rule === "history");
    expect(history.length).toBeGreaterThanOrEqual(7);
    expect(lesson.log.find((e) => e.decision === "aug1_bombing_order")?.votes).toEqual([12, 10, 2]);
  });

  it("ends the 45-minute lesson early when the class holds the bombers and waits, and says so", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    // Two tones on the telephone, then hold the aircraft, then wait for the corps; Enter at the
    // content note shows the ending.
    const stdin = "1\n1\n9 11 4\n8 16\n\nquit\n";
    const result = await runCli(lessonArgs("45", "plurality", "all", "24"), {
      stdin,
      dataDir,
    });
    expect(result.code).toBe(0);
    const out = result.stdout.replace(/\n/g, " ");
    expect(out).toContain("THE END: Relieved");
    expect(out).toContain("The story ended one decision before the end of this lesson's plan");
    expect(out).toMatch(/debrief \S+\.json --student --out handout\.html/);
    expect(out).toMatch(/debrief \S+\.json --out debrief\.html/);
  });

  it("refuses an unknown rule with exit 2 and one line", async ({ expect }) => {
    const result = await runCli(["classroom", "--rule", "vote", "--roles", "all", "--cut", "45"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain('"vote" is not a rule');
  });

  it("offers an interrupted lesson to a new classroom, and keeps it as a named save on 2", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    const args = lessonArgs("90", "commander", "all", "24");
    const first = await runCli(args, { stdin: "1\nquit\n", dataDir });
    expect(first.code).toBe(0);
    expect(lessonFile(dataDir).log).toHaveLength(1);
    const second = await runCli(args, { stdin: "2\nquit\n", dataDir });
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
    await runCli(lessonArgs("90", "commander", "all", "24"), { stdin: "1\nquit\n", dataDir });
    const majority = lessonArgs("90", "majority", "all", "24");
    const second = await runCli(majority, { stdin: "1\nquit\n", dataDir });
    expect(second.stdout).toContain("You have an unfinished lesson");
    expect(second.stdout).toContain("Rule: commander");
    expect(lessonFile(dataDir).log).toHaveLength(1);
  });

  it("resumes with --continue knowing the class's earlier decisions: undo takes back the vote", async ({
    expect,
  }) => {
    const dataDir = makeTempDir();
    await runCli(lessonArgs("45", "plurality", "all", "24"), {
      stdin: "1\n1\n12 10 2\nquit\n",
      dataDir,
    });
    const resumed = await runCli(["classroom", "--continue"], { stdin: "undo\nquit\n", dataDir });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).not.toContain("BRIEFING");
    expect(resumed.stdout).not.toContain("The class has taken no decision to undo.");
    expect(resumed.stdout).toContain("Taken back: the class's last decision.");
    const log = lessonFile(dataDir).log;
    expect(log.find((e) => e.decision === "aug1_bombing_order")).toBeUndefined();
  });
});
