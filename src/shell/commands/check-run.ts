/**
 * `khasan check`: compile, lint, explore and check every invariant (core/explore/invariants.ts).
 * Prints each failure and a summary; exit 1 when anything fails.
 */
import { existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { checkClassroomFiles } from "../../core/classroom/classroom-check";
import { type CompileDiagnostic, StoryCompileError } from "../../core/errors";
import { mergeClaimSummaries } from "../../core/explore/claims";
import { type Failure, findFailures } from "../../core/explore/invariants";
import { includesOf, lintInkSource } from "../../core/explore/lint-source";
import { allPremiseSets, singlePremiseSets } from "../../core/explore/premise-sets";
import type { ExploreSection } from "../../core/explore/report";
import { loadClassroomFile, readInkSources } from "../files/classroom-file";
import { loadRecordFile } from "../files/record-file";
import { loadRolesFile } from "../files/report-inputs";
import {
  campaignPaths,
  type LoadedStory,
  loadStoryFile,
  readInclude,
  readText,
} from "../files/story-files";
import { formatDiagnostic } from "../views/diagnostics";
import { pathLines, STEP_JOIN, wrapLine } from "../views/path-lines";
import { terminalText } from "../views/safe-text";
import { createStyle } from "../views/style";
import { exploreSets } from "./explore-run";
import type { CommandContext } from "./index";
import { loadMapFile } from "./map-file";
import { parseSeed } from "./options";

export interface CheckFlags {
  seed: string;
  allPremises?: boolean;
}

export async function runCheck(
  file: string | undefined,
  flags: CheckFlags,
  context: CommandContext,
): Promise<void> {
  const { failures, sections } = await checkStory(file, flags, context);
  const { stdout } = context.io;
  const { width } = createStyle(context.io);
  stdout.write(reactivityText(sections, width));
  if (failures.length === 0) {
    stdout.write("check: all invariants hold\n");
    return;
  }
  for (const f of failures) stdout.write(failureText(f, width));
  stdout.write(`check failed: ${summary(failures)}\n`);
  context.setExitCode(1);
}

/** One failure; the path that shows it on lines of its own, wrapped to the width and indented. */
function failureText(f: Failure, width: number): string {
  const message = terminalText(f.message);
  const at = message.lastIndexOf("; path: ");
  if (at < 0) return `${wrapLine(`${f.kind}: ${message}`, width, "  ")}\n`;
  const steps = message.slice(at + 8).split(STEP_JOIN);
  const head = wrapLine(`${f.kind}: ${message.slice(0, at)}`, width, "  ");
  return `${head}\n${pathLines("  path: ", steps, width)}\n`;
}

/**
 * Reactivity, when the story has claims or decision variables: per decision, the distinct lines
 * that claim it on paths where it was taken; per ending, the decisions its last passage claims.
 */
function reactivityText(sections: readonly ExploreSection[], columns: number): string {
  const summaries = sections.map((s) => s.claims);
  const uses = summaries.some((s) => s && (s.variables || Object.keys(s.named).length > 0));
  if (!uses) return "";
  const { decisions, endings } = mergeClaimSummaries(summaries);
  const width = Math.max(
    8,
    ...decisions.map((d) => d.id.length),
    ...endings.map((e) => e.id.length),
  );
  const lines = [
    "claims: later lines that claim each decision (distinct lines, every premise set)",
  ];
  for (const d of decisions) lines.push(`  ${d.id.padEnd(width)}  ${d.lines}`);
  lines.push(
    "claims: decisions the player took that each ending's text claims (fewest on one path)",
  );
  for (const e of endings) {
    const list = e.decisions.length > 0 ? e.decisions.join(", ") : "none";
    lines.push(`  ${e.id.padEnd(width)}  ${e.fewest}  ${list}`);
  }
  return `${lines.map((line) => wrapLine(line, columns, "    ")).join("\n")}\n`;
}

interface Checked {
  failures: Failure[];
  sections: ExploreSection[];
}

async function checkStory(
  file: string | undefined,
  flags: CheckFlags,
  { io }: CommandContext,
): Promise<Checked> {
  // The campaign is checked from its .ink source, never from the prebuilt JSON.
  const path = file === undefined ? campaignPaths().ink : resolve(io.cwd, file);
  const lint = extname(path).toLowerCase() === ".ink" ? lintFailures(path) : [];
  let loaded: LoadedStory;
  try {
    loaded = loadStoryFile(path, io.cwd);
  } catch (error) {
    if (!(error instanceof StoryCompileError)) throw error;
    return { failures: [...error.diagnostics.map(diagnosticFailure), ...lint], sections: [] };
  }
  const failures = [...loaded.warnings.map(diagnosticFailure), ...lint];
  const seed = parseSeed(flags.seed);
  const sets = flags.allPremises ? allPremiseSets(loaded.meta) : singlePremiseSets(loaded.meta);
  const { sections } = await exploreSets(loaded, sets, { seed, meta: loaded.meta }, io);
  failures.push(...findFailures(sections, loaded.meta, recordDecisions(loaded.dir)));
  if (extname(path).toLowerCase() === ".ink") failures.push(...classroomFailures(loaded, path));
  return { failures, sections };
}

/** roles.json, classroom.json and map.json beside an ink story with a record: every id they name. */
function classroomFailures(loaded: LoadedStory, inkPath: string): Failure[] {
  const record = loadRecordFile(loaded.dir);
  const roles = loadRolesFile(loaded.dir);
  const classroom = loadClassroomFile(loaded.dir);
  const map = loadMapFile(loaded.dir);
  if (!record || (!roles && !classroom && !map)) return [];
  const problems = checkClassroomFiles({
    record,
    meta: loaded.meta,
    sources: readInkSources(inkPath),
    ...(roles ? { roles } : {}),
    ...(classroom ? { classroom } : {}),
    ...(map ? { map } : {}),
  });
  return problems.map((message) => ({ kind: "classroom", message }));
}

function diagnosticFailure(d: CompileDiagnostic): Failure {
  return {
    kind: d.severity === "error" ? "compile" : "compile-warning",
    message: formatDiagnostic(d),
  };
}

function lintFailures(path: string): Failure[] {
  const dir = dirname(path);
  const files = [basename(path)];
  const failures: Failure[] = [];
  for (let i = 0; i < files.length; i++) {
    const name = files[i] as string;
    const full = join(dir, name);
    if (!existsSync(full)) continue;
    const source =
      i === 0
        ? readText(full, "story file", "inkSource")
        : readInclude(dir, name, files[0] as string);
    for (const f of lintInkSource(name, source))
      failures.push({ kind: "lint", message: `${f.file}:${f.line}: ${f.message}` });
    for (const include of includesOf(source)) if (!files.includes(include)) files.push(include);
  }
  return failures;
}

/** Decision ids of record.json beside the story; undefined (not checked) when there is none. */
function recordDecisions(dir: string): Set<string> | undefined {
  const record = loadRecordFile(dir);
  return record && new Set(record.decisions.map((d) => d.id));
}

function summary(failures: readonly Failure[]): string {
  const counts = new Map<string, number>();
  for (const f of failures) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(", ");
}
