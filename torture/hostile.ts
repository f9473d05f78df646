/**
 * Hostile stories and bad files: INCLUDEs reaching out of the folder, loops without a choice,
 * escape sequences and HTML in a story's text and variables.json, FIFOs and devices, oversized
 * files, and damaged or edited saves given to every command that reads one.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findRawHtml, findUnsafeOutput, processCrashed, refusalNotOneLine } from "./checks";
import { howItEnded, inParallel, startCli } from "./spawn-cli";

export interface HostileFigures {
  cases: number;
  crashes: number;
  hangs: number;
  leaks: number;
  injections: number;
  unescapedHtml: number;
  /** Failed runs whose stderr is not one `khasan: …` line. */
  unclear: number;
  failures: string[];
}

const ESC = "\u001b";
const PAYLOAD = `${ESC}]0;pwned\u0007${ESC}[2J\u009b31m`;
const HTML = "<script>alert(1)</script><img src=x onerror=alert(2)>";

function storyFolder(ink: string, variables?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "khasan-hostile-"));
  writeFileSync(join(dir, "story.ink"), ink);
  if (variables) writeFileSync(join(dir, "variables.json"), JSON.stringify(variables));
  return dir;
}

interface Case {
  name: string;
  args: string[];
  input?: string;
  /** Text that must not appear in any output or written file (a leak). */
  secret?: string;
  /** Files written by the command, checked for leaks and raw HTML. */
  written?: string[];
  html?: boolean;
}

function cases(): Case[] {
  const list: Case[] = [];
  const secretDir = mkdtempSync(join(tmpdir(), "khasan-secret-"));
  writeFileSync(join(secretDir, "secret.ink"), "TOP-SECRET-LINE\n");
  const climb = storyFolder(`INCLUDE ../${secretDir.split("/").pop()}/secret.ink\nHi.\n-> END\n`);
  const linked = storyFolder("INCLUDE link.ink\nHi.\n-> END\n");
  symlinkSync(join(secretDir, "secret.ink"), join(linked, "link.ink"));
  for (const dir of [climb, linked]) {
    const out = join(dir, "out.json");
    list.push({
      name: "INCLUDE out of the folder (compile)",
      args: ["compile", join(dir, "story.ink"), "-o", out],
      secret: "TOP-SECRET",
      written: [out],
    });
    list.push({
      name: "INCLUDE out of the folder (play)",
      args: ["play", join(dir, "story.ink"), "--plain"],
      input: "1\n",
      secret: "TOP-SECRET",
    });
  }
  list.push({
    name: "INCLUDE /etc/passwd",
    args: [
      "play",
      join(storyFolder("INCLUDE ../../../../../../etc/passwd\n-> END\n"), "story.ink"),
      "--plain",
    ],
    secret: "root:",
  });
  const loop = storyFolder("Start.\n* [Go] -> spin\n* [Stop] -> END\n== spin ==\nround\n-> spin\n");
  const silent = storyFolder(
    "Start.\n* [Go] -> spin\n* [Stop] -> END\n== spin ==\n~ temp x = 1\n-> spin\n",
  );
  for (const dir of [loop, silent]) {
    const story = join(dir, "story.ink");
    list.push({
      name: "loop without a choice (play)",
      args: ["play", story, "--plain"],
      input: "1\n",
    });
    list.push({ name: "loop without a choice (explore)", args: ["explore", story] });
    list.push({ name: "loop without a choice (check)", args: ["check", story] });
  }
  const escapes = storyFolder(
    `VAR trust = 1\nHello ${PAYLOAD} world ${HTML} # date: 1938-07-29\n+ [Go ${ESC}(B${HTML}] -> fin\n== fin ==\nEnd ${PAYLOAD} ${HTML} # ending: bad\n-> END\n`,
    {
      variables: {
        trust: {
          label: `Trust ${PAYLOAD}${HTML}`,
          short: `T${PAYLOAD}`,
          min: 0,
          max: 9,
          status: true,
        },
      },
      endings: { bad: { title: `Bad ${PAYLOAD}${HTML}`, summary: `Over ${PAYLOAD}${HTML}` } },
    },
  );
  const story = join(escapes, "story.ink");
  for (const mode of [[], ["--plain"], ["--no-color"], ["--width", "30"]]) {
    list.push({
      name: `escape sequences in a story (play ${mode.join(" ")})`,
      args: ["play", story, ...mode],
      input: "1\nstatus\nlog\nhelp\n",
    });
  }
  list.push({ name: "escape sequences in a story (explore)", args: ["explore", story] });
  list.push({ name: "escape sequences in a story (check)", args: ["check", story] });
  list.push({
    name: "escape sequences in a story (explore --format md)",
    args: ["explore", story, "--format", "md"],
    html: true,
  });
  const fifo = join(mkdtempSync(join(tmpdir(), "khasan-fifo-")), "story.ink");
  spawnSync("mkfifo", [fifo]);
  list.push({ name: "a FIFO as a story", args: ["play", fifo, "--plain"] });
  list.push({
    name: "a FIFO as a save",
    args: ["play", "--load", fifo.replace(/\.ink$/, ".json")],
  });
  list.push({ name: "/dev/zero as a save", args: ["play", "--load", "/dev/zero.json"] });
  list.push({ name: "/dev/zero as a story", args: ["compile", "/dev/zero", "-o", "/dev/null"] });
  const big = storyFolder(`${"A line of prose that goes on.\n".repeat(180_000)}-> END\n`);
  list.push({ name: "a 5 MB story", args: ["play", join(big, "story.ink"), "--plain"] });
  return list;
}

export function emptyHostile(): HostileFigures {
  return {
    cases: 0,
    crashes: 0,
    hangs: 0,
    leaks: 0,
    injections: 0,
    unescapedHtml: 0,
    unclear: 0,
    failures: [],
  };
}

export async function runHostile(saveCases: readonly Case[]): Promise<HostileFigures> {
  const figures = emptyHostile();
  const all = [...cases(), ...saveCases];
  const fail = (
    figure: "hangs" | "crashes" | "leaks" | "injections" | "unescapedHtml" | "unclear",
    why: string,
  ) => {
    figures[figure]++;
    figures.failures.push(why);
  };
  await inParallel(
    all.map((c) => async () => {
      const data = mkdtempSync(join(tmpdir(), "khasan-hostile-data-"));
      const done = await startCli(c.args, {
        dataDir: data,
        input: c.input ?? "",
        timeoutMs: 60_000,
      }).done;
      figures.cases++;
      const output = done.stdout + done.stderr;
      const files = (c.written ?? []).map((path) => {
        try {
          return readFileSync(path, "utf8");
        } catch {
          return "";
        }
      });
      if (done.hung) fail("hangs", `${c.name}: hang: ${howItEnded(done)}`);
      else if (processCrashed(done)) fail("crashes", `${c.name}: crash: ${howItEnded(done)}`);
      else {
        const unclear = refusalNotOneLine(done);
        if (unclear) fail("unclear", `${c.name}: exit code ${done.code}, stderr ${unclear}`);
      }
      if (c.secret && [output, ...files].some((text) => text.includes(c.secret as string)))
        fail("leaks", `${c.name}: leaked`);
      const unsafe = findUnsafeOutput(output, false);
      if (unsafe) fail("injections", `${c.name}: unsafe output ${unsafe}`);
      const raw = c.html ? findRawHtml(output + files.join(""), "script") : undefined;
      if (raw) fail("unescapedHtml", `${c.name}: raw HTML ${raw}`);
    }),
    3,
  );
  return figures;
}

export type { Case };
