/**
 * The README states what khasan accepts and what it runs on: every file-size limit of
 * read-limited.ts in its Limits table, and the production dependency tree, which must name
 * every package package-lock.json installs for production, at its locked version.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeLimit, FILE_LIMITS, type FileKind } from "../../../src/shell/files/read-limited";

const ROOT = join(__dirname, "..", "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The text of the README section that starts with `heading`, up to the next `## `. */
function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  expect(start, `README has no "${heading}"`).toBeGreaterThan(0);
  const end = README.indexOf("\n## ", start + heading.length + 2);
  return README.slice(start, end < 0 ? undefined : end);
}

describe("the README", () => {
  it("states each file-size limit khasan applies, in its Limits table", () => {
    const rows = section("## Limits")
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| file "));
    const stated = rows.map((row) => row.split("|")[2]?.trim());
    for (const kind of Object.keys(FILE_LIMITS) as FileKind[]) {
      expect(stated, `the ${kind} limit`).toContain(describeLimit(kind));
    }
    expect(rows).toHaveLength(Object.keys(FILE_LIMITS).length);
    expect(section("## Limits")).toMatch(/regular file: a folder, a FIFO or a device/);
  });

  it("lists every production package of package-lock.json at its locked version", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean }>;
    };
    const locked = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && !entry.dev && !entry.devOptional)
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, "")}@${entry.version}`);
    const tree = section("## Dependencies").split("```")[1] ?? "";
    const listed = new Set(
      tree
        .split("\n")
        .filter((line) => !line.includes("UNMET OPTIONAL"))
        .map((line) => /([@\w./-]+@\d[\w.+-]*)(?: deduped)?$/.exec(line)?.[1])
        .filter((name): name is string => name !== undefined && !name.startsWith("khasan-1938@")),
    );
    expect([...listed].sort()).toEqual([...new Set(locked)].sort());
  });
});
