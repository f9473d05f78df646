/**
 * `khasan serve --continue` checks the lesson's run against the story before it serves it, as
 * `continue` does for a save: premises within their values, the same story build. A lesson
 * file edited by hand is refused with one line naming the file, and the file is left as it was.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KhasanError } from "../../src/core/errors";
import { makeDataDir, startTestLesson } from "./lesson-server";

/** A lesson started and stopped in a fresh data directory, then edited by `edit`. */
async function editedLesson(
  edit: (run: Record<string, unknown>) => void,
): Promise<{ dataDir: string; file: string; text: string }> {
  const dataDir = makeDataDir();
  const started = await startTestLesson({ dataDir });
  await started.close();
  const data = JSON.parse(readFileSync(started.file, "utf8")) as { run: Record<string, unknown> };
  edit(data.run);
  const text = `${JSON.stringify(data)}\n`;
  writeFileSync(started.file, text);
  return { dataDir, file: started.file, text };
}

/** Resumes the lesson; returns the error it was refused with (or closes it and says so). */
async function resumeError(dataDir: string): Promise<unknown> {
  try {
    const resumed = await startTestLesson({ dataDir, continue: true });
    await resumed.close();
    return "resumed";
  } catch (error) {
    return error;
  }
}

describe("a resumed web lesson is checked against the story", () => {
  it("refuses a run whose premise is out of its values, in one line", async () => {
    const lesson = await editedLesson((run) => {
      run.premises = { fog_lifts_early: 12345 };
    });
    const error = await resumeError(lesson.dataDir);
    expect(error).toBeInstanceOf(KhasanError);
    expect((error as KhasanError).code).toBe("save-corrupt");
    expect((error as KhasanError).message).toContain(lesson.file);
    expect((error as KhasanError).message).toMatch(/premise fog_lifts_early to 12345/);
    expect((error as KhasanError).message).not.toContain("\n");
    expect(readFileSync(lesson.file, "utf8")).toBe(lesson.text);
  });

  it("refuses a run that sets a premise the story does not have", async () => {
    const lesson = await editedLesson((run) => {
      run.premises = { nonsense: true };
    });
    const error = await resumeError(lesson.dataDir);
    expect((error as KhasanError).code).toBe("save-corrupt");
    expect((error as KhasanError).message).toMatch(/"nonsense", which is not a premise/);
  });

  it("refuses a run made with another story build, in one line", async () => {
    const lesson = await editedLesson((run) => {
      run.storyHash = "0".repeat(64);
    });
    const error = await resumeError(lesson.dataDir);
    expect((error as KhasanError).code).toBe("save-other-story");
    expect((error as KhasanError).message).toContain(lesson.file);
    expect((error as KhasanError).message).not.toContain("\n");
    expect(readFileSync(lesson.file, "utf8")).toBe(lesson.text);
  });
});
