/**
 * Text from outside the program (a story, the record, a roles file, a save someone edited)
 * made safe to show. On a terminal, control characters and escape sequences could clear the
 * screen, retitle the window or plant a link to another site: `terminalText` drops them all,
 * whole sequences included, and every terminal view passes outside strings through it. In
 * Markdown, `markdownText` escapes what would otherwise become HTML, links or formatting.
 */

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC (ESC ] … BEL or ST), and
// two-byte escapes; then their 8-bit forms (C1 CSI U+009B, OSC U+009D, …, ST U+009C).
const ESCAPE_SEQUENCE = new RegExp(
  [
    "\\u001b\\[[0-?]*[ -/]*[@-~]?",
    "\\u001b[\\]PX^_][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?",
    "\\u001b[ -/]*[0-~]?",
    "\\u009b[0-?]*[ -/]*[@-~]?",
    "[\\u009d\\u0090\\u0098\\u009e\\u009f][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?",
  ].join("|"),
  "g",
);
// What is left: every C0 control but tab and newline, DEL, every C1 control, and the
// bidirectional overrides that make text read differently from what it holds.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without control characters or escape sequences (tabs and newlines are kept). */
export function terminalText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}

/** `text` on one line: also turns tabs and newlines into spaces (labels, table cells). */
export function terminalLine(text: string): string {
  return terminalText(text).replace(/[\t\n]/g, " ");
}

const MARKDOWN_SPECIAL = /[\\`*_[\]{}()#+!|~]/g;
const HTML_SPECIAL: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * `text` as literal Markdown: no HTML (`<`, `>`, `&` become entities), no links, emphasis,
 * code, headings or table breaks; control characters dropped; newlines kept.
 */
export function markdownText(text: string): string {
  return terminalText(text)
    .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
    .replace(/[&<>]/g, (char) => HTML_SPECIAL[char] ?? char)
    .replace(/^(\s*)([-=])/gm, "$1\\$2")
    .replace(/^(\s*\d+)\./gm, "$1\\.");
}

/**
 * An address as a Markdown autolink (`<https://…>`) when it is a plain http(s) address, else as
 * literal text: a link can point nowhere but where it says.
 */
export function markdownUrl(url: string): string {
  return /^https?:\/\/[!#-;=?-~]+$/.test(url) ? `<${url}>` : markdownText(url);
}

/**
 * A copy of `value` with every string in it (however deep, keys aside) passed through
 * `terminalText`: what a terminal view does first with the data it is given.
 */
export function terminalSafe<T>(value: T): T {
  return mapStrings(value, terminalText);
}

/** The same for a Markdown view: every string through `markdownText`. */
export function markdownSafe<T>(value: T): T {
  return mapStrings(value, markdownText);
}

function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === "string") return map(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map)) as T;
  if (value === null || typeof value !== "object") return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value; // Maps, Sets, classes
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = mapStrings(item, map);
  return copy as T;
}
