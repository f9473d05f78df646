/**
 * The fuzzer's prompt sequences, drawn from a seed: choice numbers good and bad, every prompt
 * command with good and bad arguments, garbage, control keys and escape sequences, very long
 * lines, and an ending (end of input, Ctrl-D on a terminal that stays open, or Ctrl-C).
 */

import { createRandom } from "../src/core/random/seed";

/** The core's seeded generator (mulberry32), so a failing sequence can be rerun by its number. */
export const makeRandom = createRandom;

const TOKENS = [
  "1",
  "2",
  "3",
  "0",
  "-1",
  "9",
  "99999999999999999999",
  "1.5",
  " 2 ",
  "",
  "help",
  "status",
  "undo",
  "undo 2",
  "undo 99",
  "undo x",
  "save",
  "save quick",
  "save ../../etc",
  "save a/b",
  "save constructor",
  "save __proto__",
  "load",
  "load quick",
  "load nope",
  "load ../x",
  "load __proto__",
  "log",
  "restart",
  "quit",
  "q",
  "y",
  "n",
  "r",
  "HELP",
  "Status",
  "\t1",
  "１",
  "2\u0000",
  "\u001b[A",
  "\u001b[2J",
  "\u001b]0;pwned\u0007",
  "\u00e9\u00e9",
  "🙂",
];

export interface Sequence {
  input: string;
  /** Close stdin at the end (a pipe), or leave it open (a terminal after Ctrl-D). */
  end: boolean;
  interrupt: boolean;
  bytes: number;
}

export function drawSequence(seed: number, terminal: boolean): Sequence {
  const random = makeRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const lines: string[] = [];
  const count = 1 + Math.floor(random() * 25);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.55) lines.push(String(1 + Math.floor(random() * 3)));
    else if (roll < 0.9) lines.push(pick(TOKENS));
    else if (roll < 0.97) lines.push(randomBytesText(random, 1 + Math.floor(random() * 200)));
    else lines.push("x".repeat(1 + Math.floor(random() * 1_100_000)));
  }
  let input = `${lines.join("\n")}\n`;
  let end = true;
  let interrupt = false;
  const ending = random();
  if (ending < 0.2) {
    interrupt = true;
    end = !terminal && random() < 0.5;
  } else if (terminal) {
    // Ctrl-D at the start of a line, often with more typed ahead of it, on a terminal that
    // stays open: only Ctrl-D may end the game.
    input += `${pick(["", "1\n", "2\n3\n", "status\n"])}\u0004${pick(["", "1\n"])}`;
    end = false;
  } else if (ending < 0.4) {
    input = input.slice(0, Math.floor(random() * input.length)); // cut mid-line
  }
  return { input, end, interrupt, bytes: Buffer.byteLength(input) };
}

function randomBytesText(random: () => number, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += String.fromCharCode(Math.floor(random() * 0x250));
  return text;
}
