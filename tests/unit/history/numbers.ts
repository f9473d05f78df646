/**
 * Test helper for "no figure in any output that is not in the record": pulls every number out
 * of a text (thousands separators removed, source references like [12] and numbered-list markers ignored) and
 * every number written anywhere in record.json, dates included.
 */

/** Numbers in rendered output, minus bracketed source references. */
export function numbersIn(text: string): number[] {
  const withoutRefs = text.replace(/\[\d+(?:,\s+\d+)*\]/g, " ").replace(/^\d+\. /gm, " ");
  return [...withoutRefs.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) =>
    Number(m[0].replace(/,/g, "").replace(/\.$/, "")),
  );
}

/** Every number in the record's JSON text, including the parts of its dates. */
export function recordNumbers(recordText: string): Set<number> {
  return new Set(numbersIn(recordText.replace(/-/g, " ")));
}
