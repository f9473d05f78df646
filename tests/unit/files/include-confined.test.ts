import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileInkFile } from "../../../src/shell/files/story-files";
import { makeTempDir } from "../../helpers/temp-dir";

/** A story folder inside a parent that holds a secret file beside it. */
function storyWith(include: string): string {
  const parent = makeTempDir("khasan-inc-");
  writeFileSync(join(parent, "secret.ink"), "SECRET-CONTENT\n");
  const dir = join(parent, "story");
  mkdirSync(join(dir, "chapters"), { recursive: true });
  writeFileSync(join(dir, "chapters", "one.ink"), "Chapter one.\n");
  writeFileSync(join(dir, "main.ink"), `INCLUDE ${include}\nStart.\n-> END\n`);
  return dir;
}

describe("INCLUDE", () => {
  it("reads a file inside the story's folder", () => {
    const dir = storyWith("chapters/one.ink");
    expect(compileInkFile(join(dir, "main.ink")).story.json).toContain("Chapter one.");
  });

  it("refuses a path that climbs out of the story's folder, showing none of the file", () => {
    const dir = storyWith("../secret.ink");
    expect(() => compileInkFile(join(dir, "main.ink"))).toThrow(
      expect.objectContaining({
        code: "story-load",
        message: expect.stringMatching(/^INCLUDE \.\.\/secret\.ink in main\.ink is outside/),
      }),
    );
  });

  it("refuses a symbolic link inside the folder that points out of it", () => {
    const dir = storyWith("chapters/link.ink");
    symlinkSync(join(dir, "..", "secret.ink"), join(dir, "chapters", "link.ink"));
    expect(() => compileInkFile(join(dir, "main.ink"))).toThrow(/outside the story's folder/);
    const passwd = storyWith("../../../../../../../../etc/passwd");
    expect(() => compileInkFile(join(passwd, "main.ink"))).toThrow(/outside the story's folder/);
  });
});
