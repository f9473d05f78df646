/**
 * What the shared screen shows at a decision in classroom mode: whose decision it is, the
 * roles with a stake, the discussion prompts and how to vote under the rule. Pure.
 */
import { type Role, rolesForDecision } from "../../core/classroom/roles";
import type { ClassroomSettings } from "../../core/classroom/settings";
import type { Decision, Turn } from "../../core/story/turn";
import { type Style, wrap } from "./style";

/** The role who decides: the decision's role when in play, else the commander. */
export function decidingRole(
  decision: Decision,
  roles: readonly Role[],
  settings: ClassroomSettings,
): Role | undefined {
  const owner = roles.find((role) => role.id === decision.role);
  if (owner && settings.roles.includes(owner.id)) return owner;
  return roles.find((role) => role.commander);
}

export function renderDecisionPanel(
  turn: Turn,
  roles: readonly Role[],
  settings: ClassroomSettings,
  style: Style,
): string {
  const { decision } = turn;
  if (!decision || turn.choices.length < 2) return "";
  const { color, width } = style;
  const owner = roles.find((role) => role.id === decision.role);
  const decider = decidingRole(decision, roles, settings);
  const whose = owner ? owner.name : decision.role;
  const standIn =
    decider && decider.id !== owner?.id ? ` (not in play: ${decider.name}'s player decides)` : "";
  const stake = rolesForDecision(roles, decision.id).filter((r) => settings.roles.includes(r.id));
  const lines = [
    "",
    color.bold(color.yellow(`DECISION · ${whose}'s to make${standIn}`)),
    stake.length > 0
      ? wrap(`Roles with a stake: ${stake.map((r) => r.name).join(", ")}`, width)
      : "",
    ...decision.discuss.map(
      (q) => `${color.cyan("Discuss:")} ${wrap(q, width - 9).replace(/\n/g, "\n         ")}`,
    ),
    color.dim(voteHint(turn.choices.length, settings)),
  ];
  return `\n${lines.filter((line) => line !== "").join("\n")}\n`;
}

function voteHint(count: number, settings: ClassroomSettings): string {
  const example = Array.from({ length: count }, (_, i) => (i === 0 ? 3 : i === 1 ? 1 : 0)).join(
    " ",
  );
  if (settings.rule === "commander") {
    return `Rule: commander. Optional show of hands as counts ("${example}"), then the deciding role types a choice number.`;
  }
  const fallback = settings.rule === "consensus" ? ` (fallback: ${settings.fallback})` : "";
  return `Rule: ${settings.rule}${fallback}. Type the votes, one count per option, such as "${example}".`;
}

export const CLASSROOM_HELP = `Classroom commands (for the facilitator):
  3 1 0          the votes, one count per option, at a decision
  decide N       take choice N without a vote
  pause          pause the lesson (Enter resumes)
  reveal         show the hidden numbers (again: hide them)
  lock-undo      stop anyone taking back a decision; unlock-undo allows it again
  note TEXT      write a note into the run (it goes into the debrief)
`;
