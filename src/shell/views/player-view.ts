/**
 * What the terminal player prints, as pure functions of values: a scene, the choices, the
 * status line, the full status table, the decision log and the help text.
 */
import { ownEntry } from "../../core/own-entry";
import { displayValue, type TrackedVariable } from "../../core/state/tracked";
import type { VariablesMeta } from "../../core/state/variables-meta";
import { tagValue } from "../../core/story/tags";
import type { LogEntry, Turn } from "../../core/story/turn";
import { formatDate, formatNumber } from "./format";
import { terminalSafe } from "./safe-text";
import { type Style, wrap } from "./style";

export { formatDate };

/**
 * The scene's prose, with a date heading where the date changes (DESIGN.md 3.2): before the
 * line that carries a new `date:` tag, inside the turn, so the text under each heading is that
 * day's. `previousDate` is the heading last shown; after a jump in time (undo, load) it is
 * undefined and `startDate`, the date in force when the turn began, heads the text before the
 * first dated line.
 */
export function renderScene(
  raw: Turn,
  previousDate: string | undefined,
  style: Style,
  startDate?: string,
): string {
  const turn = terminalSafe(raw);
  const { color, width } = style;
  const parts: string[] = [];
  let shown = previousDate;
  const head = (date: string) => {
    parts.push(color.bold(color.yellow(`— ${formatDate(date)} —`)));
    shown = date;
  };
  for (const line of turn.lines) {
    const date = tagValue(line.tags, "date");
    if (date !== undefined && date !== shown) head(date);
    if (line.text.trim() === "") continue;
    if (shown === undefined && startDate !== undefined) head(startDate);
    parts.push(wrap(line.text, width));
  }
  if (shown === undefined && turn.date !== undefined)
    parts.unshift(color.bold(color.yellow(`— ${formatDate(turn.date)} —`)));
  return parts.length > 0 ? `${parts.join("\n\n")}\n` : "";
}

export function renderChoices(raw: Turn, style: Style): string {
  const turn = terminalSafe(raw);
  const { color, width } = style;
  const lines = turn.choices.map((choice) => {
    const number = `${choice.index + 1}.`.padStart(3);
    const text = wrap(choice.text, width - 5).replace(/\n/g, `\n${" ".repeat(5)}`);
    return `${color.cyan(number)}  ${text}`;
  });
  return `${lines.join("\n")}\n`;
}

function formatValue(variable: TrackedVariable): string {
  const value =
    typeof variable.value === "number"
      ? formatNumber(variable.value)
      : displayValue(variable.value, variable.meta);
  if (!variable.unit) return value;
  return variable.unit === "%" ? `${value}%` : `${value} ${variable.unit}`;
}

/**
 * One line under each scene: the date and the variables marked `status` in variables.json.
 * On a narrow terminal it breaks between items, never inside one (`Troops 1,000 men` stays
 * whole), and each line but the last ends with the separator.
 */
export function renderStatusLine(
  date: string | undefined,
  raw: readonly TrackedVariable[],
  style: Style,
): string {
  const tracked = terminalSafe(raw);
  const items = tracked
    .filter((v) => v.meta.status)
    .map((v) =>
      typeof v.value === "string"
        ? `${v.short}: ${formatValue(v)}`
        : `${v.short} ${formatValue(v)}`,
    );
  if (date) items.unshift(formatDate(date));
  if (items.length === 0) return "";
  return `${style.color.dim(joinItems(items, style.width))}\n`;
}

/** Items joined by " · ", broken into lines of at most `width` between items. */
export function joinItems(items: readonly string[], width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    if (line === "") line = item;
    else if (line.length + 3 + item.length <= width) line += ` · ${item}`;
    else {
      lines.push(`${line} ·`);
      line = item;
    }
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

/** Every tracked variable with its label, value and unit (the `status` command). */
export function renderStatus(
  date: string | undefined,
  raw: readonly TrackedVariable[],
  style: Style,
): string {
  const tracked = terminalSafe(raw);
  if (tracked.length === 0) return "This story declares no tracked variables.\n";
  const labelWidth = Math.max(...tracked.map((v) => v.label.length));
  const rows = tracked.map((v) => `  ${v.label.padEnd(labelWidth)}  ${formatValue(v)}`);
  const head = date ? `${style.color.bold(formatDate(date))}\n` : "";
  return `${head}${rows.join("\n")}\n`;
}

/** The choices made so far, with dates and decision ids (the `log` command). */
export function renderLog(raw: readonly LogEntry[], style: Style): string {
  const log = terminalSafe(raw);
  if (log.length === 0) return "No choices yet.\n";
  const rows = log.map((entry, i) => {
    const date = entry.date ? `${formatDate(entry.date)}: ` : "";
    const head = wrap(`${date}${entry.text}`, style.width - 4).replace(/\n/g, "\n    ");
    const row = `${String(i + 1).padStart(2)}. ${head}`;
    if (!entry.decision) return row;
    const option = entry.option ? `: ${entry.option}` : "";
    const historical = entry.historical ? " (as in history)" : "";
    return `${row}\n    ${style.color.dim(`${entry.decision}${option}${historical}`)}`;
  });
  return `${rows.join("\n")}\n`;
}

/** The ending's title and summary from variables.json, when the story lists it. */
export function renderEnding(
  endingId: string | undefined,
  meta: VariablesMeta,
  style: Style,
): string {
  const { color } = style;
  const ending = endingId ? terminalSafe(ownEntry(meta.endings, endingId)) : undefined;
  const title = ending ? `THE END: ${ending.title}` : "THE END";
  const summary = ending ? `\n${wrap(ending.summary, style.width)}` : "";
  const historical = ending?.historical ? `\n${color.dim("This is how it ended in 1938.")}` : "";
  return `${color.bold(title)}${summary}${historical}\n`;
}

/** The prompt's commands; `resumeHint` is the command that resumes the game after quit. */
export function helpText(resumeHint: string): string {
  return `Type the number of a choice, or one of these commands:
  status         every tracked variable with its value
  log            the choices made so far, with dates
  undo [N]       take back the last choice (or the last N), after asking
  save [NAME]    save the game (default name: quick)
  load [NAME]    load a saved game (default: quick), after asking; "load ?" lists saves
  restart        start again from the beginning, after asking
  sources        at the ending: every source the comparison cites
  help           this list
  quit           leave; the game is autosaved, resume with: ${resumeHint}
Load and restart keep the game they replace as a named save.
`;
}
