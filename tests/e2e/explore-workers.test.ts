/**
 * `--all-premises` splits the premise sets between worker threads, each exploring its share in
 * one shared walk; each section must be exactly what a single run gives for the same premises.
 */
import { describe, expect, it } from "vitest";
import { MINI_STORY, runSpawned } from "./run-cli";

describe("explore on worker threads", () => {
  it("gives the same sections as one premise set at a time", async () => {
    const all = await runSpawned([
      "explore",
      MINI_STORY,
      "--all-premises",
      "--seed",
      "5",
      "--format",
      "json",
    ]);
    expect(all.code).toBe(0);
    const sections = JSON.parse(all.stdout).sections;
    expect(sections).toHaveLength(2);
    for (const [i, set] of [
      ["--set", "fog_lifts_early=false"],
      ["--set", "fog_lifts_early=true"],
    ].entries()) {
      const one = await runSpawned([
        "explore",
        MINI_STORY,
        ...set,
        "--seed",
        "5",
        "--format",
        "json",
      ]);
      expect(JSON.parse(one.stdout).sections[0]).toEqual(sections[i]);
    }
  }, 60_000); // three runs of the CLI: slow on a busy machine
});
