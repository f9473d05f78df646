/**
 * `khasan stats FOLDER` does not follow symbolic links: a link loop would never end, and a link
 * to a folder or a run already in the folder would count the same runs again. The built CLI
 * is spawned, so that a walk that never ends is stopped and fails the test instead of hanging it.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { makeTempDir, spawnCli } from "./run-cli";

describe("khasan stats on a folder with symbolic links", () => {
  it("reads each run file once and follows no link", async ({ expect }) => {
    const folder = join(makeTempDir(), "class");
    mkdirSync(join(folder, "group"), { recursive: true });
    writeFileSync(join(folder, "group", "run.json"), "{}");
    symlinkSync(".", join(folder, "group", "loop"));
    symlinkSync("..", join(folder, "group", "up"));
    symlinkSync(join(folder, "group"), join(folder, "again"));
    symlinkSync(join(folder, "group", "run.json"), join(folder, "copy.json"));
    const running = spawnCli(["stats", folder, "--format", "json"]);
    running.endInput();
    const stop = setTimeout(() => running.kill("SIGKILL"), 30_000);
    const result = await running.done;
    clearTimeout(stop);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const stats = JSON.parse(result.stdout) as { leftOut: { label: string }[] };
    const labels = stats.leftOut.map((entry) => entry.label);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/class\/group\/run\.json$/);
  });
});
