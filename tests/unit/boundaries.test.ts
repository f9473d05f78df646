/**
 * The layering rules of STYLE.md and DESIGN.md 4, checked: src/core is pure (no Node built-in,
 * `require`, process, console, clock, timer or Math.random), only src/core/story/ imports inkjs,
 * the core never imports the shell, the shell's folders never import each other in a cycle, and
 * the renderers in shell/views never touch the disk.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(dir, name));
}

/** Lines of `dir`'s files matching any pattern, as `file: line`, minus the allowed ones. */
function offendingLines(dir: string, patterns: RegExp[], allowed: RegExp[] = []): string[] {
  return sourceFiles(dir).flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .map((line) => `${relative(SRC, file).split(sep).join("/")}: ${line.trim()}`)
      .filter((line) => patterns.some((pattern) => pattern.test(line)))
      .filter((line) => !allowed.some((pattern) => pattern.test(line))),
  );
}

const IMPURE = [
  /from ["']node:/,
  /from ["'](fs|fs\/promises|readline|child_process|process|worker_threads|os|crypto|timers|perf_hooks|path|util)["']/,
  /\brequire\(/,
  /\bprocess\./,
  /\bconsole\./,
  /Math\.random/,
  /Date\.now\(|new Date\(\)|performance\.now|hrtime/,
  /\b(setTimeout|setInterval|setImmediate|queueMicrotask)\(/,
  /\b(randomBytes|randomUUID|randomInt|getRandomValues)\b/,
];

/**
 * The named exceptions, each deterministic: hashing (a story build's id, the explorer's state
 * key) uses node:crypto's createHash, and the ink compiler is required lazily because it costs
 * about 60 ms of start-up that playing a prebuilt story never needs.
 */
const PURE_EXCEPTIONS = [
  /^core\/story\/(load-story|state-key)\.ts: import \{ createHash \} from "node:crypto";$/,
  /^core\/story\/compile-ink\.ts: const \{ Compiler(Options)? \} = require\("inkjs\/compiler\/Compiler(Options)?"\)/,
];

describe("import boundaries", () => {
  it("keeps src/core free of I/O, Node built-ins, require, the clock, timers and Math.random", () => {
    expect(offendingLines(join(SRC, "core"), IMPURE, PURE_EXCEPTIONS)).toEqual([]);
  });

  it("flags each kind of impurity it claims to catch", () => {
    const samples = [
      'import { readFileSync } from "node:fs";',
      'import { randomBytes } from "node:crypto";',
      'const fs = require("fs");',
      "const t = setTimeout(tick, 10);",
      "const id = randomUUID();",
      "const started = performance.now();",
      "const now = new Date();",
    ];
    for (const sample of samples) expect(IMPURE.some((pattern) => pattern.test(sample))).toBe(true);
  });

  it("imports inkjs only from src/core/story/", () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => /from ["']inkjs|require\(["']inkjs/.test(readFileSync(file, "utf8")))
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

  it("keeps the renderers in shell/views off the disk, the terminal and the clock", () => {
    const io = [/from ["'](node:)?(fs|fs\/promises|readline|child_process|worker_threads)["']/];
    const world = [/\bprocess\./, /\bconsole\./, /Date\.now\(|new Date\(\)/, /\brequire\(/];
    expect(offendingLines(join(SRC, "shell", "views"), [...io, ...world])).toEqual([]);
  });

  it("has no import cycle between the shell's folders", () => {
    const edges = shellFolderEdges();
    expect(edges.get("commands")).toContain("views");
    expect(findCycle(edges)).toEqual([]);
  });

  it("finds a cycle between folders when there is one", () => {
    const edges = new Map([
      ["views", new Set(["files"])],
      ["files", new Set(["interactive"])],
      ["interactive", new Set(["views"])],
    ]);
    expect(findCycle(edges)).toEqual(["views", "files", "interactive", "views"]);
  });
});

/** Folder-level imports inside src/shell: "views" -> {"files"}, ...; a top-level file is its own node ("main", "io"). */
function shellFolderEdges(): Map<string, Set<string>> {
  const shell = join(SRC, "shell");
  const folderOf = (path: string) => {
    const [first = "", ...rest] = relative(shell, path).split(sep);
    const isFile =
      rest.length === 0 && !statSync(join(shell, first), { throwIfNoEntry: false })?.isDirectory();
    return isFile ? first.replace(/\.(ts|js)$/, "") : first;
  };
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles(shell)) {
    const from = folderOf(file);
    const specifiers = readFileSync(file, "utf8").matchAll(
      /(?:from|import\(|require\()\s*["'](\.[^"']+)["']/g,
    );
    for (const [, specifier] of specifiers) {
      const target = resolve(dirname(file), specifier as string);
      if (!target.startsWith(shell + sep)) continue;
      const to = folderOf(target);
      if (to === from) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** One cycle in the graph, as the folders along it, or [] when there is none. */
function findCycle(edges: Map<string, Set<string>>): string[] {
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string[] => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return [];
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle.length > 0) return cycle;
    }
    done.add(node);
    return [];
  };
  for (const node of edges.keys()) {
    const cycle = visit(node, []);
    if (cycle.length > 0) return cycle;
  }
  return [];
}
