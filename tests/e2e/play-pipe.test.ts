/**
 * Output closed early, as by `khasan play --json | head -1`: the player must stop quietly,
 * without an unhandled EPIPE stack trace.
 */
import { describe, it } from "vitest";
import { MINI_STORY, spawnCli, stackLines } from "./run-cli";

describe.concurrent("a closed stdout", () => {
  // A write to a closed pipe raises EPIPE; cli.ts stops quietly instead of printing a trace.
  it("stops without a stack trace when the reader goes away", async ({ expect }) => {
    const cli = spawnCli(["play", MINI_STORY, "--json", "--seed", "7"]);
    await cli.waitFor("\n", 1);
    cli.closeOutput();
    cli.write("2\n1\n");
    cli.endInput();
    const result = await cli.done;
    expect(stackLines(result.stderr)).toEqual([]);
  });
});
