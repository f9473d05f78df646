/**
 * The one way the tests and scripts start headless Chromium (Debian's `chromium`, driven by
 * playwright-core): `launchBrowser` for many browser contexts sharing one browser, each one a
 * phone, a projector or the teacher's laptop; `openUrl` for one page at an address. Every
 * console error and page error is collected per page, and `checkAccessibility` runs axe-core
 * (from npm, injected into the page) against WCAG 2 A and AA.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { ROOT } from "./run-cli";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** A fresh headless Chromium with no network services; playwright removes its profile on close. */
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

export interface OpenedPage {
  page: Page;
  errors: string[];
  /** Closes the page's own browser. */
  close: () => Promise<void>;
}

/** A browser of its own with one watched page, loaded at `url`. */
export async function openUrl(
  url: string,
  viewport: { width: number; height: number },
): Promise<OpenedPage> {
  const browser = await launchBrowser();
  try {
    const { page, errors } = await openPage(browser, viewport);
    await page.goto(url, { waitUntil: "load" });
    return { page, errors, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
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
