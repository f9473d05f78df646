/**
 * The frame of every printable HTML file (role cards, facilitator sheet, debrief): one
 * self-contained page with inline CSS for screen and print, no scripts and no network. All
 * text goes through `escapeHtml`, so story lines and class notes can never become markup.
 */

import { terminalText } from "./safe-text";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for an HTML element or a quoted attribute. Control characters and escape
 * sequences go too (`terminalText`): HTML does not allow them, and a page printed to the
 * terminal (`roles --format html` without `--out`) must not drive it.
 */
export function escapeHtml(text: string): string {
  return terminalText(text).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const BASE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 Georgia, "DejaVu Serif", serif; color: #1b1b1b; margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
h1, h2, h3 { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; line-height: 1.2; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #7a1f1f; padding-bottom: .2rem; margin-top: 1.6rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
.subtitle { color: #555; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95em; }
th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid #ccc; }
th { background: #f1ece4; }
.muted { color: #666; }
.tag { display: inline-block; font: .8em sans-serif; padding: 0 .35rem; border-radius: .2rem; background: #eee; }
.tag.hist { background: #e3efe0; }
.tag.diff { background: #f6e3d6; }
.page { page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
ol.sources { font-size: .9em; }
svg { max-width: 100%; height: auto; }
@page { size: A4; margin: 16mm; }
@media print { body { max-width: none; padding: 0; font-size: 10.5pt; } a { color: inherit; text-decoration: none; } }
`;

/** For served pages: a blank icon, so the browser does not ask the server for a favicon. */
export const NO_FAVICON = '<link rel="icon" href="data:,">';

/**
 * The lines of every page of ours from the doctype to `</head>`: English, UTF-8, the viewport
 * for phones, the escaped `title`, then `extra` (stylesheets, scripts, icon: markup as given).
 */
export function htmlHead(title: string, extra: readonly string[] = []): string[] {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...extra,
    "</head>",
  ];
}

/** A whole HTML document; `body` must already be escaped markup. */
export function htmlPage(title: string, body: string, css = ""): string {
  return [
    ...htmlHead(title, [`<style>${BASE_CSS}${css}</style>`]),
    `<body>\n${body}\n</body>`,
    "</html>",
    "",
  ].join("\n");
}

/** `<tag>escaped text</tag>` */
export function el(tag: string, text: string, className?: string): string {
  const cls = className ? ` class="${escapeHtml(className)}"` : "";
  return `<${tag}${cls}>${escapeHtml(text)}</${tag}>`;
}
