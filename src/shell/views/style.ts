/**
 * Colour and width for terminal output. Colour only on a TTY and never with --no-color or
 * NO_COLOR; every renderer takes a Style, so the same code prints plain text for pipes and tests.
 */
import { createColors } from "picocolors";
import wrapAnsi from "wrap-ansi";

export type Colors = ReturnType<typeof createColors>;

export interface Style {
  color: Colors;
  /** Columns to wrap prose to. */
  width: number;
}

export interface StyleOptions {
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** false when --no-color was given. */
  color?: boolean;
  /** --width, else the terminal's columns, else 80. */
  width?: number;
  columns?: number;
}

export const DEFAULT_WIDTH = 80;

export function createStyle(options: StyleOptions): Style {
  const useColor = options.isTTY && options.color !== false && options.env.NO_COLOR === undefined;
  const width = options.width ?? options.columns ?? DEFAULT_WIDTH;
  return { color: createColors(useColor), width: Math.max(20, width) };
}

/** A style with no colour, for files, pipes and tests. */
export function plainStyle(width = DEFAULT_WIDTH): Style {
  return { color: createColors(false), width };
}

/** Wraps text to the style's width, keeping colour codes and hard line breaks. */
export function wrap(text: string, width: number, indent = ""): string {
  const body = wrapAnsi(text, Math.max(10, width - indent.length), { hard: true, trim: true });
  return indent ? body.replace(/^/gm, indent) : body;
}

/**
 * Wraps a message at spaces only: a long path or command stays whole on its line (and can be
 * copied), while the words around it wrap to the width.
 */
export function wrapWords(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) =>
      line.length > width ? wrapAnsi(line, width, { hard: false, trim: true }) : line,
    )
    .join("\n");
}
