/**
 * Renders what a teacher prints for a lesson to PNG, so it can be looked at without a browser:
 *   npm run lesson:png -- [OUTDIR] [--cut 45|90]
 * plays the cut once as a classroom (seeded, the commander deciding option 1 every time), then
 * writes with the CLI and screenshots in headless Chromium: the first role card, the briefing
 * with the map of the sector, the facilitator's sheet, the student handout, the teacher's
 * debrief pack and the stats page.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CHROMIUM, hasChromium, openHtml } from "./debrief-browser";

const CLI = resolve(__dirname, "..", "..", "dist", "cli.js");

function khasan(args: string[], input = ""): string {
  const run = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`khasan ${args.join(" ")}: ${run.stderr.trim()}`);
  return run.stdout;
}

/** One PNG of a page: the whole page, or only the first element matching `first`. */
async function shoot(html: string, png: string, width: number, first?: string): Promise<void> {
  const opened = await openHtml(html, width);
  try {
    if (first) await opened.page.locator(first).first().screenshot({ path: png });
    else await opened.page.screenshot({ path: png, fullPage: true });
  } finally {
    await opened.close();
  }
  for (const error of opened.errors) process.stderr.write(`console error in ${html}: ${error}\n`);
  process.stdout.write(`Wrote ${png}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const cutAt = args.indexOf("--cut");
  const cut = cutAt >= 0 ? (args[cutAt + 1] ?? "45") : "45";
  const out = resolve(
    args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--cut") ?? "lesson-png",
  );
  if (!hasChromium()) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "khasan-lesson-png-"));
  const data = join(work, "data");
  const decide = Array.from({ length: 40 }, () => "decide 1").join("\n");
  const setup = ["classroom", "--cut", cut, "--seed", "1938", "--rule", "commander"];
  const lesson = khasan(
    [...setup, "--roles", "all", "--class-size", "24", "--data-dir", data],
    `${decide}\nquit\n`,
  );
  const run = /The lesson is saved as (.+\.json)/.exec(lesson)?.[1];
  if (!run) throw new Error(`the lesson did not end:\n${lesson.slice(-600)}`);
  khasan(["roles", "--format", "html", "--cut", cut, "--out", work]);
  khasan(["debrief", run, "--student", "--out", join(work, "handout.html")]);
  khasan(["debrief", run, "--out", join(work, "teacher-pack.html")]);
  const stats = khasan(["stats", run, "--format", "html"]);
  const statsFile = join(work, "stats.html");
  writeFileSync(statsFile, stats);
  await shoot(join(work, "role-cards.html"), join(out, "role-card.png"), 900, ".page");
  await shoot(join(work, "briefing.html"), join(out, "briefing.png"), 900);
  await shoot(join(work, "facilitator-sheet.html"), join(out, "facilitator-sheet.png"), 900);
  await shoot(join(work, "handout.html"), join(out, "student-handout.png"), 900);
  await shoot(join(work, "teacher-pack.html"), join(out, "teacher-pack.png"), 900);
  await shoot(statsFile, join(out, "stats.png"), 900);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
