/**
 * The walk's memo (digest-table.ts) must answer exactly as a Map of the same keys: equal
 * digests only, whatever their first word (its hash) shares with others, across its growth.
 */
import { describe, expect, test } from "vitest";
import { DigestTable } from "../../../src/core/explore/digest-table";

/** A seeded stream of bytes (a linear congruential generator). */
function bytes(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 24;
  };
}

function key(next: () => number): string {
  return String.fromCharCode(...Array.from({ length: 20 }, next));
}

describe("the digest table", () => {
  const next = bytes(38);
  const keys: string[] = [];
  for (let i = 0; i < 3000; i++) keys.push(key(next));
  // Keys equal but in one byte, each position in turn: same hash, or same first words.
  const base = key(next);
  for (let at = 0; at < 20; at++) {
    const code = (base.charCodeAt(at) + 1) % 256;
    keys.push(base.slice(0, at) + String.fromCharCode(code) + base.slice(at + 1));
  }
  keys.push(base);

  test("finds every key stored, and only those, as a Map does", () => {
    const table = new DigestTable(4);
    const map = new Map<string, number>();
    keys.forEach((k, i) => {
      if (i % 3 === 2) return;
      table.set(k, i);
      map.set(k, i);
    });
    expect(table.size).toBe(map.size);
    for (const k of keys) expect(table.get(k)).toBe(map.get(k) ?? -1);
  });

  test("replaces the node stored for a key", () => {
    const table = new DigestTable();
    table.set(base, 5);
    table.set(base, 0);
    expect(table.get(base)).toBe(0);
    expect(table.size).toBe(1);
  });

  test("refuses a key that is not a 20-byte digest", () => {
    expect(() => new DigestTable().get("short")).toThrow(/5 characters/);
  });
});
