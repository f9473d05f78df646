/**
 * Concurrent players on one data directory, and a full disk (a file-size limit): is any game
 * lost (it ended saying it was saved, yet its seed is in no save) or any save corrupt?
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasCrashed } from "./checks";
import { jsonFiles, savesInvalid } from "./saves";
import { CLI, inParallel, startCli, startProcess } from "./spawn-cli";

export interface SaveFigures {
  games: number;
  inUse: number;
  lost: number;
  corrupt: number;
  crashes: number;
  failures: string[];
}

export function emptySaves(): SaveFigures {
  return { games: 0, inUse: 0, lost: 0, corrupt: 0, crashes: 0, failures: [] };
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
      if (hasCrashed(game.stdout, game.stderr)) {
        figures.crashes++;
        figures.failures.push(`round ${round} game ${i}: ${game.stderr.slice(0, 200)}`);
      }
      const saidSaved =
        /saved/i.test(game.stdout) && game.code === 0 && !/in use/.test(game.stdout);
      if (saidSaved && !kept.has(seeds[i] as number)) {
        figures.lost++;
        figures.failures.push(`round ${round}: the game of seed ${seeds[i]} is in no file`);
      }
    });
    figures.corrupt += savesInvalid(data).length;
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
    if (hasCrashed(full.stdout, full.stderr)) {
      figures.crashes++;
      figures.failures.push(`limit ${limit}: ${full.stderr.slice(0, 200)}`);
    }
    const bad = savesInvalid(data);
    figures.corrupt += bad.length;
    if (before.size > 0 && seedsIn(data).size === 0) {
      figures.lost++;
      figures.failures.push(`limit ${limit}: the saved game is gone`);
    }
  });
  await inParallel(jobs, 3);
}
