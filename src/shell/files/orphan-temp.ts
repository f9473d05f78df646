/**
 * Removes the temporary files that writers killed mid-write left behind (atomic-write.ts
 * names each after its writer's pid); a file whose writer still runs is left alone.
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { TEMP_FILE } from "./atomic-write";
import { isProcessAlive } from "./process-alive";

/** Cleans `dirs` (missing ones are skipped); returns how many files were removed. */
export function removeOrphanTempFiles(dirs: readonly string[]): number {
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const writer = TEMP_FILE.exec(name)?.[1];
      if (writer === undefined || Number(writer) === process.pid) continue;
      if (isProcessAlive(Number(writer))) continue;
      rmSync(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
