/**
 * Renders a debrief pack to PNG so anyone can look at it without a browser at hand:
 *   npm run debrief:png -- RUN.json [OUT.png]
 * builds the HTML with the CLI, opens it in headless Chromium and screenshots the whole page.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CHROMIUM, hasChromium, openHtml } from "./debrief-browser";

async function main(): Promise<void> {
  const [run, out = "debrief.png"] = process.argv.slice(2);
  if (!run) throw new Error("usage: npm run debrief:png -- RUN.json [OUT.png]");
  if (!hasChromium()) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
  const html = join(mkdtempSync(join(tmpdir(), "khasan-debrief-")), "debrief.html");
  const cli = resolve(__dirname, "..", "..", "dist", "cli.js");
  const built = spawnSync(process.execPath, [cli, "debrief", resolve(run), "--out", html], {
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(built.stderr.trim());
  const opened = await openHtml(html);
  try {
    await opened.page.screenshot({ path: resolve(out), fullPage: true });
  } finally {
    await opened.close();
  }
  for (const error of opened.errors) process.stderr.write(`console error: ${error}\n`);
  process.stdout.write(`Wrote ${resolve(out)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
