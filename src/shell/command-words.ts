/**
 * The first word of the command line, read before commander sees it: `help COMMAND` as
 * `COMMAND --help` (commander's own help command printed the help and then an error), and a
 * mistyped command answered as one, with a suggestion, instead of being taken for a story path
 * by the default `play` command.
 */
import { existsSync } from "node:fs";
import { extname, resolve } from "node:path";
import { UsageError } from "../core/errors";

/** Options that may come before the command word. */
const GLOBAL_FLAGS = new Set(["--debug"]);

/** argv as commander should read it; throws a UsageError for an unknown command. */
export function routeCommandWords(
  argv: readonly string[],
  commands: readonly string[],
  cwd: string,
): string[] {
  const at = argv.findIndex((arg) => !GLOBAL_FLAGS.has(arg));
  const word = argv[at];
  if (word === undefined || word.startsWith("-")) return [...argv];
  const before = argv.slice(0, at);
  const rest = argv.slice(at + 1);
  if (word === "help") {
    const topic = rest.find((arg) => !arg.startsWith("-"));
    if (topic === undefined || topic === "help") return [...before, "--help"];
    if (commands.includes(topic)) return [...before, topic, "--help"];
    throw unknownCommand(topic, commands);
  }
  if (commands.includes(word) || looksLikeStory(word, cwd)) return [...argv];
  throw unknownCommand(word, commands);
}

/** A story path: has a folder or an extension, or names a file that exists. */
function looksLikeStory(word: string, cwd: string): boolean {
  return word.includes("/") || extname(word) !== "" || existsSync(resolve(cwd, word));
}

function unknownCommand(word: string, commands: readonly string[]): UsageError {
  const near = closest(word, commands);
  const hint = near ? `did you mean ${near}?` : `the commands are ${commands.join(", ")}`;
  return new UsageError(`unknown command "${word}": ${hint} (khasan --help lists them)`);
}

/** The command within two edits of `word` (or that it starts), if there is one. */
export function closest(word: string, commands: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of commands) {
    const distance = name.startsWith(lower) && lower.length >= 3 ? 1 : editDistance(lower, name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = value;
    }
  }
  return at(a.length, b.length);
}
