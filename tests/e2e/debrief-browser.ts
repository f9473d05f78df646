/**
 * Opens an HTML file in headless Chromium for the debrief test and the PNG scripts: a page of
 * `width` pixels in a browser of its own (web-browser.ts), every console and page error
 * collected.
 */
import { pathToFileURL } from "node:url";
import { type OpenedPage, openUrl } from "./web-browser";

export { CHROMIUM, hasChromium, type OpenedPage } from "./web-browser";

export function openHtml(file: string, width = 900): Promise<OpenedPage> {
  return openUrl(pathToFileURL(file).href, { width, height: 1200 });
}
