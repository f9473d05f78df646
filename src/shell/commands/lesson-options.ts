/**
 * The options that make a lesson, shared by `khasan classroom` (the terminal) and `khasan
 * serve` (the web): cut, roles, rule, fallback, class size, label, seed and premises. The
 * terminal classroom asks for what was left out; the server takes a default, named in its help.
 */
import type { Command } from "commander";
import type { SetupAnswers } from "../interactive/classroom-setup";
import { collect } from "./options";

/** The setup questions answered ahead (asked in the terminal otherwise), seed and premises. */
export interface LessonOptions extends SetupAnswers {
  seed?: string;
  set?: string[];
}

interface LessonSetting {
  key: keyof LessonOptions;
  flags: string;
  description: string;
  /** The server's value when the option is left out. */
  served?: string;
}

/** In the order the help lists them. */
const LESSON_SETTINGS: readonly LessonSetting[] = [
  {
    key: "cut",
    flags: "--cut <id>",
    description: "the lesson from story/classroom.json: 45 or 90 (minutes)",
    served: "the first",
  },
  {
    key: "roles",
    flags: "--roles <ids>",
    description: 'roles in play, comma-separated, or "all"',
    served: "all",
  },
  {
    key: "rule",
    flags: "--rule <rule>",
    description: "commander, plurality (majority is read as plurality) or consensus",
    served: "plurality",
  },
  {
    key: "fallback",
    flags: "--fallback <rule>",
    description: "when consensus fails: plurality or commander",
    served: "plurality",
  },
  {
    key: "classSize",
    flags: "--class-size <n>",
    description: "students in the room; vote totals are checked against it",
  },
  {
    key: "label",
    flags: "--label <name>",
    description: "the class's name, kept in the run for khasan stats",
  },
  {
    key: "seed",
    flags: "--seed <n>",
    description: "seed for every random draw (default: random, printed)",
  },
  {
    key: "set",
    flags: "--set <name=value>",
    description: "set a premise before the first line (repeatable)",
  },
];

/** Adds the lesson's options to `command`; `served` names the server's defaults in the help. */
export function addLessonOptions(command: Command, left: "asked" | "served"): Command {
  for (const setting of LESSON_SETTINGS) {
    const served = left === "served" && setting.served ? ` (default: ${setting.served})` : "";
    if (setting.key === "set") command.option(setting.flags, setting.description + served, collect);
    else command.option(setting.flags, setting.description + served);
  }
  return command;
}

/** The lesson options given in `options`, by their flag (`--class-size`), in the help's order. */
export function givenLessonOptions(options: LessonOptions): string[] {
  return LESSON_SETTINGS.filter(({ key }) => options[key] !== undefined).map(
    ({ flags }) => flags.split(" ")[0] ?? flags,
  );
}
