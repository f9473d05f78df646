/**
 * The layering rule of STYLE.md, checked: src/core is pure (no file system, process, console,
 * clock or Math.random) and only src/core/story/ imports inkjs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(dir, name));
}

const IMPURE = [
  /from ["'](node:)?(fs|fs\/promises|readline|child_process|process|worker_threads|os)["']/,
  /\bprocess\./,
  /\bconsole\./,
  /Math\.random/,
  /Date\.now\(|new Date\(\)/,
];

describe("import boundaries", () => {
  it("keeps src/core free of I/O, the clock and Math.random", () => {
    const offenders = sourceFiles(join(SRC, "core")).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => IMPURE.some((pattern) => pattern.test(line)))
        .map((line) => `${relative(SRC, file)}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it("imports inkjs only from src/core/story/", () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => /from ["']inkjs/.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file))
      .filter((file) => !file.startsWith(join("core", "story")));
    expect(offenders).toEqual([]);
  });

  it("never imports the shell from the core", () => {
    const offenders = sourceFiles(join(SRC, "core")).filter((file) =>
      /from ["'](\.\.\/)+shell\//.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
