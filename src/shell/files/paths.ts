/**
 * Where things live on disk: the package's own story folder (found from this file, so the CLI
 * works from any working directory) and the user's data directory for saves.
 */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** The package root: the folder holding package.json, from src/ or dist/ alike. */
export function packageRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the khasan package root");
    dir = parent;
  }
  return dir;
}

/** `--data-dir`, else $XDG_DATA_HOME/khasan, else ~/.local/share/khasan. */
export function dataDir(
  override: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string {
  if (override) return resolve(cwd, override);
  const xdg = env.XDG_DATA_HOME;
  if (xdg) return join(xdg, "khasan");
  return join(env.HOME || homedir(), ".local", "share", "khasan");
}
