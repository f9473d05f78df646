/**
 * Golden transcripts (ink-proof layout): each folder holds story.ink, input.txt, metadata.json
 * (CLI arguments, which output is the product, the exit code when not 0) and transcript.txt,
 * the reviewed output. Regenerate deliberately with `npx vitest run tests/golden -u` and review
 * the diff. The CLI runs in process (`main` with fake streams, tests/e2e/run-cli.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../e2e/run-cli";
const cases = readdirSync(__dirname, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

interface Metadata {
  args: string[];
  output: "stdout" | "transcript";
  about: string;
  /** The exit code expected (0 when not given). */
  exitCode?: number;
}

async function run(dir: string, meta: Metadata): Promise<string> {
  // Directly under the system's temp folder, as the transcripts were made: the player wraps
  // the save path, so a longer folder name would move a line break.
  const data = mkdtempSync(join(tmpdir(), "khasan-golden-"));
  const transcript = join(data, "transcript.txt");
  const extra = meta.output === "transcript" ? ["--transcript", transcript] : [];
  try {
    const result = await runCli(["play", "story.ink", ...meta.args, ...extra, "--data-dir", data], {
      cwd: dir,
      dataDir: data,
      stdin: readFileSync(join(dir, "input.txt"), "utf8"),
      env: { NO_COLOR: "1" },
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(meta.exitCode ?? 0);
    const text = meta.output === "transcript" ? readFileSync(transcript, "utf8") : result.stdout;
    // The save path depends on the temporary data folder; the hash lines do not.
    return text.replaceAll(data, "<data>");
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}

describe("golden transcripts", () => {
  for (const name of cases) {
    const dir = join(__dirname, name);
    const meta: Metadata = JSON.parse(readFileSync(join(dir, "metadata.json"), "utf8"));
    it(`${name}: ${meta.about}`, async () => {
      const first = await run(dir, meta);
      expect(await run(dir, meta)).toBe(first);
      await expect(first).toMatchFileSnapshot(join(dir, "transcript.txt"));
    });
  }

  it("gives different RANDOM draws under different seeds", () => {
    const read = (name: string) => readFileSync(join(__dirname, name, "transcript.txt"), "utf8");
    expect(read("random-seed-1")).not.toBe(read("random-seed-2"));
  });
});
