/**
 * One headless Chromium for the web tests (Debian's `chromium`, driven by playwright-core):
 * many browser contexts share it, each one a phone, a projector or the teacher's laptop. Every
 * console error and page error is collected per page, and `checkAccessibility` runs axe-core
 * (from npm, injected into the page) against WCAG 2 A and AA.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM } from "./debrief-browser";
import { ROOT } from "./run-cli";

export { CHROMIUM };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-dev-shm-usage",
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export const PHONE = { width: 390, height: 780 };
export const PROJECTOR = { width: 1920, height: 1080 };
export const LAPTOP = { width: 1280, height: 800 };

/** A fresh context (its own storage, like a separate device) with one watched page. */
export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = PHONE,
): Promise<WatchedPage> {
  // bypassCSP lets axe-core be injected into pages whose policy allows only their own scripts.
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, errors };
}

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** axe-core's WCAG 2 A/AA violations on the page as it stands, as `id: target` lines. */
export async function checkAccessibility(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const page = globalThis as unknown as { axe: AxeLike; document: unknown };
    const result = await page.axe.run(page.document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] },
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((node) => `${v.id}: ${node.target.join(" ")}`),
    );
  });
}

interface AxeLike {
  run: (
    context: unknown,
    options: unknown,
  ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}
