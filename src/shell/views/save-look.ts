/**
 * A read-only look at a save another khasan is playing: when it was saved, the choices so far
 * and the scene it stands at. Every text comes from the save, so it is made terminal-safe.
 */
import type { SaveFile } from "../../core/save/save-file";
import { terminalLine, terminalText } from "./safe-text";

export function renderSaveLook(save: SaveFile): string {
  const when = save.savedAt
    ? `saved ${terminalLine(save.savedAt.slice(0, 16).replace("T", " "))} UTC, `
    : "";
  const count = `${save.log.length} choice${save.log.length === 1 ? "" : "s"}`;
  const parts = [`Its autosave (${when}${count}, read-only):`];
  for (const [i, entry] of save.log.entries())
    parts.push(`  ${i + 1}. ${terminalLine(entry.text)}`);
  const turn = save.lastTurn;
  if (turn) {
    parts.push("", ...turn.lines.map((line) => terminalText(line.text)).filter((t) => t !== ""));
    for (const choice of turn.choices) {
      parts.push(`  ${choice.index + 1}. ${terminalLine(choice.text)}`);
    }
  }
  return `${parts.join("\n")}\n`;
}
