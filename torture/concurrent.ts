/**
 * Concurrent players on one data directory, and a full disk (a file-size limit): is any game
 * lost (it ended saying it was saved, yet its seed is in no save, or its last choice is not in
 * it), any save corrupt, any temporary file left, any player hung or crashed?
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { processCrashed } from "./checks";
import { jsonFiles, savesInvalid, tempFiles } from "./saves";
import { CLI, type Finished, howItEnded, inParallel, startCli, startProcess } from "./spawn-cli";

export interface SaveFigures {
  games: number;
  inUse: number;
  lost: number;
  corrupt: number;
  crashes: number;
  hangs: number;
  orphansLeft: number;
  failures: string[];
}

export function emptySaves(): SaveFigures {
  return {
    games: 0,
    inUse: 0,
    lost: 0,
    corrupt: 0,
    crashes: 0,
    hangs: 0,
    orphansLeft: 0,
    failures: [],
  };
}

/** Counts a hang or a crash of one player. */
function judge(run: Finished, label: string, figures: SaveFigures): void {
  if (run.hung) {
    figures.hangs++;
    figures.failures.push(`${label}: hang: ${howItEnded(run)}`);
  } else if (processCrashed(run)) {
    figures.crashes++;
    figures.failures.push(`${label}: crash: ${howItEnded(run)}`);
  }
}

/** Counts the corrupt saves and the temporary files left in `data` once every player is done. */
function judgeFolder(data: string, label: string, figures: SaveFigures): void {
  const bad = savesInvalid(data);
  figures.corrupt += bad.length;
  if (bad.length > 0) figures.failures.push(`${label}: corrupt saves ${bad.join(", ")}`);
  const left = tempFiles(data);
  figures.orphansLeft += left.length;
  if (left.length > 0) figures.failures.push(`${label}: temporary files left ${left.join(", ")}`);
}

/** The log length of the autosave of seed `seed` in `dir`, or undefined if none holds it. */
function logLengthOf(dir: string, seed: number): number | undefined {
  for (const path of jsonFiles(dir)) {
    try {
      const save = JSON.parse(readFileSync(path, "utf8")) as { seed: number; log: unknown[] };
      if (save.seed === seed && !path.includes("/saves/")) return save.log.length;
    } catch {
      // counted as corrupt by savesInvalid
    }
  }
  return undefined;
}

function seedsIn(dir: string): Set<number> {
  const seeds = new Set<number>();
  for (const path of jsonFiles(dir)) {
    try {
      seeds.add((JSON.parse(readFileSync(path, "utf8")) as { seed: number }).seed);
    } catch {
      // counted as corrupt by savesInvalid
    }
  }
  return seeds;
}

/** `rounds` rounds of `players` games started together on one data directory. */
export async function runConcurrent(
  story: string,
  rounds: number,
  players: number,
  figures: SaveFigures,
): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const data = mkdtempSync(join(tmpdir(), "khasan-together-"));
    const seeds = Array.from({ length: players }, (_, i) => 1 + round * 100 + i);
    const games = await Promise.all(
      seeds.map(
        (seed) =>
          startCli(["play", story, "--seed", String(seed)], {
            dataDir: data,
            input: "2\n1\n2\n",
            timeoutMs: 120_000,
          }).done,
      ),
    );
    const kept = seedsIn(data);
    games.forEach((game, i) => {
      figures.games++;
      if (/in use by another khasan/.test(game.stdout)) figures.inUse++;
      judge(game, `round ${round} game ${i}`, figures);
      const saidSaved =
        /saved/i.test(game.stdout) && game.code === 0 && !/in use/.test(game.stdout);
      if (saidSaved && !kept.has(seeds[i] as number)) {
        figures.lost++;
        figures.failures.push(`round ${round}: the game of seed ${seeds[i]} is in no file`);
      }
    });
    judgeFolder(data, `round ${round} (${data})`, figures);
  }
}

/** A saved game continued under file-size limits from 500 bytes up: the old save must stay whole. */
export async function runFullDisk(story: string, figures: SaveFigures): Promise<void> {
  const jobs = [500, 1000, 1500, 2000, 2500, 3000, 3500].map((limit) => async () => {
    const data = mkdtempSync(join(tmpdir(), "khasan-full-"));
    await startCli(["play", story, "--plain", "--seed", "3"], { dataDir: data, input: "1\n" }).done;
    const before = seedsIn(data);
    const args = [`--fsize=${limit}`, "nice", process.execPath, CLI, "continue", story, "--plain"];
    const full = await startProcess("prlimit", args, { dataDir: data, input: "2\n" }).done;
    figures.games++;
    const label = `limit ${limit} (${data})`;
    judge(full, label, figures);
    judgeFolder(data, label, figures);
    if (before.size === 0) {
      figures.failures.push(`${label}: the first game was not saved, nothing to test`);
    } else if (seedsIn(data).size === 0) {
      figures.lost++;
      figures.failures.push(`${label}: the saved game is gone: ${howItEnded(full)}`);
    } else if (/Your game is saved/.test(full.stdout) && logLengthOf(data, 3) !== 2) {
      // It said the second choice was saved: the autosave must hold it.
      figures.lost++;
      figures.failures.push(`${label}: said saved, but the autosave lacks the choice`);
    }
  });
  await inParallel(jobs, 3);
}
