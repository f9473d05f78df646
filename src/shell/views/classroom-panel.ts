/**
 * What the shared screen shows at a decision in classroom mode, from the lesson's projector
 * view: KEY for the cut's key decisions, whose decision it is (a role in play, else the teacher),
 * the roles with a stake, the discussion prompts and how to vote under the rule. Pure.
 */
import type { ProjectorView } from "../../core/classroom/lesson-view";
import { type Role, rolesForDecision } from "../../core/classroom/roles";
import { terminalSafe } from "./safe-text";
import { type Style, wrap } from "./style";

export interface PanelStyle extends Style {
  /** Dims a hint (the only dim text on the projector). */
  hint: (text: string) => string;
}

export function renderDecisionPanel(
  view: ProjectorView,
  roles: readonly Role[],
  present: readonly string[],
  style: PanelStyle,
): string {
  // The story's discussion tags and the roles file's names, without escape sequences.
  view = terminalSafe(view);
  roles = terminalSafe(roles);
  const { decision } = view;
  if (!decision || view.options.length < 2) return "";
  const { color, width } = style;
  const key = decision.key ? "KEY DECISION · " : "DECISION · ";
  const stake = rolesForDecision(roles, decision.id).filter((r) => present.includes(r.id));
  const lines = [
    "",
    color.bold(color.yellow(wrap(`${key}${decision.decider} decides a tie`, width))),
    stake.length > 0
      ? wrap(`Roles with a stake: ${stake.map((r) => r.name).join(", ")}`, width)
      : "",
    ...decision.discuss.map((q) => wrap(`Discuss: ${q}`, width, "").replace(/\n/g, "\n         ")),
    view.countdown ? `Discussion time: ${clock(view.countdown.seconds)}` : "",
    style.hint(wrap(voteHint(view), width)),
  ];
  return `\n${lines.filter((line) => line !== "").join("\n")}\n`;
}

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

function voteHint(view: ProjectorView): string {
  const count = view.options.length;
  const example = Array.from({ length: count }, (_, i) => (i === 0 ? 3 : i === 1 ? 1 : 0)).join(
    " ",
  );
  const size = view.classSize > 0 ? ` (at most ${view.classSize} in all)` : "";
  if (view.rule === "commander") {
    return `Rule: commander. Optional show of hands as counts ("${example}"), then ${view.decision?.decider} types a choice number.`;
  }
  return `Rule: ${view.rule}. Type the votes, one count per option, such as "${example}"${size}.`;
}
