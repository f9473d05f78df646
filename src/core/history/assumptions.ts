/**
 * The model's assumptions as the story documents them: the `## Assumptions` section of the
 * story's README, one item per bullet or paragraph, Markdown emphasis and links flattened so a
 * terminal shows plain sentences.
 */

/** The items of the `## Assumptions` section, or undefined when the section is missing or empty. */
export function extractAssumptions(markdown: string): string[] | undefined {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((line) => /^##\s+Assumptions\s*$/i.test(line.trim()));
  if (start < 0) return undefined;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    body.push(line);
  }
  const items = splitItems(body)
    .map(flatten)
    .filter((item) => item !== "");
  return items.length > 0 ? items : undefined;
}

/** Bullets start items; blank lines end them; other lines continue the current item. */
function splitItems(body: readonly string[]): string[] {
  const items: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) items.push(current.join(" "));
    current = [];
  };
  for (const raw of body) {
    const line = raw.trim();
    if (line === "") flush();
    else if (/^([-*+]|\d+\.)\s+/.test(line)) {
      flush();
      current.push(line.replace(/^([-*+]|\d+\.)\s+/, ""));
    } else current.push(line);
  }
  flush();
  return items;
}

function flatten(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}
