/**
 * The solo player's HTML page: the stylesheet inline (a page opened from disk may not read
 * files beside it, and accessibility checkers try to), then the campaign's data script and the
 * bundled player by relative address, so the same page works opened from disk
 * (`khasan export-web`) and served by `khasan serve` at `/solo/`.
 */
import { escapeHtml, htmlHead, NO_FAVICON } from "../views/report-html";

export function renderSoloPage(title: string, css: string): string {
  return [
    ...htmlHead(title, [NO_FAVICON, `<style>${css.replace(/<\//g, "<\\/")}</style>`]),
    '<body class="solo">',
    '<main id="app">',
    `<h1>${escapeHtml(title)}</h1>`,
    "<noscript><p>The player needs JavaScript; nothing is fetched from the internet.</p></noscript>",
    "</main>",
    '<script src="story.js"></script>',
    '<script src="solo.js"></script>',
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
