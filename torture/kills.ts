/**
 * 100 SIGKILLs at random moments of a busy game (every line a choice, an undo, a restart or a
 * save, each of which writes a save), then: is every save still whole, does `continue` take
 * the game up again (a killed player's lock is stale, not "in use"), and are its temporary
 * files cleaned? A kill survived is one whose saves all decode and whose autosave `continue`
 * resumes (or, killed before its first save, says there is none).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { processCrashed } from "./checks";
import { makeRandom } from "./fuzz-input";
import { savesInvalid, tempFiles } from "./saves";
import { howItEnded, inParallel, startCli } from "./spawn-cli";

export interface KillFigures {
  kills: number;
  /** Kills that left a temporary file: the game was killed in the middle of writing a save. */
  midSave: number;
  survived: number;
  notSurvived: number;
  corrupt: number;
  crashes: number;
  hangs: number;
  orphansLeft: number;
  failures: string[];
}

// Undo, restart and replacing a named save ask first: "y" goes ahead, so each of them writes.
const LINES = ["1", "2", "undo\ny", "restart\ny", "save k\ny", "status", "1", "2"];

export function emptyKills(): KillFigures {
  return {
    kills: 0,
    midSave: 0,
    survived: 0,
    notSurvived: 0,
    corrupt: 0,
    crashes: 0,
    hangs: 0,
    orphansLeft: 0,
    failures: [],
  };
}

export async function runKills(story: string, count: number): Promise<KillFigures> {
  const figures = emptyKills();
  const jobs = Array.from({ length: count }, (_, i) => async () => {
    const random = makeRandom(1000 + i);
    const data = mkdtempSync(join(tmpdir(), "khasan-kill-"));
    // Lines keep coming until the kill, so that it lands while the game is busy (often in the
    // middle of writing a save), not once it has read everything and waits.
    const game = startCli(["play", story, "--seed", String(i + 1)], {
      dataDir: data,
      end: false,
      timeoutMs: 120_000,
    });
    const typing = setInterval(() => {
      const line = LINES[Math.floor(random() * LINES.length)];
      if (game.child.stdin?.writable) game.child.stdin.write(`${line}\n`);
    }, 2);
    await new Promise((resolve) => setTimeout(resolve, 500 + random() * 2000));
    game.child.kill("SIGKILL");
    clearInterval(typing);
    const killed = await game.done;
    const label = `kill ${i} (${data})`;
    if (killed.signal !== "SIGKILL" || killed.hung) {
      // It ended before the kill (its input never ends, so it should not have): not a kill.
      figures.failures.push(`${label}: the game was not killed: ${howItEnded(killed)}`);
      if (processCrashed(killed)) figures.crashes++;
      return;
    }
    figures.kills++;
    if (tempFiles(data).length > 0) figures.midSave++;
    const bad = savesInvalid(data);
    figures.corrupt += bad.length;
    const again = await startCli(["continue", story], {
      dataDir: data,
      input: "",
      timeoutMs: 120_000,
    }).done;
    const resumed = again.code === 0 || /^khasan: no autosaved game/.test(again.stderr);
    const crashed = processCrashed(again);
    if (crashed) figures.crashes++;
    if (again.hung) figures.hangs++;
    const left = tempFiles(join(data, "khasan"));
    figures.orphansLeft += left.length;
    if (bad.length === 0 && resumed && !crashed && !again.hung) {
      figures.survived++;
      rmSync(data, { recursive: true, force: true });
      return;
    }
    figures.notSurvived++;
    const why = [
      ...(bad.length > 0 ? [`saves that do not decode: ${bad.join(", ")}`] : []),
      `continue: ${howItEnded(again)}`,
      ...(left.length > 0 ? [`temporary files left: ${left.join(", ")}`] : []),
    ];
    figures.failures.push(`${label}: ${why.join("; ")}`);
  });
  await inParallel(jobs, 3);
  return figures;
}
