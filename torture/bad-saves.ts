/**
 * Damaged and hand-edited saves, made from a good one, for every command that reads a save.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Case } from "./hostile";
import { ROOT } from "./spawn-cli";

const GOOD = join(ROOT, "tests", "fixtures", "saves", "mini-one-choice.json");

type Edit = (save: Record<string, unknown>) => unknown;

const EDITS: Record<string, Edit | string> = {
  empty: "",
  "not JSON": "{broken",
  "a JSON array": "[]",
  "JSON null": "null",
  "a number": "42",
  "a NUL byte": "\u0000",
  "escape sequences": "\u001b]0;pwned\u0007\u001b[2J",
  "wrong format": (s) => ({ ...s, format: "other" }),
  "future version": (s) => ({ ...s, formatVersion: 99, minCompatibleVersion: 99 }),
  "negative seed": (s) => ({ ...s, seed: -1 }),
  "huge seed": (s) => ({ ...s, seed: 1e300 }),
  "no log": (s) => ({ ...s, log: undefined }),
  "log not a list": (s) => ({ ...s, log: {} }),
  "choice index 99": (s) => ({ ...s, log: [{ index: 99, text: "Nope" }] }),
  "invented choice": (s) => ({ ...s, log: [{ index: 0, text: "Launch the fleet" }] }),
  "premise out of range": (s) => ({ ...s, premises: { fog_lifts_early: 12345 } }),
  "unknown premise": (s) => ({ ...s, premises: { nonsense: true } }),
  "ending constructor": (s) => ({ ...s, ended: true, ending: "constructor" }),
  "ending __proto__": (s) => ({ ...s, ended: true, ending: "__proto__" }),
  "decision toString": (s) => ({ ...s, log: [{ index: 0, text: "x", decision: "toString" }] }),
  "ink state garbage": (s) => ({ ...s, ink: "{not ink" }),
  "ink state empty": (s) => ({ ...s, ink: "" }),
  "other story hash": (s) => ({ ...s, storyHash: "0".repeat(64) }),
  "bad hash": (s) => ({ ...s, storyHash: "xyz" }),
  "HTML in the log": (s) => ({ ...s, log: [{ index: 0, text: "<script>alert(1)</script>" }] }),
  "escape sequences in the log": (s) => ({
    ...s,
    log: [{ index: 0, text: "\u001b]0;pwned\u0007" }],
  }),
  "HTML in the last turn": (s) => ({
    ...s,
    lastTurn: {
      lines: [{ text: "<script>x</script>", tags: [] }],
      choices: [],
      ended: true,
      warnings: [],
    },
  }),
  "string where a number goes": (s) => ({ ...s, seed: "7" }),
  "events not a list": (s) => ({ ...s, events: "x" }),
  "unknown event": (s) => ({ ...s, events: [{ kind: "explode", step: 0 }] }),
  "deep nesting": `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
  "truncated half": "HALF",
  "truncated to 10 bytes": "TEN",
  "BOM then JSON": "BOM",
  "savedAt with escapes": (s) => ({ ...s, savedAt: "\u001b[2J2038" }),
};

export function badSaveCases(story: string): Case[] {
  const good = readFileSync(GOOD, "utf8");
  const dir = mkdtempSync(join(tmpdir(), "khasan-badsave-"));
  const cases: Case[] = [];
  for (const [name, edit] of Object.entries(EDITS)) {
    let text: string;
    if (edit === "HALF") text = good.slice(0, good.length / 2);
    else if (edit === "TEN") text = good.slice(0, 10);
    else if (edit === "BOM") text = `\ufeff${good}`;
    else if (typeof edit === "string") text = edit;
    else text = JSON.stringify(edit(JSON.parse(good) as Record<string, unknown>));
    const path = join(dir, `${name.replace(/\W+/g, "-")}.json`);
    writeFileSync(path, text);
    const html = join(dir, `${name.replace(/\W+/g, "-")}.html`);
    cases.push({
      name: `bad save "${name}" (play --load)`,
      args: ["play", story, "--load", path],
      input: "1\n",
    });
    cases.push({ name: `bad save "${name}" (compare)`, args: ["compare", path, path] });
    cases.push({ name: `bad save "${name}" (stats)`, args: ["stats", path] });
    cases.push({
      name: `bad save "${name}" (debrief)`,
      args: ["debrief", path, "--out", html],
      written: [html],
      html: true,
    });
  }
  return cases;
}
