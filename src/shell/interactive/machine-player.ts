/**
 * The players for programs: `--plain` (inklecate's play format, exactly) and `--json` (one JSON
 * object per line). They read only choice numbers and ask nothing else, so any ink tool or
 * script can drive them; the game is still autosaved after every choice, in its own slot.
 */

import type { Game } from "../../core/play/game";
import type { Turn } from "../../core/story/turn";
import type { Transcript } from "../files/transcript";
import {
  formatPlainTurn,
  PLAIN_INPUT_CLOSED,
  PLAIN_OUT_OF_RANGE,
  PLAIN_PROMPT,
  PLAIN_UNEXPECTED,
} from "../views/plain-format";
import type { LineReader } from "./line-reader";

export type MachineFormat = "plain" | "json";

export interface MachineIo {
  reader: LineReader;
  write: (text: string) => void;
  transcript: Transcript;
}

export async function runMachinePlayer(
  game: Game,
  firstTurn: Turn,
  format: MachineFormat,
  io: MachineIo,
): Promise<number> {
  const show = (text: string) => {
    io.write(text);
    io.transcript.shown(text);
  };
  const render = format === "plain" ? formatPlainTurn : (turn: Turn) => formatJsonTurn(game, turn);
  let turn = firstTurn;
  show(render(turn));
  while (!turn.ended) {
    const input = await io.reader.next();
    if (input.kind === "interrupt") return 130;
    if (input.kind === "eof") {
      show(
        format === "plain"
          ? `${PLAIN_INPUT_CLOSED}\n`
          : jsonLine({ type: "end", reason: "input-closed" }),
      );
      return 0;
    }
    io.transcript.typed(input.text);
    const text = input.text.trim();
    const number = /^-?\d+$/.test(text) ? Number(text) : undefined;
    if (number === undefined || number < 1 || number > turn.choices.length) {
      show(rejection(format, number, turn));
      continue;
    }
    turn = game.choose(number - 1);
    show(render(turn));
  }
  return 0;
}

/** What inklecate says: nothing for 0 or less, "out of range" above, "unexpected" for text. */
function rejection(format: MachineFormat, number: number | undefined, turn: Turn): string {
  const code = number === undefined ? "unexpected" : "out-of-range";
  if (format === "plain") {
    if (number !== undefined && number < 1) return PLAIN_PROMPT;
    return `${code === "unexpected" ? PLAIN_UNEXPECTED : PLAIN_OUT_OF_RANGE}\n${PLAIN_PROMPT}`;
  }
  const message = `type a number from 1 to ${turn.choices.length}`;
  return jsonLine({ type: "error", code, message });
}

/** One turn as a JSON line: lines with tags, choices (1-based), state, ending. */
export function formatJsonTurn(game: Game, turn: Turn): string {
  return jsonLine({
    type: "turn",
    date: turn.date ?? null,
    lines: turn.lines.map((line) => ({ text: line.text, tags: line.tags.map((tag) => tag.raw) })),
    decision: turn.decision ?? null,
    choices: turn.choices.map((choice) => ({ number: choice.index + 1, text: choice.text })),
    state: game.session.variables(),
    warnings: turn.warnings,
    ended: turn.ended,
    ending: turn.ending ?? null,
  });
}

function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
