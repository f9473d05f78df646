/**
 * `khasan serve` refuses bad options with one line and exit 2 before it listens: a resumed
 * lesson keeps its own settings, there must be a lesson to resume, and a port is a port.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../e2e/run-cli";

describe("khasan serve's options", () => {
  it("refuses lesson settings with --continue: the lesson keeps its own", async () => {
    const { stdout, stderr, code } = await runCli(["serve", "--continue", "--cut", "90"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "khasan: --continue resumes the lesson with its own settings: leave out --cut\n",
    );
  });

  it("says when there is no web lesson to continue", async () => {
    const { stderr, code } = await runCli(["serve", "--continue", "--port", "0"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^khasan: no web lesson to continue: .*web-lesson\.json is not there/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a port out of range and an unknown cut", async () => {
    const port = await runCli(["serve", "--port", "70000"]);
    expect(port).toMatchObject({
      code: 2,
      stderr: 'khasan: --port "70000" is not a port (0 to 65535)\n',
    });
    const cut = await runCli(["serve", "--cut", "30", "--port", "0"]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/^khasan: --cut "30" is not a lesson: choose from 45, 90\n$/);
  });
});
