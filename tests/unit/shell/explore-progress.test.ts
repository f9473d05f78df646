import { Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import { progressLine } from "../../../src/shell/interactive/explore-progress";

function fakeStderr(isTTY: boolean): Writable & { text: string; isTTY: boolean } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk);
      done();
    },
  }) as Writable & { text: string; isTTY: boolean };
  stream.text = "";
  stream.isTTY = isTTY;
  return stream;
}

describe("explore progress line", () => {
  test("shows states, paths, time taken and time left on a terminal after a second", () => {
    const stderr = fakeStderr(true);
    let ms = 0;
    const line = progressLine(stderr, () => new Date(ms), 2);
    const progress = line?.onProgress ?? (() => {});
    progress(0, { states: 500, steps: 600, paths: 40, done: 0.2 });
    expect(stderr.text).toBe(""); // quiet for the first second
    ms = 4000;
    progress(1, { states: 1500, steps: 2000, paths: 1234, done: 0.2 });
    expect(stderr.text).toBe(
      "\rexplore: 2,000 states, 1,274 paths so far, 0:04, about 0:16 left\u001b[K",
    );
    ms = 4100;
    progress(1, { states: 1600, steps: 2100, paths: 1300, done: 0.3 });
    expect(stderr.text).not.toContain("2,100"); // at most five lines a second
    line?.done();
    expect(stderr.text.endsWith("\r\u001b[K")).toBe(true);
  });

  test("prints nothing when stderr is not a terminal", () => {
    const stderr = fakeStderr(false);
    expect(progressLine(stderr, () => new Date(0), 1)).toBeUndefined();
  });

  test("counts random walks when sampling", () => {
    const stderr = fakeStderr(true);
    let ms = 0;
    const line = progressLine(stderr, () => new Date(ms), 1);
    ms = 2000;
    line?.onProgress(0, { walks: 300 });
    expect(stderr.text).toBe("\rexplore: 300 random walks, 0:02\u001b[K");
  });

  test("shows both when exhaustive walks and random walks run side by side (story:report)", () => {
    const stderr = fakeStderr(true);
    let ms = 0;
    const line = progressLine(stderr, () => new Date(ms), 2);
    ms = 3000;
    line?.onProgress(0, { states: 700, steps: 900, paths: 50, done: 0.5 });
    ms = 3500;
    line?.onProgress(1, { walks: 300 });
    expect(stderr.text.split("\r").at(-1)).toBe(
      "explore: 700 states, 50 paths so far, 300 random walks, 0:04\u001b[K",
    );
  });
});
