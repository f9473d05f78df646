// The inklecate cross-check (issue 4, item 7; `npm run story:inklecate`): the campaign and the
// mini campaign compiled by inklecate under mono and by the inkjs compiler must play the same
// on 500 seeded random walks. Without mono it is skipped with a notice, but fails under CI.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CompileDiagnostic } from "../../src/core/errors";
import { packageRoot } from "../../src/shell/files/paths";
import { formatDiagnostic } from "../../src/shell/views/diagnostics";
import { formatPlainTurn } from "../../src/shell/views/plain-format";
import { crossCheck, describeDifference } from "./lib/cross-check";
import {
  compileWithInkjs,
  compileWithInklecate,
  findInklecate,
  type InklecateCompilation,
  readStoryMeta,
} from "./lib/inklecate";
import { quietInkVersionWarning } from "./quiet-ink-version";

const ROOT = packageRoot();
const STORIES = {
  campaign: join(ROOT, "story", "khasan.ink"),
  "mini campaign": join(ROOT, "tests", "fixtures", "campaign-mini", "khasan-mini.ink"),
};
const WALKS = 500;
const SEED = 1938;

const setup = findInklecate(ROOT);
const isSkipped = !setup.found && !process.env.CI;
if (isSkipped) console.warn(`inklecate cross-check skipped: ${setup.reason}`);

quietInkVersionWarning();

interface Builds {
  inklecate: InklecateCompilation;
  /** The inkjs build's JSON, or the error that stopped it. */
  inkjs: { json: string } | { error: unknown };
}

/** Compiles once per story for the whole file: inklecate under mono takes a second to start. */
const builds = new Map<string, Builds>();

beforeAll(() => {
  if (!setup.found) return;
  for (const path of Object.values(STORIES)) {
    const inklecate = compileWithInklecate(path, setup);
    let inkjs: Builds["inkjs"];
    try {
      inkjs = { json: compileWithInkjs(path).json };
    } catch (error) {
      inkjs = { error };
    }
    builds.set(path, { inklecate, inkjs });
  }
});

/** The builds of `path`; throws the one-line reason when inklecate cannot run (under CI). */
function buildsOf(path: string): Builds {
  if (!setup.found) throw new Error(`inklecate cross-check: ${setup.reason}`);
  const found = builds.get(path);
  if (!found) throw new Error(`${path} was not compiled`);
  return found;
}

function listDiagnostics(diagnostics: CompileDiagnostic[]): string {
  return diagnostics.map(formatDiagnostic).join("\n");
}

describe("findInklecate", () => {
  it("says in one line to install mono-runtime when mono is missing", () => {
    const missing = findInklecate(ROOT, "khasan-no-such-mono");
    expect(missing.found).toBe(false);
    if (missing.found) return;
    expect(missing.reason).toContain("apt-get install -y mono-runtime");
    expect(missing.reason).not.toContain("\n");
  });
});

describe.each(Object.entries(STORIES))("the %s under inklecate", (name, path) => {
  it.skipIf(isSkipped)("compiles with no errors (warnings are reported)", () => {
    const { diagnostics } = buildsOf(path).inklecate;
    const errors = diagnostics.filter((d) => d.severity === "error");
    const warnings = diagnostics.filter((d) => d.severity === "warning");
    if (warnings.length > 0) {
      console.info(`inklecate warnings for the ${name}:\n${listDiagnostics(warnings)}`);
    }
    expect(errors, listDiagnostics(errors)).toEqual([]);
  });

  it.skipIf(isSkipped)(
    `plays like the inkjs build on ${WALKS} seeded walks over every premise combination`,
    () => {
      const { inklecate, inkjs } = buildsOf(path);
      if ("error" in inkjs) throw inkjs.error;
      if (inklecate.json === undefined) {
        throw new Error(
          `inklecate did not compile the ${name}:\n${listDiagnostics(inklecate.diagnostics)}`,
        );
      }
      const started = performance.now();
      const report = crossCheck({
        first: { label: "inklecate", json: inklecate.json },
        second: { label: "inkjs", json: inkjs.json },
        meta: readStoryMeta(path),
        render: formatPlainTurn,
        seed: SEED,
        walks: WALKS,
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.info(
        `${name}: ${report.walks} walks (${report.choices} choices, ${report.distinctTranscripts} distinct transcripts, ` +
          `${report.premiseSetsCovered}/${report.premiseSets} premise sets, endings ${JSON.stringify(report.endings)}) in ${seconds} s`,
      );
      expect(report.difference, describeDifference(report)).toBeUndefined();
      expect(report.walks).toBe(WALKS);
      expect(report.premiseSetsCovered).toBe(report.premiseSets);
      expect(report.choices).toBeGreaterThan(0);
    },
    120_000,
  );
});
