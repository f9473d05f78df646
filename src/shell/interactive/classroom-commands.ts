/**
 * The facilitator's side of the classroom mode, as an extra-command hook for the player
 * (PlayerIo.command): votes at decisions and the rule applied, the casting vote on a tie,
 * `decide N`, `pause`, `reveal`, `lock-undo`/`unlock-undo`, `note TEXT`. Everything the class
 * decides or the facilitator does is written into the run's notes and autosaved.
 */
import type { Role } from "../../core/classroom/roles";
import type { ClassroomSettings } from "../../core/classroom/settings";
import { applyRule, parseVotes, type VoteOutcome } from "../../core/classroom/votes";
import type { Game } from "../../core/play/game";
import type { SaveNote } from "../../core/save/save-file";
import type { Turn } from "../../core/story/turn";
import { CLASSROOM_HELP, decidingRole } from "../views/classroom-panel";
import { helpText, renderStatus } from "../views/player-view";
import type { Style } from "../views/style";

export type CommandResult = string | { turn: Turn; before?: string } | undefined;

interface Pending {
  turn: Turn;
  counts: number[];
  among: number[];
  explanation: string;
}

export interface Classroom {
  command: (text: string, turn: Turn) => CommandResult;
  showStatus: () => boolean;
}

export function createClassroom(
  game: Game,
  settings: ClassroomSettings,
  roles: readonly Role[],
  style: Style,
): Classroom {
  const state = {
    paused: false,
    undoLocked: false,
    revealed: false,
    pending: undefined as Pending | undefined,
  };
  const addNote = (kind: SaveNote["kind"], text: string, extra: Partial<SaveNote> = {}) => {
    const date = game.session.currentDate();
    const step = game.session.choices().length;
    game.notes.push({ kind, step, text, ...(date ? { date } : {}), ...extra });
    game.autosave();
  };
  const choose = (
    index: number,
    counts: number[] | undefined,
    explanation: string,
  ): CommandResult => {
    state.pending = undefined;
    // The vote belongs to the decision's date, not to the scene the choice leads to.
    const date = game.session.currentDate();
    const turn = game.choose(index, counts);
    addNote("vote", explanation, { rule: settings.rule, ...(date ? { date } : {}) });
    return { turn, before: `${style.color.bold(explanation)}\n\n` };
  };

  const command = (text: string, turn: Turn): CommandResult => {
    const line = text.trim();
    const word = line.split(/\s+/)[0]?.toLowerCase() ?? "";
    if (state.paused) {
      if (line !== "" && word !== "resume")
        return "Paused: press Enter (or type resume) to go on.\n";
      state.paused = false;
      return { turn, before: "Resumed.\n" };
    }
    if (word === "pause") {
      state.paused = true;
      return `\n${style.color.bold("PAUSED")}: press Enter to go on.\n`;
    }
    if (word === "note") return takeNote(line.slice(4).trim());
    if (word === "reveal") return reveal();
    if (word === "lock-undo" || word === "unlock-undo") return lockUndo(word === "lock-undo");
    if (word === "undo" && state.undoLocked)
      return "Undo is locked by the facilitator (unlock-undo allows it).\n";
    if (word === "status" && !state.revealed)
      return "The numbers are hidden in classroom mode: the facilitator can type reveal.\n";
    if (word === "help" || word === "?")
      return `${helpText("khasan classroom --continue")}\n${CLASSROOM_HELP}`;
    if (word === "decide") return decide(line, turn);
    if (!turn.decision || turn.choices.length < 2) return undefined;
    if (/^\d+$/.test(line)) return single(Number(line), turn);
    if (/^[\d\s,]+$/.test(line)) return vote(line, turn);
    return undefined;
  };

  function takeNote(body: string): CommandResult {
    if (body === "") return "Type the note after the word: note The class split on the bombing.\n";
    addNote("note", body);
    return "Noted (it goes into the debrief).\n";
  }

  function reveal(): CommandResult {
    state.revealed = !state.revealed;
    addNote("control", state.revealed ? "numbers revealed" : "numbers hidden");
    if (!state.revealed) return "The numbers are hidden again.\n";
    return `${renderStatus(game.session.currentDate(), game.tracked(), style)}The status line now shows the numbers; reveal again hides them.\n`;
  }

  function lockUndo(lock: boolean): CommandResult {
    state.undoLocked = lock;
    addNote("control", lock ? "undo locked" : "undo unlocked");
    return lock ? "Undo is locked: decisions stand.\n" : "Undo is allowed again.\n";
  }

  function decide(line: string, turn: Turn): CommandResult {
    const number = Number(line.split(/\s+/)[1]);
    if (!Number.isInteger(number) || number < 1 || number > turn.choices.length) {
      return `Type decide and a choice number from 1 to ${turn.choices.length}.\n`;
    }
    return choose(
      number - 1,
      undefined,
      `Decided by the facilitator without a vote: option ${number}.`,
    );
  }

  function single(number: number, turn: Turn): CommandResult {
    const pending = state.pending?.turn === turn ? state.pending : undefined;
    if (number < 1 || number > turn.choices.length) return undefined;
    if (pending) {
      if (!pending.among.includes(number - 1)) {
        return `The deciding role chooses among options ${pending.among.map((i) => i + 1).join(", ")}.\n`;
      }
      const who = deciderName(turn);
      return choose(
        number - 1,
        pending.counts,
        `${pending.explanation}: ${who} chose option ${number}.`,
      );
    }
    if (settings.rule === "commander") {
      return choose(
        number - 1,
        undefined,
        `commander: ${deciderName(turn)} chose option ${number} without a show of hands.`,
      );
    }
    const example = turn.choices.map((_, i) => (i === 0 ? 3 : i === 1 ? 1 : 0)).join(" ");
    return `This decision is voted on: type one count per option, such as "${example}" (or decide ${number} to skip the vote).\n`;
  }

  function vote(line: string, turn: Turn): CommandResult {
    const parsed = parseVotes(line, turn.choices.length);
    if (parsed.kind === "invalid") return `${parsed.message}.\n`;
    const outcome: VoteOutcome = applyRule(settings, parsed.counts);
    if (outcome.kind === "decided") {
      return choose(outcome.index, parsed.counts, `${capitalise(outcome.explanation)}.`);
    }
    state.pending = {
      turn,
      counts: parsed.counts,
      among: outcome.among,
      explanation: capitalise(outcome.explanation),
    };
    const options = outcome.among.map((i) => i + 1).join(" or ");
    return `${capitalise(outcome.explanation)}.\n${deciderName(turn)} decides: type ${options}.\n`;
  }

  function deciderName(turn: Turn): string {
    const role = turn.decision ? decidingRole(turn.decision, roles, settings) : undefined;
    return role?.name ?? "the commander";
  }

  return { command, showStatus: () => state.revealed };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
