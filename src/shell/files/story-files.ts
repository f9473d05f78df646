/**
 * Finds and loads a story from disk: the campaign by default (its prebuilt JSON from `npm
 * install` when it is newer than every .ink source, else compiled in process), or any ink
 * story the user names, `.ink` or compiled `.json`, with `variables.json` beside it if any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { type CompileDiagnostic, KhasanError, UsageError } from "../../core/errors";
import { NO_META, parseVariablesMeta, type VariablesMeta } from "../../core/state/variables-meta";
import { type CompileResult, compileInk } from "../../core/story/compile-ink";
import { type CompiledStory, loadCompiledStory } from "../../core/story/load-story";
import { readOptionalJson } from "./json-file";
import { packageRoot } from "./paths";

export interface LoadedStory {
  story: CompiledStory;
  meta: VariablesMeta;
  /** Short name, used for the save folder: the file name without extension. */
  name: string;
  /** The file the story came from, as given or resolved. */
  path: string;
  /** The folder holding the story, where variables.json and record.json are looked for. */
  dir: string;
  /** The compiler's warnings, when the story was compiled from .ink here. */
  warnings: CompileDiagnostic[];
}

/** The campaign's source and the JSON `npm install` builds from it. */
export function campaignPaths(): { ink: string; json: string; dir: string } {
  const root = packageRoot();
  return {
    ink: join(root, "story", "khasan.ink"),
    json: join(root, "dist", "story", "khasan.json"),
    dir: join(root, "story"),
  };
}

/** Loads `file` (resolved against `cwd`), or the campaign when no file is given. */
export function loadStoryFile(file: string | undefined, cwd: string): LoadedStory {
  if (file === undefined) return loadCampaign();
  const path = resolve(cwd, file);
  const dir = dirname(path);
  return { ...readStory(path), meta: readMeta(dir), name: storyName(path), path, dir };
}

function loadCampaign(): LoadedStory {
  const { ink, json, dir } = campaignPaths();
  const path = isFresh(json, dir) ? json : ink;
  return { ...readStory(path), meta: readMeta(dir), name: "khasan", path, dir };
}

/** True when the built JSON exists and no .ink source under `dir` is newer. */
function isFresh(json: string, dir: string): boolean {
  if (!existsSync(json)) return false;
  const built = statSync(json).mtimeMs;
  const sources = readdirSync(dir, { recursive: true, encoding: "utf8" });
  return sources
    .filter((name) => name.endsWith(".ink"))
    .every((name) => statSync(join(dir, name)).mtimeMs <= built);
}

function readStory(path: string): CompileResult {
  const extension = extname(path).toLowerCase();
  if (extension !== ".ink" && extension !== ".json") {
    throw new UsageError(`"${path}" is not a story: give an .ink source or a compiled .json`);
  }
  if (extension === ".ink") return compileInkFile(path);
  return { story: loadCompiledStory(readText(path, "story file")), warnings: [] };
}

/**
 * Compiles an .ink file, reading its INCLUDEs from the same folder; diagnostics name the file
 * as `name` (default: its base name).
 */
export function compileInkFile(path: string, name = basename(path)): CompileResult {
  const dir = dirname(path);
  return compileInk(readText(path, "story file"), name, (include) =>
    readText(join(dir, include), `file included from ${basename(path)}`),
  );
}

/** The `variables.json` in `dir`, or no metadata when there is none. */
export function readMeta(dir: string): VariablesMeta {
  const path = join(dir, "variables.json");
  const data = readOptionalJson(path, "story-load");
  return data === undefined ? NO_META : parseVariablesMeta(data, path);
}

/** Reads a text file, turning "not there" and "not readable" into one-line errors. */
export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "not found" : code === "EISDIR" ? "is a folder" : code;
    throw new KhasanError("story-load", `${what} ${path}: ${reason}`, { cause: error });
  }
}

function storyName(path: string): string {
  return basename(path, extname(path)).replace(/[^A-Za-z0-9_-]/g, "_") || "story";
}
