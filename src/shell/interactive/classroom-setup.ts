/**
 * The setup questions at the start of a lesson: roles in play, the decision rule (and the
 * consensus fallback), the timer. A question answered on the command line is not asked; Enter
 * takes the default; a wrong answer is explained and asked again.
 */
import type { RolesFile } from "../../core/classroom/roles";
import {
  type ClassroomSettings,
  type Parsed,
  parseFallbackText,
  parseRoleList,
  parseRuleText,
  parseTimer,
} from "../../core/classroom/settings";
import { UsageError } from "../../core/errors";
import type { LineReader } from "./line-reader";

export interface SetupAnswers {
  roles?: string;
  rule?: string;
  fallback?: string;
  timer?: string;
}

export type SetupResult =
  | { kind: "settings"; settings: ClassroomSettings }
  | { kind: "quit"; code: number };

type Answer<T> = { value: T } | { code: number };

/** Asks the questions not answered by `answers`; end of input or Ctrl-C leaves with a code. */
export async function askSetup(
  answers: SetupAnswers,
  rolesFile: RolesFile,
  reader: LineReader,
  write: (text: string) => void,
  echo: boolean,
): Promise<SetupResult> {
  const ask = <T>(
    question: string,
    given: string | undefined,
    parse: (text: string) => Parsed<T>,
  ) => askOne(question, given, parse, reader, echo ? write : undefined, write);
  if (answers.roles === undefined)
    write(`Roles: ${rolesFile.roles.map((role) => role.id).join(", ")}\n`);
  const roles = await ask("Roles in play (Enter: all): ", answers.roles, (t) =>
    parseRoleList(t, rolesFile),
  );
  if ("code" in roles) return { kind: "quit", code: roles.code };
  const rule = await ask(
    "Rule: commander, majority or consensus (Enter: majority): ",
    answers.rule,
    (t) => parseRuleText(t, "majority"),
  );
  if ("code" in rule) return { kind: "quit", code: rule.code };
  const fallback =
    rule.value === "consensus"
      ? await ask(
          "If there is no consensus: majority or commander (Enter: majority): ",
          answers.fallback,
          parseFallbackText,
        )
      : { value: "majority" as const };
  if ("code" in fallback) return { kind: "quit", code: fallback.code };
  const timer = await ask(
    "Timer per decision, seconds or m:ss (Enter: none): ",
    answers.timer,
    parseTimer,
  );
  if ("code" in timer) return { kind: "quit", code: timer.code };
  return {
    kind: "settings",
    settings: {
      rule: rule.value,
      fallback: fallback.value,
      roles: roles.value,
      timer: timer.value,
    },
  };
}

async function askOne<T>(
  question: string,
  given: string | undefined,
  parse: (text: string) => Parsed<T>,
  reader: LineReader,
  echo: ((text: string) => void) | undefined,
  write: (text: string) => void,
): Promise<Answer<T>> {
  if (given !== undefined) {
    const parsed = parse(given);
    if (!parsed.ok) throw new UsageError(parsed.message);
    return { value: parsed.value };
  }
  for (;;) {
    const input = await reader.next(question);
    if (input.kind === "eof") return { code: 0 };
    if (input.kind === "interrupt") return { code: 130 };
    echo?.(`${input.text}\n`);
    const parsed = parse(input.text);
    if (parsed.ok) return { value: parsed.value };
    write(`${parsed.message}\n`);
  }
}
