/**
 * ink tags as the story contract uses them (DESIGN.md 3.2): `key: value` or a bare `key`.
 */

/** Who decides a decision whose `role:` tag is missing (DESIGN.md 3.2). */
export const DEFAULT_ROLE = "blyukher";

export interface Tag {
  key: string;
  /** Empty for a bare tag such as `historical`. */
  value: string;
  /** The tag exactly as written, for formats that must echo it (`--plain`). */
  raw: string;
}

export function parseTag(raw: string): Tag {
  const text = raw.trim();
  const colon = text.indexOf(":");
  if (colon < 0) return { key: text, value: "", raw };
  return { key: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim(), raw };
}

export function parseTags(raw: readonly string[]): Tag[] {
  return raw.map(parseTag).filter((tag) => tag.key !== "");
}

/** The value of the first tag with this key, if any. */
export function tagValue(tags: readonly Tag[], key: string): string | undefined {
  return tags.find((tag) => tag.key === key)?.value;
}

export function hasTag(tags: readonly Tag[], key: string): boolean {
  return tags.some((tag) => tag.key === key);
}

export function tagValues(tags: readonly Tag[], key: string): string[] {
  return tags.filter((tag) => tag.key === key).map((tag) => tag.value);
}
