/**
 * The one error family of Khasan 1938. Every failure a user can cause is a KhasanError with a
 * stable `code` (matched by tests and by the shell, never the message text) and a one-line
 * message that quotes the bad value and says what to do next.
 */

export type ErrorCode =
  | "usage"
  | "story-load"
  | "story-compile"
  | "save-corrupt"
  | "save-too-new"
  | "save-too-old"
  | "save-other-story"
  | "save-missing"
  | "ink-runtime"
  | "record-invalid"
  | "io"
  | "in-use";

export class KhasanError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }

  /** Usage errors exit 2, everything else 1 (STYLE.md, Errors). */
  get exitCode(): number {
    return this.code === "usage" ? 2 : 1;
  }
}

export class UsageError extends KhasanError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("usage", message, options);
  }
}

export class StoryLoadError extends KhasanError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("story-load", message, options);
  }
}

/** One diagnostic of the ink compiler, located in a source file. */
export interface CompileDiagnostic {
  severity: "error" | "warning";
  file: string;
  line: number | null;
  message: string;
}

/** All the errors of one compilation, not just the first; the message names the first. */
export class StoryCompileError extends KhasanError {
  readonly diagnostics: CompileDiagnostic[];

  constructor(diagnostics: CompileDiagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    const first = errors[0] ?? diagnostics[0];
    const where = first ? `${first.file}${first.line === null ? "" : `:${first.line}`}` : "?";
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    super("story-compile", `ink compile error at ${where}: ${first?.message ?? "unknown"}${more}`);
    this.diagnostics = diagnostics;
  }
}

export type SaveErrorCode =
  | "save-corrupt"
  | "save-too-new"
  | "save-too-old"
  | "save-other-story"
  | "save-missing";

export class SaveFileError extends KhasanError {
  constructor(code: SaveErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

export class InkRuntimeError extends KhasanError {
  readonly messages: string[];

  constructor(messages: string[]) {
    super("ink-runtime", `ink runtime error: ${messages.join("; ")}`);
    this.messages = messages;
  }
}
