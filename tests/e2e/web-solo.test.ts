/**
 * `khasan export-web DIR`: the solo player written as a static site and opened from disk in
 * headless Chromium. A whole game is played by clicking; the ending shows the comparison with
 * the record; no console errors; axe finds no WCAG A/AA violation; undo takes a choice back;
 * a folder holding files is refused.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, runCli } from "./run-cli";
import { checkAccessibility, hasChromium, launchBrowser, openPage } from "./web-browser";

describe("khasan export-web", () => {
  it("refuses a folder that already holds files, and writes into it with --force", async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, "notes.txt"), "mine");
    const refused = await runCli(["export-web", dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already holds files.*--force/);
    expect(existsSync(join(dir, "index.html"))).toBe(false);
    const forced = await runCli(["export-web", dir, "--force"]);
    expect(forced.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      ["index.html", "notes.txt", "solo.js", "story.js"].sort(),
    );
  });
});

const browserTest = hasChromium() || process.env.CI ? describe : describe.skip;

browserTest("the exported solo player in Chromium", () => {
  let browser: Browser;
  let index: string;
  beforeAll(async () => {
    const dir = join(makeTempDir(), "site");
    const result = await runCli(["export-web", dir]);
    expect(result.code).toBe(0);
    index = pathToFileURL(join(dir, "index.html")).href;
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("plays a whole game from disk to the comparison with the record", async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(index);
    await page.getByRole("button", { name: "Start a new game" }).click();
    expect(await checkAccessibility(page)).toEqual([]);
    const first = await page.locator(".choices button").first().textContent();
    await page.locator(".choices button").first().click();
    await page.getByRole("button", { name: "Undo" }).click();
    expect(await page.locator(".choices button").first().textContent()).toBe(first);
    for (let step = 0; step < 200; step += 1) {
      if ((await page.locator(".comparison").count()) > 0) break;
      await page.locator(".choices button").first().click();
    }
    const comparison = await page.locator(".comparison").textContent();
    expect(comparison).toContain("Your run and the historical record");
    expect(comparison).toContain("Sources");
    expect(await page.locator("h2").first().textContent()).toMatch(/^The end/);
    expect(await checkAccessibility(page)).toEqual([]);
    await page.reload();
    await expect(page.getByRole("button", { name: /Continue your game/ }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
