/**
 * Finds and loads a story from disk: the campaign by default (its prebuilt JSON from `npm
 * install` when it is newer than every .ink source, else compiled in process), or any ink
 * story the user names, `.ink` or compiled `.json`, with `variables.json` beside it if any.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { type CompileDiagnostic, KhasanError, UsageError } from "../../core/errors";
import { NO_META, parseVariablesMeta, type VariablesMeta } from "../../core/state/variables-meta";
import { type CompileResult, compileInk } from "../../core/story/compile-ink";
import { type CompiledStory, loadCompiledStory } from "../../core/story/load-story";
import { readOptionalJson } from "./json-file";
import { packageRoot } from "./paths";
import { type FileKind, readLimitedText } from "./read-limited";

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
  return { story: loadCompiledStory(readText(path, "story file", "compiledStory")), warnings: [] };
}

/**
 * Compiles an .ink file, reading its INCLUDEs from the same folder (and never from outside
 * it); diagnostics name the file as `name` (default: its base name).
 */
export function compileInkFile(path: string, name = basename(path)): CompileResult {
  const dir = dirname(path);
  // The compiler turns a failed include into "Failed to load"; the real reason is kept here.
  let refused: KhasanError | undefined;
  const source = readText(path, "story file", "inkSource");
  try {
    return compileInk(source, name, (include) => {
      try {
        return readInclude(dir, include, basename(path));
      } catch (error) {
        if (error instanceof KhasanError) refused ??= error;
        throw error;
      }
    });
  } catch (error) {
    throw refused ?? error;
  }
}

/**
 * The text of an INCLUDE written in a story of folder `dir`: a file inside that folder once
 * symlinks are resolved (`../`, absolute paths and links pointing out are refused).
 */
export function readInclude(dir: string, include: string, from: string): string {
  const what = `file included from ${from}`;
  const target = resolve(dir, include);
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return readText(target, what, "inkSource"); // not there: say so, as for any file
  }
  const inside = relative(realpathSync(dir), real);
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new KhasanError(
      "story-load",
      `INCLUDE ${include} in ${from} is outside the story's folder ${dir}: keep included files in that folder`,
    );
  }
  return readText(real, what, "inkSource");
}

/** The `variables.json` in `dir`, or no metadata when there is none. */
export function readMeta(dir: string): VariablesMeta {
  const path = join(dir, "variables.json");
  const data = readOptionalJson(path, "story-load");
  return data === undefined ? NO_META : parseVariablesMeta(data, path);
}

/**
 * Reads a story's text file: a regular file within the size limit of its kind, with
 * "not there", "not readable" and the rest as one-line errors.
 */
export function readText(path: string, what: string, kind: FileKind): string {
  return readLimitedText(path, what, kind, "story-load");
}

function storyName(path: string): string {
  return basename(path, extname(path)).replace(/[^A-Za-z0-9_-]/g, "_") || "story";
}
