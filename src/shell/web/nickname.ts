/**
 * A nickname as a student types it, made safe to keep and show: control characters and the
 * Unicode direction overrides (which could reverse the text around a name) removed, spaces
 * collapsed, at most 24 characters. Pages still render it as text, never as markup.
 */

export const NICKNAME_MAX = 24;

/** C0/C1 controls, zero-width and direction marks, embeddings, overrides and isolates, BOM. */
function isUnsafe(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** The cleaned nickname, or undefined when nothing printable is left. */
export function cleanNickname(text: string): string | undefined {
  const kept = Array.from(text)
    .filter((char) => !isUnsafe(char.codePointAt(0) ?? 0))
    .join("");
  const clean = kept.replace(/\s+/g, " ").trim();
  const cut = Array.from(clean).slice(0, NICKNAME_MAX).join("").trim();
  return cut === "" ? undefined : cut;
}
