/**
 * Lint of ink source text: integral float literals such as `3.0` in logic, which the inkjs
 * compiler turns into integers while inklecate keeps them floats (DESIGN.md 2: write FLOAT(3)).
 */
export interface LintFinding {
  file: string;
  line: number;
  message: string;
}

const FLOAT = /(?<![\w.])\d+\.0+(?![\w.])/;
const LOGIC = /^\s*(~|VAR\b|CONST\b)|\{/;

export function lintInkSource(file: string, source: string): LintFinding[] {
  const findings: LintFinding[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const text = raw.replace(/\/\/.*$/, "");
    const match = LOGIC.test(text) ? FLOAT.exec(text) : null;
    if (match) {
      findings.push({
        file,
        line: i + 1,
        message: `integral float literal ${match[0]}: write FLOAT(${match[0].split(".")[0]})`,
      });
    }
  });
  return findings;
}

/** The files an ink source INCLUDEs, as written. */
export function includesOf(source: string): string[] {
  return [...source.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)].map((m) => m[1] as string);
}
