/**
 * Output closed early, as by `khasan play --json | head -1`: the player must stop quietly,
 * without an unhandled EPIPE stack trace.
 */
import { describe, it } from "vitest";
import { MINI_STORY, stackLines, startCli } from "./run-cli";

describe.concurrent("a closed stdout", () => {
  // Bug: the write to a closed pipe raises an unhandled 'error' event (EPIPE) with a stack trace.
  it("stops without a stack trace when the reader goes away", async ({ expect }) => {
    const cli = startCli(["play", MINI_STORY, "--json", "--seed", "7"]);
    await cli.waitFor("\n", 1);
    cli.closeOutput();
    cli.write("2\n1\n");
    cli.endInput();
    const result = await cli.done;
    expect(stackLines(result.stderr)).toEqual([]);
  });
});
