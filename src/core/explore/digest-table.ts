/**
 * The walk's memo: state key → walk node. A key is a 20-byte sha1 digest (state-key.ts, as a
 * string of 20 one-byte characters); a Map spends about 75 bytes on each (the string object,
 * the entry, its hash bucket), this open-addressing table 24 (the digest in five 32-bit words,
 * the node) at three quarters full at most. The digests are uniform, so their first word is the
 * hash. Only the whole digest decides equality, as in the Map.
 */
const WORDS = 5;
const KEY_LENGTH = WORDS * 4;

export class DigestTable {
  private words: Uint32Array;
  /** Node + 1 per slot; 0 is an empty slot. */
  private values: Int32Array;
  private mask: number;
  private count = 0;
  private readonly probe = new Uint32Array(WORDS);

  constructor(capacity = 1 << 12) {
    this.words = new Uint32Array(capacity * WORDS);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The node stored for `key`, or -1. */
  get(key: string): number {
    this.read(key);
    const slot = this.find(this.probe);
    return (this.values[slot] as number) - 1;
  }

  /** Stores `node` (≥ 0) for `key`, replacing what was stored. */
  set(key: string, node: number): void {
    this.read(key);
    const slot = this.find(this.probe);
    if (this.values[slot] === 0) {
      this.words.set(this.probe, slot * WORDS);
      this.count += 1;
    }
    this.values[slot] = node + 1;
    if (this.count * 4 > this.values.length * 3) this.grow();
  }

  /** The slot holding `digest`, or the empty slot where it would go. */
  private find(digest: Uint32Array): number {
    const { words, values, mask } = this;
    let slot = (digest[0] as number) & mask;
    for (;;) {
      if (values[slot] === 0) return slot;
      const at = slot * WORDS;
      if (
        words[at] === digest[0] &&
        words[at + 1] === digest[1] &&
        words[at + 2] === digest[2] &&
        words[at + 3] === digest[3] &&
        words[at + 4] === digest[4]
      ) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private read(key: string): void {
    if (key.length !== KEY_LENGTH) throw new Error(`a state key has ${key.length} characters`);
    for (let w = 0; w < WORDS; w++) {
      const c = w * 4;
      this.probe[w] =
        (key.charCodeAt(c) |
          (key.charCodeAt(c + 1) << 8) |
          (key.charCodeAt(c + 2) << 16) |
          (key.charCodeAt(c + 3) << 24)) >>>
        0;
    }
  }

  private grow(): void {
    const { words, values } = this;
    const capacity = values.length * 2;
    this.words = new Uint32Array(capacity * WORDS);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    const digest = new Uint32Array(WORDS);
    for (let old = 0; old < values.length; old++) {
      const value = values[old] as number;
      if (value === 0) continue;
      digest.set(words.subarray(old * WORDS, old * WORDS + WORDS));
      const slot = this.find(digest);
      this.words.set(digest, slot * WORDS);
      this.values[slot] = value;
    }
  }
}
