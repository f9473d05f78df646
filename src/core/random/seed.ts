/**
 * Seeds. One user seed feeds ink's storySeed and every other draw (random walks, tie breaks),
 * each derived from it by a fixed mixing function so any single draw can be reproduced alone.
 */

/** ink's PRNG works modulo 2^31 - 1; seeds stay below it. */
export const MAX_SEED = 2147483646;

export function isValidSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
}

/** The seed for draw `index` under `seed` (splitmix32-style mixing), in 0..MAX_SEED. */
export function deriveSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h % (MAX_SEED + 1);
}

/** A small deterministic generator (mulberry32) for draws that are not ink's own. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
