import { ErrorType } from "inkjs/engine/Error";
import { describe, expect, it } from "vitest";
import { StoryCompileError } from "../../../src/core/errors";
import { compileInk, parseDiagnostic } from "../../../src/core/story/compile-ink";
import { loadCompiledStory } from "../../../src/core/story/load-story";

function compileFiles(files: Record<string, string>, main = "main.ink") {
  return compileInk(files[main] ?? "", main, (name) => {
    const text = files[name];
    if (text === undefined) throw new Error(`no file ${name}`);
    return text;
  });
}

function compileError(files: Record<string, string>): StoryCompileError {
  try {
    compileFiles(files);
  } catch (error) {
    if (error instanceof StoryCompileError) return error;
    throw error;
  }
  throw new Error("expected a compile error");
}

describe("compileInk", () => {
  it("compiles ink with includes and reads the global metadata tags", () => {
    const { story } = compileFiles({
      "main.ink": "# title: Khasan\n# version: 1.2.3\nINCLUDE chapter.ink\n-> chapter\n",
      "chapter.ink": "=== chapter ===\nHello.\n-> END\n",
    });
    expect(story.meta).toEqual({ title: "Khasan", version: "1.2.3" });
    expect(story.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reports every error with its file and line, not just the first", () => {
    const error = compileError({
      "main.ink": "INCLUDE chapter.ink\nFine.\n-> chapter\n",
      "chapter.ink": "=== chapter ===\nOne {x + }.\nTwo.\n~ y = \n-> END\n",
    });
    const errors = error.diagnostics.filter((d) => d.severity === "error");
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors[0]).toMatchObject({ file: "chapter.ink", line: 2 });
    expect(errors.some((d) => d.line === 4)).toBe(true);
    expect(error.message).toMatch(/^ink compile error at chapter\.ink:2: .*\(and \d+ more\)$/);
    expect(error.code).toBe("story-compile");
  });

  it("does not repeat a diagnostic the parser reports several times", () => {
    const error = compileError({ "main.ink": "Hello {x + }\n-> END\n" });
    const texts = error.diagnostics.map((d) => `${d.line}:${d.message}`);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("returns warnings (TODOs) without failing", () => {
    const { warnings } = compileFiles({ "main.ink": "TODO: write more\nHello.\n-> END\n" });
    expect(warnings).toEqual([
      expect.objectContaining({ severity: "warning", file: "main.ink", line: 1 }),
    ]);
  });

  it("parses diagnostics with and without a location", () => {
    expect(parseDiagnostic("ERROR: 'a.ink' line 7: Bad thing", ErrorType.Error, "x.ink")).toEqual({
      severity: "error",
      file: "a.ink",
      line: 7,
      message: "Bad thing",
    });
    expect(parseDiagnostic("ERROR: odd", ErrorType.Error, "x.ink")).toEqual({
      severity: "error",
      file: "x.ink",
      line: null,
      message: "odd",
    });
  });
});

describe("loadCompiledStory", () => {
  const json = compileFiles({ "main.ink": "Hi.\n-> END\n" }).story.json;

  it("strips a BOM and gives the same hash with or without it", () => {
    expect(loadCompiledStory(`\uFEFF${json}`).hash).toBe(loadCompiledStory(json).hash);
  });

  it("refuses text that is not compiled ink, in one line", () => {
    expect(() => loadCompiledStory("{not json")).toThrow(/^cannot load the compiled story: /);
    expect(() => loadCompiledStory('{"root": []}')).toThrow(/no inkVersion field/);
  });

  it("refuses an ink format version newer than the runtime", () => {
    const future = json.replace(/"inkVersion":\d+/, '"inkVersion":99');
    expect(() => loadCompiledStory(future)).toThrow(/ink format version 99 is not supported/);
  });

  it("reads a whole float as inklecate writes it (1.0) as a float: it halves to 0.5, not 0", () => {
    const source = compileFiles({ "main.ink": "VAR f = 1.0\n{f / 2}\n-> END\n" }).story.json;
    // inkjs's compiler writes the 1.0 as 1; inklecate, whose JSON the runner also plays, keeps it.
    const inklecate = source.replace('"ev",1,{"VAR=":"f"}', '"ev",1.0,{"VAR=":"f"}');
    expect(inklecate).not.toBe(source);
    expect(loadCompiledStory(inklecate).createEngine().Continue()).toBe("0.5\n");
  });
});
