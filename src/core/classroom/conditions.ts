/**
 * Conditions on what a class did, in the text form `story/classroom.json` uses for debrief
 * questions and role objectives. The syntax follows the story's `claim:` tags (DESIGN.md 3.2):
 *
 * - `decision=a|b`: the class itself took option a or b at that decision;
 * - `decision=!a`: the class took the decision, and not option a;
 * - `decision=none`: the class did not take it (never reached, or taken as in 1938 by a lesson
 *   cut that skips it); `decision=history`: a lesson cut took it as in 1938;
 * - `ending=x|y`: the run ended in ending x or y;
 * - `variable=v|w`, `variable!=v`, `variable<n`, `variable<=n`, `variable>n`, `variable>=n`:
 *   a story variable's value at the end of the run.
 *
 * A question or objective holds when all of its conditions hold. Pure.
 */

export type Scalar = string | number | boolean;

/** What a finished (or stopped) run is known to have done. */
export interface RunFacts {
  /** The option the class took at each decision it took itself (the last time). */
  chosen: Readonly<Record<string, string>>;
  /** Decisions a lesson cut took as history did, without the class. */
  byHistory: readonly string[];
  ending?: string;
  /** Story variables at the end of the run. */
  variables: Readonly<Record<string, Scalar>>;
}

export type Operator = "=" | "!=" | "<" | "<=" | ">" | ">=";

export interface Condition {
  subject: string;
  operator: Operator;
  values: string[];
  /** `decision=!a`: every option but these. */
  negated: boolean;
}

const PATTERN = /^([a-z0-9_]+)\s*(<=|>=|!=|=|<|>)\s*(!?)([A-Za-z0-9_|.-]+)$/;

/** Parses one condition; a string message when it is malformed. */
export function parseCondition(text: string): Condition | string {
  const match = PATTERN.exec(text.trim());
  if (!match) return `"${text}" is not a condition such as decision=option or soviet_killed<500`;
  const [, subject = "", operator = "=", bang = "", rest = ""] = match;
  const values = rest.split("|");
  if (values.some((value) => value === "")) return `"${text}" has an empty alternative`;
  if (bang && operator !== "=") return `"${text}": use ! only after =`;
  if (operator.match(/[<>]/) && !/^-?\d+$/.test(rest)) {
    return `"${text}": ${operator} compares with a whole number`;
  }
  return { subject, operator: operator as Operator, values, negated: bang === "!" };
}

/** Whether one condition holds for the run; `decisions` are the ids that are decisions. */
export function conditionHolds(
  condition: Condition,
  facts: RunFacts,
  decisions: ReadonlySet<string>,
): boolean {
  const { subject, operator, values, negated } = condition;
  if (decisions.has(subject)) {
    const taken = Object.hasOwn(facts.chosen, subject) ? facts.chosen[subject] : undefined;
    if (values.length === 1 && values[0] === "none") return taken === undefined;
    if (values.length === 1 && values[0] === "history") return facts.byHistory.includes(subject);
    if (taken === undefined) return false;
    const listed = values.includes(taken);
    const result = negated ? !listed : listed;
    return operator === "!=" ? !result : result;
  }
  const own = Object.hasOwn(facts.variables, subject) ? facts.variables[subject] : undefined;
  const actual = subject === "ending" ? facts.ending : own;
  if (actual === undefined) return false;
  if (operator === "=" || operator === "!=") {
    const listed = values.includes(String(actual));
    const result = negated ? !listed : listed;
    return operator === "!=" ? !result : result;
  }
  const limit = Number(values[0]);
  const value = Number(actual);
  if (operator === "<") return value < limit;
  if (operator === "<=") return value <= limit;
  if (operator === ">") return value > limit;
  return value >= limit;
}

/** Whether every condition holds (conditions already parsed and checked). */
export function allHold(
  conditions: readonly string[],
  facts: RunFacts,
  decisions: ReadonlySet<string>,
): boolean {
  return conditions.every((text) => {
    const parsed = parseCondition(text);
    return typeof parsed !== "string" && conditionHolds(parsed, facts, decisions);
  });
}

/** The ids a condition may name, for `khasan check`. */
export interface KnownIds {
  /** Decision id to its option ids (as the story tags them). */
  options: ReadonlyMap<string, readonly string[]>;
  endings: readonly string[];
  variables: ReadonlyMap<string, readonly Scalar[] | undefined>;
}

/** One line per problem with a condition (empty when sound). */
export function checkCondition(text: string, known: KnownIds): string[] {
  const parsed = parseCondition(text);
  if (typeof parsed === "string") return [parsed];
  const { subject, values } = parsed;
  const options = known.options.get(subject);
  if (options) {
    const special = values.length === 1 && (values[0] === "none" || values[0] === "history");
    if (special) return [];
    return values
      .filter((value) => !options.includes(value))
      .map((value) => `${text}: decision ${subject} has no option "${value}"`);
  }
  if (subject === "ending") {
    return values
      .filter((value) => !known.endings.includes(value))
      .map((value) => `${text}: no ending "${value}"`);
  }
  if (!known.variables.has(subject)) {
    return [`${text}: "${subject}" is neither a decision, "ending" nor a story variable`];
  }
  const allowed = known.variables.get(subject);
  if (!allowed || parsed.operator.match(/[<>]/)) return [];
  return values
    .filter((value) => !allowed.map(String).includes(value))
    .map((value) => `${text}: ${subject} is never "${value}"`);
}
