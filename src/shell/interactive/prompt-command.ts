/**
 * What the player typed at the prompt, as a value: a choice (0-based) or one of the commands.
 * Pure, so every odd input has a test.
 */

export type PromptCommand =
  | { kind: "choose"; index: number }
  | { kind: "empty" }
  | { kind: "out-of-range"; number: number }
  | { kind: "help" }
  | { kind: "status" }
  | { kind: "log" }
  | { kind: "undo"; steps: number }
  /** `undo 0`, `undo abc`: an undo that names no number of choices to take back. */
  | { kind: "bad-undo"; argument: string }
  | { kind: "save"; name?: string }
  | { kind: "load"; name?: string }
  | { kind: "restart" }
  | { kind: "sources" }
  | { kind: "quit" }
  | { kind: "unknown"; text: string };

const SIMPLE = {
  help: "help",
  "?": "help",
  status: "status",
  log: "log",
  restart: "restart",
  sources: "sources",
  quit: "quit",
  exit: "quit",
  q: "quit",
} as const;

/** Parses one line; `choiceCount` is how many choices are on screen. */
export function parsePromptCommand(line: string, choiceCount: number): PromptCommand {
  const text = line.trim();
  if (text === "") return { kind: "empty" };
  if (/^\d+$/.test(text)) {
    const number = Number(text);
    return number >= 1 && number <= choiceCount
      ? { kind: "choose", index: number - 1 }
      : { kind: "out-of-range", number };
  }
  const [word = "", ...rest] = text.split(/\s+/);
  const argument = rest.join(" ") || undefined;
  const command = word.toLowerCase();
  if (command in SIMPLE && argument === undefined) {
    return { kind: SIMPLE[command as keyof typeof SIMPLE] };
  }
  if (command === "undo") return parseUndo(argument);
  if (command === "save" || command === "load") {
    return argument === undefined ? { kind: command } : { kind: command, name: argument };
  }
  return { kind: "unknown", text };
}

function parseUndo(argument: string | undefined): PromptCommand {
  if (argument === undefined) return { kind: "undo", steps: 1 };
  if (/^\d+$/.test(argument) && Number(argument) >= 1) {
    return { kind: "undo", steps: Number(argument) };
  }
  return { kind: "bad-undo", argument };
}
