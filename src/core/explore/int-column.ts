/**
 * A growable column of 32-bit integers: what the walk graph keeps per state and per edge
 * (walk-graph.ts), 4 bytes a value where an object field costs 8 and an object 30 or more, and
 * nothing for the garbage collector to trace.
 */
export class IntColumn {
  private data: Int32Array;
  private size = 0;

  /** `fill`: the value of slots never set (when the column grows past them). */
  constructor(
    private readonly fill = 0,
    capacity = 1024,
  ) {
    this.data = new Int32Array(capacity);
    if (fill !== 0) this.data.fill(fill);
  }

  get length(): number {
    return this.size;
  }

  get(index: number): number {
    return index < this.size ? (this.data[index] as number) : this.fill;
  }

  /** Sets slot `index`, growing the column (every slot between gets `fill`). */
  set(index: number, value: number): void {
    if (index >= this.data.length) this.grow(index + 1);
    this.data[index] = value;
    if (index >= this.size) this.size = index + 1;
  }

  /** Appends a value; returns its index. */
  push(value: number): number {
    const index = this.size;
    this.set(index, value);
    return index;
  }

  /** Appends `count` slots holding `fill`; returns the first one's index. */
  reserve(count: number): number {
    const first = this.size;
    if (first + count > this.data.length) this.grow(first + count);
    this.size = first + count;
    return first;
  }

  private grow(needed: number): void {
    let capacity = this.data.length * 2;
    while (capacity < needed) capacity *= 2;
    const data = new Int32Array(capacity);
    if (this.fill !== 0) data.fill(this.fill, this.data.length);
    data.set(this.data);
    this.data = data;
  }
}
