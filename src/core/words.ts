/**
 * Counted nouns in messages: "1 choice", "2 choices", never "1 choices".
 */

/** `count` and the noun, plural unless the count is one (`pluralForm` for irregular nouns). */
export function plural(count: number | bigint, noun: string, pluralForm = `${noun}s`): string {
  const shown =
    typeof count === "bigint" ? count.toLocaleString("en-US") : count.toLocaleString("en-US");
  return `${shown} ${count === 1 || count === 1n ? noun : pluralForm}`;
}
