/**
 * The teacher's command list fits the projector's 72 columns line by line, so no wrapping
 * pulls a command's description out from under its indent (seen in the rehearsal: "N", "pause"
 * and "lock-undo" lost their indent when a long line was wrapped).
 */
import { describe, expect, it } from "vitest";
import { LESSON_HELP } from "../../../src/core/classroom/lesson-command";
import { PROJECTOR_WIDTH } from "../../../src/shell/commands/classroom-run";

describe("LESSON_HELP", () => {
  it("keeps every line within the projector's width", () => {
    for (const line of LESSON_HELP.split("\n")) {
      expect(line.length, line).toBeLessThanOrEqual(PROJECTOR_WIDTH);
    }
  });

  it("indents every command and every continuation under its description", () => {
    const lines = LESSON_HELP.trimEnd().split("\n").slice(1);
    for (const line of lines) expect(line, line).toMatch(/^ {2}\S.{14}\S|^ {17}\S/);
  });
});
