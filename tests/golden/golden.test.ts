/**
 * Golden transcripts (ink-proof layout): each folder holds story.ink, input.txt, metadata.json
 * (CLI arguments and which output is the product) and transcript.txt, the reviewed output.
 * Regenerate deliberately with `npx vitest run tests/golden -u` and review the diff.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(__dirname, "..", "..", "dist", "cli.js");
const cases = readdirSync(__dirname, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

interface Metadata {
  args: string[];
  output: "stdout" | "transcript";
  about: string;
}

function run(dir: string, meta: Metadata): string {
  const data = mkdtempSync(join(tmpdir(), "khasan-golden-"));
  const transcript = join(data, "transcript.txt");
  const extra = meta.output === "transcript" ? ["--transcript", transcript] : [];
  try {
    const result = spawnSync(
      process.execPath,
      [CLI, "play", "story.ink", ...meta.args, ...extra, "--data-dir", data],
      { cwd: dir, input: readFileSync(join(dir, "input.txt")), env: { ...process.env, NO_COLOR: "1" } },
    );
    expect(result.stderr.toString()).toBe("");
    const text = meta.output === "transcript" ? readFileSync(transcript, "utf8") : result.stdout.toString();
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
      const first = run(dir, meta);
      expect(run(dir, meta)).toBe(first);
      await expect(first).toMatchFileSnapshot(join(dir, "transcript.txt"));
    });
  }

  it("gives different RANDOM draws under different seeds", () => {
    const read = (name: string) => readFileSync(join(__dirname, name, "transcript.txt"), "utf8");
    expect(read("random-seed-1")).not.toBe(read("random-seed-2"));
  });
});
