/**
 * What one step of play produces: the lines ink wrote, their tags, and what the reader may do
 * next. Plain data, so the shell renders it and the save keeps it without knowing inkjs.
 */
import type { Tag } from "./tags";

export interface Line {
  /** The text as ink produced it, without the trailing newline. */
  text: string;
  tags: Tag[];
}

export interface ChoiceOption {
  /** 0-based, as ink counts; players see index + 1. */
  index: number;
  text: string;
}

/** A real decision (DESIGN.md 3.2): the tags on the line before a set of choices. */
export interface Decision {
  id: string;
  /** Who decides; `blyukher` unless the story says otherwise. */
  role: string;
  discuss: string[];
}

export interface Ending {
  id: string;
  historical: boolean;
}

export interface Turn {
  lines: Line[];
  choices: ChoiceOption[];
  /** The in-story date in force at the end of this turn (the latest `date:` tag so far). */
  date?: string;
  decision?: Decision;
  ended: boolean;
  ending?: Ending;
  /** ink runtime warnings raised while producing this turn. */
  warnings: string[];
}

/** One choice the reader made, as saves, logs and comparisons record it. */
export interface LogEntry {
  /** 0-based choice index. */
  index: number;
  text: string;
  date?: string;
  decision?: string;
  role?: string;
  /** From the `option:` tag on the first line of the outcome. */
  option?: string;
  /** True when the outcome line carried the `historical` tag. */
  historical?: boolean;
  /** Class votes per option, when the choice was voted on (classroom mode). */
  votes?: number[];
}
