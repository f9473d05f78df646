/**
 * The I/O of the inklecate cross-check: finding the reference compiler (the npm `inklecate`
 * package's inklecate.exe, run under mono: DESIGN.md 2), compiling a story with it in a temp
 * folder, and compiling the same story with the inkjs compiler, reading INCLUDEs from disk.
 * The comparison itself is pure and lives beside this file in tests/crosscheck/lib.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { CompileDiagnostic } from "../../../src/core/errors";
import type { VariablesMeta } from "../../../src/core/state/variables-meta";
import { packageRoot } from "../../../src/shell/files/paths";
import { compileInkFile, readMeta } from "../../../src/shell/files/story-files";
import { makeTempDir } from "../../helpers/temp-dir";
import { parseInklecateOutput } from "./inklecate-output";

/** How to run inklecate, or the one line that says why it cannot run here. */
export type InklecateSetup =
  | { found: true; mono: string; exe: string }
  | { found: false; reason: string };

export interface InklecateCompilation {
  /** Compiled JSON text (BOM and all); undefined when compilation failed. */
  json?: string;
  diagnostics: CompileDiagnostic[];
}

export interface InkjsCompilation {
  json: string;
  warnings: CompileDiagnostic[];
}

export const INSTALL_MONO = "install it with `apt-get install -y mono-runtime` (as root)";

/** Looks for `mono` on the PATH and inklecate.exe in node_modules under `root`. */
export function findInklecate(root: string = packageRoot(), mono = "mono"): InklecateSetup {
  const exe = join(root, "node_modules", "inklecate", "bin", "inklecate.exe");
  const probe = spawnSync(mono, ["--version"], { encoding: "utf8", timeout: 30_000 });
  if (probe.error || probe.status !== 0) {
    return {
      found: false,
      reason: `mono is not installed, so inklecate cannot run: ${INSTALL_MONO}`,
    };
  }
  if (!existsSync(exe)) {
    return {
      found: false,
      reason: `${exe} is missing: run \`npm install\` (dev dependency inklecate)`,
    };
  }
  return { found: true, mono, exe };
}

/**
 * Compiles `inkPath` with inklecate. It runs in the story's folder so INCLUDEs resolve as they
 * do for the inkjs compiler; the JSON goes to a temp folder removed afterwards.
 */
export function compileWithInklecate(
  inkPath: string,
  setup: { mono: string; exe: string },
): InklecateCompilation {
  const outDir = makeTempDir("khasan-inklecate-");
  const out = join(outDir, "story.json");
  const file = basename(inkPath);
  try {
    const run = spawnSync(setup.mono, [setup.exe, "-o", out, file], {
      cwd: dirname(inkPath),
      encoding: "utf8",
      timeout: 120_000,
    });
    const diagnostics = parseInklecateOutput(`${run.stdout ?? ""}\n${run.stderr ?? ""}`, file);
    const failed = run.error !== undefined || run.status !== 0 || !existsSync(out);
    if (failed && !diagnostics.some((d) => d.severity === "error")) {
      const why = run.error?.message ?? firstLine(`${run.stderr}`) ?? `exit code ${run.status}`;
      diagnostics.push({
        severity: "error",
        file,
        line: null,
        message: `inklecate failed: ${why}`,
      });
    }
    if (failed) return { diagnostics };
    return { json: readFileSync(out, "utf8"), diagnostics };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Compiles `inkPath` with the inkjs compiler; throws StoryCompileError on errors. */
export function compileWithInkjs(inkPath: string): InkjsCompilation {
  const result = compileInkFile(inkPath);
  return { json: result.story.json, warnings: result.warnings };
}

/** The story's variables.json beside `inkPath`, or no metadata when there is none. */
export function readStoryMeta(inkPath: string): VariablesMeta {
  return readMeta(dirname(inkPath));
}

function firstLine(text: string): string | undefined {
  return (
    text
      .replace(/\uFEFF/g, "")
      .split("\n")
      .find((line) => line.trim() !== "") ?? undefined
  );
}
