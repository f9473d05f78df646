/**
 * Compiles ink source in process with the inkjs compiler (the same version as the runtime).
 * Pure: included files are read through a function the caller passes in, so the shell owns
 * the file system. Errors come back all at once, each with its file and line.
 */
import type * as InkCompilerModule from "inkjs/compiler/Compiler";
import type * as InkCompilerOptionsModule from "inkjs/compiler/CompilerOptions";
import { ErrorType } from "inkjs/engine/Error";
import { type CompileDiagnostic, StoryCompileError } from "../errors";
import { type CompiledStory, loadCompiledStory } from "./load-story";

/** Reads an INCLUDEd file by the name written in the ink source. */
export type IncludeReader = (name: string) => string;

export interface CompileResult {
  story: CompiledStory;
  warnings: CompileDiagnostic[];
}

const DIAGNOSTIC = /^(ERROR|WARNING|TODO): (?:'([^']*)' )?line (\d+): (.*)$/s;

/** Turns an inkjs compiler message into a located diagnostic. */
export function parseDiagnostic(
  raw: string,
  type: ErrorType,
  defaultFile: string,
): CompileDiagnostic {
  const severity = type === ErrorType.Error ? "error" : "warning";
  const match = DIAGNOSTIC.exec(raw);
  if (!match) {
    const message = raw.replace(/^(ERROR|WARNING|TODO): /, "");
    return { severity, file: defaultFile, line: null, message };
  }
  return {
    severity,
    file: match[2] || defaultFile,
    line: Number(match[3]),
    message: match[4] ?? raw,
  };
}

/**
 * Compiles `source` (the text of `fileName`). Throws StoryCompileError carrying every error;
 * warnings (including TODOs) are returned so that `check` can treat them as failures.
 */
export function compileInk(
  source: string,
  fileName: string,
  readInclude: IncludeReader,
): CompileResult {
  const seen = new Set<string>();
  const diagnostics: CompileDiagnostic[] = [];
  const onMessage = (message: string, type: ErrorType) => {
    // The parser reports one failure several times while it backtracks.
    if (seen.has(message)) return;
    seen.add(message);
    diagnostics.push(parseDiagnostic(message, type, fileName));
  };
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => readInclude(name),
  };
  const { Compiler, CompilerOptions } = loadCompiler();
  const compiler = new Compiler(
    stripBom(source),
    new CompilerOptions(fileName, [], false, onMessage, fileHandler),
  );
  let json: string | undefined;
  try {
    const story = compiler.Compile();
    json = story?.ToJson() ?? undefined;
  } catch (error) {
    if (diagnostics.every((d) => d.severity !== "error")) {
      diagnostics.push({ severity: "error", file: fileName, line: null, message: String(error) });
    }
  }
  if (json === undefined || diagnostics.some((d) => d.severity === "error")) {
    throw new StoryCompileError(diagnostics);
  }
  return { story: loadCompiledStory(json), warnings: diagnostics };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

type CompilerModules = typeof InkCompilerModule & typeof InkCompilerOptionsModule;

/**
 * The compiler and its options are required on first use: together they add ~60 ms to
 * start-up (the options alone ~4 ms: resolving inkjs's package exports) that playing a
 * prebuilt story never needs (the bench's first-prompt target depends on it).
 */
function loadCompiler(): Pick<CompilerModules, "Compiler" | "CompilerOptions"> {
  const { Compiler } = require("inkjs/compiler/Compiler") as CompilerModules;
  const { CompilerOptions } = require("inkjs/compiler/CompilerOptions") as CompilerModules;
  return { Compiler, CompilerOptions };
}
