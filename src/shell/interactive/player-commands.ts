/**
 * The player's commands at the prompt, as actions: a message, a scene to show, or a question
 * to confirm first. Undo, load and restart ask before they act, and a game that load or restart
 * replaces is kept as a named save under a fresh name (kept-saves.ts), so none is ever lost.
 */
import { KhasanError } from "../../core/errors";
import type { Game } from "../../core/play/game";
import { keepSave, timeStamp } from "../../core/play/kept-saves";
import { namedSlot } from "../../core/play/save-store";
import type { Turn } from "../../core/story/turn";
import { plural } from "../../core/words";
import { formatDate, helpText, renderLog, renderStatus } from "../views/player-view";
import type { PlayerIo } from "./player";
import type { PromptCommand } from "./prompt-command";

/** A scene to show next; `jump` when it is not the next step in time (undo, load, restart). */
export interface Shown {
  turn: Turn;
  before?: string;
  jump: boolean;
}

/** Asked before `run`; anything but y or yes leaves the game as it was. */
export interface Confirm {
  question: string;
  run: () => string | Shown;
}

export type Action = string | Shown | Confirm;

export function runCommand(
  command: Exclude<PromptCommand, { kind: "quit" }>,
  game: Game,
  turn: Turn,
  io: PlayerIo,
): Action {
  const count = turn.choices.length;
  const range = count > 0 ? `type a number from 1 to ${count}` : "the story has ended";
  switch (command.kind) {
    case "choose":
      return { turn: game.choose(command.index), jump: false };
    case "empty":
      return `Nothing typed: ${range}, or "help".\n`;
    case "out-of-range":
      return `There is no choice ${command.number}: ${range}.\n`;
    case "unknown":
      return `Unknown command "${command.text}": type "help" for the list.\n`;
    case "help":
      return helpText(io.resumeHint);
    case "status":
      return renderStatus(game.session.currentDate(), game.tracked(), io.style);
    case "log":
      return renderLog(game.session.choices(), io.style);
    case "sources":
      if (!turn.ended || !io.sources)
        return "The sources are listed at the ending, beside the comparison with the record.\n";
      return io.sources(game);
    case "undo":
      return undo(game, command.steps);
    case "bad-undo":
      return badUndo(game, command.argument);
    case "restart":
      return restart(game);
    default:
      return saveOrLoad(command, game, io);
  }
}

function undo(game: Game, steps: number): Action {
  const log = game.session.choices();
  const made = log.length;
  if (made === 0) return "Nothing to undo: no choice has been made yet.\n";
  if (steps > made) {
    const all = made === 1 ? '"undo" takes it back' : `"undo ${made}" takes back all ${made}`;
    return `Only ${plural(made, "choice")} made so far, so there are not ${steps} to take back; ${all}.\n`;
  }
  const first = log[made - steps];
  const when = first?.date ? ` of ${formatDate(first.date)}` : "";
  const what = steps === 1 ? "the last choice" : `the last ${steps} choices`;
  return {
    question: `Take back ${what}, back to the choice${when} ("${first?.text ?? ""}")?`,
    run: () => ({ turn: game.undo(steps), jump: true }),
  };
}

function badUndo(game: Game, argument: string): string {
  const made = game.session.choices().length;
  const how =
    made === 0
      ? "no choice has been made yet"
      : made === 1
        ? '"undo" takes back the one choice made'
        : `"undo" takes back the last choice, "undo N" the last N (up to ${made})`;
  return `"undo ${argument}" is not a number of choices to take back: ${how}.\n`;
}

/** The game so far, kept as a named save before restart or load replaces it. */
function keepGame(game: Game, base: string): string {
  return keepSave(game.context.store, game.toSave(), `${base}-${timeStamp(game.context.now())}`);
}

function hasProgress(game: Game, turn?: Turn): boolean {
  return game.session.choices().length > 0 || turn?.ended === true;
}

function restart(game: Game): Action {
  if (!hasProgress(game)) return { turn: game.restart(), jump: true };
  return {
    question: "Start again from the beginning? The game so far is kept as a named save.",
    run: () => {
      const name = keepGame(game, "before-restart");
      const turn = game.restart();
      return {
        turn,
        jump: true,
        before: `The game so far is kept as save "${name}" (load ${name}).\n\n`,
      };
    },
  };
}

function saveOrLoad(
  command: Extract<PromptCommand, { kind: "save" | "load" }>,
  game: Game,
  io: PlayerIo,
): Action {
  const { store } = game.context;
  try {
    if (command.kind === "save") {
      const name = command.name ?? "quick";
      const slot = namedSlot(name);
      const save = () => {
        game.save(slot);
        return `Saved as "${name}" (${store.pathOf(slot)}).\n`;
      };
      if (!store.has(slot)) return save();
      return { question: `A save named "${name}" exists. Replace it with this game?`, run: save };
    }
    if (command.name === "?" || (command.name === undefined && !store.has(namedSlot("quick")))) {
      const names = store.list();
      return names.length > 0 ? `Saves: ${names.join(", ")}\n` : "No saves yet: type save NAME.\n";
    }
    const name = command.name ?? "quick";
    const slot = namedSlot(name);
    if (!store.has(slot)) return `No save named "${name}": "load ?" lists them.\n`;
    if (!hasProgress(game)) return { turn: io.load(name), jump: true };
    return {
      question: `Load "${name}" in place of this game? This game is kept as a named save first.`,
      run: () => load(game, name, io),
    };
  } catch (error) {
    // A bad name or a damaged save costs the player nothing: say why and play on.
    if (error instanceof KhasanError) return `${error.message}\n`;
    throw error;
  }
}

function load(game: Game, name: string, io: PlayerIo): string | Shown {
  try {
    const kept = game.toSave();
    const turn = io.load(name);
    const keptName = keepSave(
      game.context.store,
      kept,
      `before-load-${timeStamp(game.context.now())}`,
    );
    return {
      turn,
      jump: true,
      before: `The game you left is kept as save "${keptName}" (load ${keptName}).\n\n`,
    };
  } catch (error) {
    if (error instanceof KhasanError) return `${error.message}\n`;
    throw error;
  }
}
