/**
 * The interactive player: shows each scene with a status line, reads a choice or a command,
 * and keeps the autosave current. Returns the exit code: 0 when the player leaves or input
 * ends (the game is saved either way), 130 on Ctrl-C.
 */
import { KhasanError } from "../../core/errors";
import type { Turn } from "../../core/story/turn";
import { namedSlot } from "../files/save-store";
import type { Transcript } from "../files/transcript";
import {
  HELP_TEXT,
  renderChoices,
  renderEnding,
  renderLog,
  renderScene,
  renderStatus,
  renderStatusLine,
} from "../views/player-view";
import type { Style } from "../views/style";
import type { Game } from "./game";
import type { LineReader } from "./line-reader";
import { type PromptCommand, parsePromptCommand } from "./prompt-command";

export interface PlayerIo {
  reader: LineReader;
  write: (text: string) => void;
  transcript: Transcript;
  style: Style;
  /** Loads a named save into the game; returns the turn to show. */
  load: (name: string) => Turn;
  /** Extra text after an ending, such as the comparison with the record. */
  afterEnding?: (game: Game) => string;
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

export async function runPlayer(game: Game, firstTurn: Turn, io: PlayerIo): Promise<number> {
  const show = (text: string) => {
    io.write(text);
    io.transcript.shown(text);
  };
  let turn = firstTurn;
  let shownDate: string | undefined;
  const present = (next: Turn) => {
    turn = next;
    show(renderTurn(game, next, shownDate, io));
    shownDate = next.date ?? shownDate;
  };
  present(turn);
  for (;;) {
    io.transcript.shown(PROMPT);
    const input = await io.reader.next(PROMPT);
    if (input.kind === "interrupt") {
      show(`\nInterrupted. ${savedLine(game, io, turn)}\n`);
      return 130;
    }
    if (input.kind === "eof") {
      show(turn.ended ? "\n" : `\nInput ended. ${savedLine(game, io, turn)}\n`);
      return 0;
    }
    io.transcript.typed(input.text);
    if (io.echoInput) io.write(`${input.text}\n`);
    const extra = io.command?.(input.text, turn);
    if (typeof extra === "string") {
      show(extra);
      continue;
    }
    if (extra) {
      if (extra.before) show(extra.before);
      present(extra.turn);
      continue;
    }
    const command = parsePromptCommand(input.text, turn.choices.length);
    if (command.kind === "quit") {
      show(`${savedLine(game, io, turn)}\n`);
      return 0;
    }
    const result = handle(command, game, turn, io);
    if (typeof result === "string") show(result);
    else {
      // After a jump in time (undo, load, restart) the date heading is shown again.
      if (command.kind !== "choose") shownDate = undefined;
      present(result);
    }
  }
}

function renderTurn(game: Game, turn: Turn, shownDate: string | undefined, io: PlayerIo): string {
  const { style } = io;
  let out = renderScene(turn, shownDate, style);
  if (turn.warnings.length > 0) {
    out += style.color.yellow(`ink warning: ${turn.warnings.join("; ")}\n`);
  }
  const showStatus = io.showStatus?.() ?? true;
  const status = showStatus ? renderStatusLine(turn.date, game.tracked(), style) : "";
  if (status) out += `\n${status}`;
  if (turn.ended) {
    out += `\n${renderEnding(turn.ending?.id, game.context.loaded.meta, style)}`;
    out += io.afterEnding ? io.afterEnding(game) : "";
    out += style.color.dim('\nThe story has ended: "undo", "restart", "log", "save" or "quit".\n');
    return out;
  }
  return `${out}\n${renderChoices(turn, style)}${io.decorate?.(turn) ?? ""}`;
}

/** Runs one command; a string is a message to print, a Turn is a new scene to show. */
function handle(
  command: Exclude<PromptCommand, { kind: "quit" }>,
  game: Game,
  turn: Turn,
  io: PlayerIo,
): string | Turn {
  const count = turn.choices.length;
  const range = count > 0 ? `type a number from 1 to ${count}` : "the story has ended";
  switch (command.kind) {
    case "choose":
      return game.choose(command.index);
    case "empty":
      return `Nothing typed: ${range}, or "help".\n`;
    case "out-of-range":
      return `There is no choice ${command.number}: ${range}.\n`;
    case "unknown":
      return `Unknown command "${command.text}": type "help" for the list.\n`;
    case "help":
      return HELP_TEXT;
    case "status":
      return renderStatus(game.session.currentDate(), game.tracked(), io.style);
    case "log":
      return renderLog(game.session.choices(), io.style);
    case "undo":
      return undo(game, command.steps);
    case "restart":
      game.save(namedSlot("before-restart"));
      return game.restart();
    default:
      return saveOrLoad(command, game, io);
  }
}

function undo(game: Game, steps: number): string | Turn {
  const made = game.session.choices().length;
  if (made === 0) return "Nothing to undo: no choice has been made yet.\n";
  return game.undo(Math.min(steps, made));
}

function saveOrLoad(
  command: Extract<PromptCommand, { kind: "save" | "load" }>,
  game: Game,
  io: PlayerIo,
): string | Turn {
  const { store } = game.context;
  try {
    if (command.kind === "save") {
      const slot = namedSlot(command.name ?? "quick");
      game.save(slot);
      return `Saved as "${command.name ?? "quick"}" (${store.pathOf(slot)}).\n`;
    }
    if (command.name === "?" || (command.name === undefined && !store.has(namedSlot("quick")))) {
      const names = store.list();
      return names.length > 0 ? `Saves: ${names.join(", ")}\n` : "No saves yet: type save NAME.\n";
    }
    return io.load(command.name ?? "quick");
  } catch (error) {
    // A bad name or a damaged save costs the player nothing: say why and play on.
    if (error instanceof KhasanError) return `${error.message}\n`;
    throw error;
  }
}

function savedLine(game: Game, io: PlayerIo, turn: Turn): string {
  const restarted = game.events.some((event) => event.kind === "restart");
  if (game.session.choices().length === 0 && !turn.ended && !restarted) {
    return "No choice was made, so there was nothing to save.";
  }
  return `Your game is saved; resume it with: ${io.resumeHint}`;
}
