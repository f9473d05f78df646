/**
 * Plays one seeded random walk through a compiled story in our runtime and writes it down as a
 * transcript in inklecate's play format: each turn as the renderer draws it, then the chosen
 * number echoed after the prompt. Runtime errors and warnings go into the transcript too, so
 * two builds that fail differently also read differently.
 */
import { InkRuntimeError } from "../../../src/core/errors";
import { createRandom } from "../../../src/core/random/seed";
import type { Session } from "../../../src/core/story/session";
import type { Line, Turn } from "../../../src/core/story/turn";
import type { WalkPlan } from "./walk-plan";

/** Draws one turn as text (inklecate's play format: `formatPlainTurn` in the shell). */
export type TurnRenderer = (turn: Turn) => string;

/** Rewrites the opening lines of a walk before rendering (see normalise-opening.ts). */
export type OpeningNormaliser = (lines: Line[]) => Line[];

export interface WalkOptions {
  render: TurnRenderer;
  normaliseOpening: OpeningNormaliser;
  /** A walk stops (and says so in its transcript) after this many choices. Default 500. */
  maxChoices?: number;
}

export interface PlayedWalk {
  transcript: string;
  choices: number;
  /** The `ending:` id the walk reached, if any. */
  ending?: string;
}

/**
 * Plays `plan` from `start` (which gives a session at the first line, seeded and with the
 * plan's premises); never throws for an ink runtime error, which is transcribed instead.
 */
export function playWalk(
  start: (plan: WalkPlan) => Session,
  plan: WalkPlan,
  options: WalkOptions,
): PlayedWalk {
  const maxChoices = options.maxChoices ?? 500;
  const draw = createRandom(plan.choiceSeed);
  let transcript = "";
  let choices = 0;
  let ending: string | undefined;
  try {
    const session = start(plan);
    let turn = session.continue();
    turn = { ...turn, lines: options.normaliseOpening(turn.lines) };
    for (;;) {
      transcript += transcribeTurn(turn, options.render);
      ending = turn.ending?.id ?? ending;
      if (turn.choices.length === 0) break;
      if (choices >= maxChoices) {
        transcript += `\n<walk stopped after ${maxChoices} choices>\n`;
        break;
      }
      const index = Math.floor(draw() * turn.choices.length);
      transcript += `${index + 1}\n`;
      session.choose(index);
      choices += 1;
      turn = session.continue();
    }
  } catch (error) {
    if (!(error instanceof InkRuntimeError)) throw error;
    transcript += `\n<ink runtime error: ${error.messages.join("; ")}>\n`;
  }
  const walk: PlayedWalk = { transcript, choices };
  if (ending !== undefined) walk.ending = ending;
  return walk;
}

function transcribeTurn(turn: Turn, render: TurnRenderer): string {
  const warnings = turn.warnings.map((warning) => `<ink runtime warning: ${warning}>\n`);
  return `${warnings.join("")}${render(turn)}`;
}
