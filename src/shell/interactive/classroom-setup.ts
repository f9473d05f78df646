/**
 * The setup questions at the start of a lesson: the lesson cut, roles in play, the decision rule
 * (and the consensus fallback), the class size. A question answered on the command line is not
 * asked; Enter takes the default; a wrong answer is explained and asked again.
 */
import type { ClassroomData } from "../../core/classroom/classroom-data";
import type { RolesFile } from "../../core/classroom/roles";
import {
  type ClassroomSettings,
  type Parsed,
  parseClassSize,
  parseFallbackText,
  parseRoleList,
  parseRuleText,
} from "../../core/classroom/settings";
import { UsageError } from "../../core/errors";
import { wrap } from "../views/style";
import type { LineReader } from "./line-reader";

export interface SetupAnswers {
  cut?: string;
  roles?: string;
  rule?: string;
  fallback?: string;
  classSize?: string;
  label?: string;
}

export type SetupResult =
  | { kind: "settings"; settings: ClassroomSettings }
  | { kind: "quit"; code: number };

type Answer<T> = { value: T } | { code: number };

/** Asks the questions not answered by `answers`; end of input or Ctrl-C leaves with a code. */
export async function askSetup(
  answers: SetupAnswers,
  rolesFile: RolesFile,
  classroom: ClassroomData,
  reader: LineReader,
  write: (text: string) => void,
  echo: boolean,
): Promise<SetupResult> {
  const ask = <T>(
    question: string,
    given: string | undefined,
    parse: (text: string) => Parsed<T>,
  ) => askOne(question, given, parse, reader, echo ? write : undefined, write);
  const cutIds = classroom.cuts.map((c) => c.id);
  const cut = await ask(
    `Lesson: ${cutIds.join(" or ")} minutes (Enter: ${cutIds[0]}): `,
    answers.cut,
    (t) => {
      const wanted = t.trim() === "" ? cutIds[0] : t.trim();
      return wanted && cutIds.includes(wanted)
        ? { ok: true, value: wanted }
        : { ok: false, message: `"${t.trim()}" is not a lesson: ${cutIds.join(" or ")}` };
    },
  );
  if ("code" in cut) return { kind: "quit", code: cut.code };
  if (answers.roles === undefined)
    write(`${wrap(`Roles: ${rolesFile.roles.map((role) => role.id).join(", ")}`, 72)}\n`);
  const roles = await ask("Roles in play (Enter: all): ", answers.roles, (t) =>
    parseRoleList(t, rolesFile),
  );
  if ("code" in roles) return { kind: "quit", code: roles.code };
  const rule = await ask(
    "Rule: commander, plurality or consensus (Enter: plurality): ",
    answers.rule,
    (t) => parseRuleText(t, "plurality"),
  );
  if ("code" in rule) return { kind: "quit", code: rule.code };
  const fallback =
    rule.value === "consensus"
      ? await ask(
          "No consensus: plurality or commander (Enter: plurality): ",
          answers.fallback,
          parseFallbackText,
        )
      : { value: "plurality" as const };
  if ("code" in fallback) return { kind: "quit", code: fallback.code };
  const classSize = await ask(
    "How many students are in the room? ",
    answers.classSize,
    parseClassSize,
  );
  if ("code" in classSize) return { kind: "quit", code: classSize.code };
  return {
    kind: "settings",
    settings: {
      rule: rule.value,
      fallback: fallback.value,
      roles: roles.value,
      classSize: classSize.value,
      cut: cut.value,
      label: answers.label ?? "",
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
