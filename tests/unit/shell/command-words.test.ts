import { describe, expect, it } from "vitest";
import { runCli as run } from "../../e2e/run-cli";

describe("help and command words", () => {
  it("prints the help for help help, with no error after it", async () => {
    const result = await run(["help", "help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: khasan \[options\] \[command\]/);
    expect(result.stderr).toBe("");
  });

  it("prints a command's help for help COMMAND", async () => {
    const result = await run(["help", "history"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: khasan history \[options\]/);
    expect(result.stderr).toBe("");
  });

  it("answers help with an unknown command in one line, exit 2, and no help text", async () => {
    const result = await run(["help", "nosuch"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^khasan: unknown command "nosuch": the commands are play, /);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("answers a mistyped command with a suggestion, not as a story path", async () => {
    for (const [typed, meant] of [
      ["histroy", "history"],
      ["explor", "explore"],
      ["comapre", "compare"],
    ]) {
      const result = await run([typed ?? ""]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `khasan: unknown command "${typed}": did you mean ${meant}? (khasan --help lists them)\n`,
      );
    }
  });

  it("still takes a path as a story to play", async () => {
    const result = await run(["no-such-story.ink"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).not.toContain("unknown command");
  });
});
