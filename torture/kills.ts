/**
 * 100 SIGKILLs at random moments of a busy game (every line a choice, an undo, a restart or a
 * save, each of which writes a save), then: is every save still whole, does `continue` take
 * the game up again (a killed player's lock is stale, not "in use"), and are its temporary
 * files cleaned?
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasCrashed } from "./checks";
import { makeRandom } from "./fuzz-input";
import { savesInvalid, tempFiles } from "./saves";
import { inParallel, startCli } from "./spawn-cli";

export interface KillFigures {
  kills: number;
  survived: number;
  corrupt: number;
  crashes: number;
  orphansLeft: number;
  failures: string[];
}

const LINES = ["1", "2", "undo", "restart", "save k", "status", "1", "2"];

export async function runKills(story: string, count: number): Promise<KillFigures> {
  const figures: KillFigures = {
    kills: 0,
    survived: 0,
    corrupt: 0,
    crashes: 0,
    orphansLeft: 0,
    failures: [],
  };
  const jobs = Array.from({ length: count }, (_, i) => async () => {
    const random = makeRandom(1000 + i);
    const data = mkdtempSync(join(tmpdir(), "khasan-kill-"));
    const input = Array.from(
      { length: 400 },
      () => LINES[Math.floor(random() * LINES.length)],
    ).join("\n");
    const game = startCli(["play", story, "--seed", String(i + 1)], {
      dataDir: data,
      input: `${input}\n`,
      end: false,
    });
    await new Promise((resolve) => setTimeout(resolve, 300 + random() * 1500));
    game.child.kill("SIGKILL");
    const killed = await game.done;
    if (killed.signal === "SIGKILL") figures.kills++;
    const bad = savesInvalid(data);
    figures.corrupt += bad.length;
    const again = await startCli(["continue", story], { dataDir: data, input: "" }).done;
    const resumed = again.code === 0 || /no autosaved game/.test(again.stderr);
    const crashed = hasCrashed(again.stdout, again.stderr);
    if (crashed) figures.crashes++;
    const left = tempFiles(join(data, "khasan")).length;
    figures.orphansLeft += left;
    if (bad.length === 0 && resumed && !crashed) figures.survived++;
    else figures.failures.push(`kill ${i}: ${bad.join(", ")} ${again.stderr.trim()}`);
  });
  await inParallel(jobs, 3);
  return figures;
}
