/**
 * The interactive player: shows each scene with a status line, reads a choice or a command,
 * and keeps the autosave current. Returns the exit code: 0 when the player leaves or input
 * ends (the game is saved either way), 130 on Ctrl-C.
 */

import type { Game } from "../../core/play/game";
import type { Turn } from "../../core/story/turn";
import type { Transcript } from "../files/transcript";
import { renderChoices, renderEnding, renderScene, renderStatusLine } from "../views/player-view";
import { terminalText } from "../views/safe-text";
import { type Style, wrap, wrapWords } from "../views/style";
import type { LineReader } from "./line-reader";
import { type Action, runCommand, type Shown } from "./player-commands";
import { parsePromptCommand } from "./prompt-command";

export interface PlayerIo {
  reader: LineReader;
  write: (text: string) => void;
  transcript: Transcript;
  style: Style;
  /** Loads a named save into the game; returns the turn to show. */
  load: (name: string) => Turn;
  /** Extra text after an ending, such as the comparison with the record (may load it first). */
  afterEnding?: (game: Game) => string | Promise<string>;
  /** The full list of sources behind the ending's comparison (the `sources` command). */
  sources?: (game: Game) => string;
  /** How the player resumes, for the goodbye line. */
  resumeHint: string;
  /** Show what was typed (when input is piped, no terminal echoes it). */
  echoInput: boolean;
  /**
   * Extra commands (classroom mode), tried before the player's own: a string to print, a turn
   * to show next (with text before it), or undefined to let the player handle the line.
   */
  command?: (text: string, turn: Turn) => string | { turn: Turn; before?: string } | undefined;
  /** Extra text under the choices of each scene (classroom mode: the decision panel). */
  decorate?: (turn: Turn) => string;
  /** Whether the status line shows the numbers (default: yes). */
  showStatus?: () => boolean;
}

export const PROMPT = "> ";

const YES = /^(y|yes)$/i;

export async function runPlayer(game: Game, firstTurn: Turn, io: PlayerIo): Promise<number> {
  const show = (text: string) => {
    io.write(text);
    io.transcript.shown(text);
  };
  let turn = firstTurn;
  let shownDate: string | undefined;
  const present = async (next: Turn) => {
    turn = next;
    show(await renderTurn(game, next, shownDate, io));
    shownDate = next.date ?? shownDate;
  };
  const read = async () => {
    io.transcript.shown(PROMPT);
    const raw = await io.reader.next(PROMPT);
    // Typed control keys and escape sequences mean nothing to a command, and echoing or
    // quoting them would send them to the terminal.
    const input = raw.kind === "line" ? { ...raw, text: terminalText(raw.text) } : raw;
    if (input.kind === "line") {
      io.transcript.typed(input.text);
      if (io.echoInput) io.write(`${input.text}\n`);
    }
    return input;
  };
  await present(turn);
  for (;;) {
    let input = await read();
    if (input.kind === "line") {
      let action = decide(input.text, game, turn, io);
      if (typeof action === "object" && "question" in action) {
        show(
          wrapLines(`${action.question} Type y to go ahead, anything else to keep playing.\n`, io),
        );
        input = await read();
        if (input.kind === "line") {
          action = YES.test(input.text.trim()) ? action.run() : "Nothing changed.\n";
        }
      }
      if (input.kind === "line") {
        if (action === "quit") {
          show(`${savedLine(game, io, turn)}\n`);
          return 0;
        }
        if (typeof action === "string") show(wrapLines(action, io));
        else if (typeof action === "object" && "turn" in action) {
          if (action.before) show(wrapLines(action.before, io));
          // After a jump in time (undo, load, restart) the date heading is shown again.
          if (action.jump) shownDate = undefined;
          await present(action.turn);
        }
        continue;
      }
    }
    if (input.kind === "interrupt") {
      show(`\nInterrupted. ${savedLine(game, io, turn)}\n`);
      return 130;
    }
    show(turn.ended ? "\n" : `\nInput ended. ${savedLine(game, io, turn)}\n`);
    return 0;
  }
}

/** What one typed line does: the classroom's commands first, then the player's. */
function decide(text: string, game: Game, turn: Turn, io: PlayerIo): Action | "quit" {
  const extra = io.command?.(text, turn);
  if (typeof extra === "string") return extra;
  if (extra)
    return { turn: extra.turn, jump: false, ...(extra.before ? { before: extra.before } : {}) };
  const command = parsePromptCommand(text, turn.choices.length);
  if (command.kind === "quit") return "quit";
  return runCommand(command, game, turn, io);
}

/** Wraps each line of a message to the terminal's width, keeping paths and commands whole. */
function wrapLines(text: string, io: PlayerIo): string {
  return wrapWords(text, io.style.width);
}

async function renderTurn(
  game: Game,
  turn: Turn,
  shownDate: string | undefined,
  io: PlayerIo,
): Promise<string> {
  const { style } = io;
  // After a jump, the date in force when this turn began: that of the last choice kept.
  const startDate = shownDate === undefined ? game.session.choices().at(-1)?.date : undefined;
  let out = renderScene(turn, shownDate, style, startDate);
  if (turn.warnings.length > 0) {
    out += style.color.yellow(`ink warning: ${turn.warnings.join("; ")}\n`);
  }
  const showStatus = io.showStatus?.() ?? true;
  const status = showStatus ? renderStatusLine(turn.date, game.tracked(), style) : "";
  if (status) out += `\n${status}`;
  if (turn.ended) {
    // The comparison first, so that the screen ends on the ending's title and what to do next.
    out += io.afterEnding ? await io.afterEnding(game) : "";
    out += `\n${renderEnding(turn.ending?.id, game.context.loaded.meta, style)}`;
    const next = io.sources
      ? '"sources", "undo", "restart", "log", "save" or "quit"'
      : '"undo", "restart", "log", "save" or "quit"';
    out += style.color.dim(wrap(`The story has ended: ${next}.`, style.width));
    return `${out}\n`;
  }
  return `${out}\n${renderChoices(turn, style)}${io.decorate?.(turn) ?? ""}`;
}

export type { Shown };

function savedLine(game: Game, io: PlayerIo, turn: Turn): string {
  const restarted = game.events.some((event) => event.kind === "restart");
  if (game.session.choices().length === 0 && !turn.ended && !restarted) {
    return "No choice was made, so there was nothing to save.";
  }
  return `Your game is saved; resume it with: ${io.resumeHint}`;
}
