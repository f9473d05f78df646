/**
 * The classroom role cards (`story/roles.json`) as a zod schema, and the cross-checks a schema
 * cannot make alone: every decision a role speaks to is in the record and tagged in the story,
 * every source id is in the record, every person has a record entry. Pure: the shell reads the
 * files and passes their contents in.
 */
import { z } from "zod";
import { KhasanError } from "../errors";
import { type HistoricalRecord, isoDate } from "../history/record-schema";
import { parseDataFile } from "../schema-issue";

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "ids are lower-case letters, digits, _ and -");
const text = z.string().min(1);

const knowledgeSchema = z.object({ date: isoDate, text }).strict();

export const roleSchema = z
  .object({
    id,
    /** The record's `people[].id` of the real person. */
    person: id,
    name: text,
    title: text,
    side: z.enum(["soviet", "japanese"]),
    /** The one role who decides under the `commander` rule. */
    commander: z.boolean().optional(),
    who: text,
    /** What the role is trying to achieve, scored at the debrief by `when` (conditions.ts). */
    objective: z.object({ text, when: z.array(text).min(1) }).strict(),
    /** Known only to this role's players. */
    secret: text,
    /** What the role knows, and from which date; a card shows what is dated before the lesson. */
    knows: z.array(knowledgeSchema).min(1),
    /** Decision ids this role speaks to (and, on the Soviet side, votes on). */
    decisions: z.array(id).min(1),
    /** Decision ids where this role has the casting vote (the story's `role:` tag, or default). */
    decides: z.array(id),
    /** What became of the person: kept off the card, read out at the debrief. */
    fate: text,
    sources: z.array(id).min(1),
  })
  .strict();

const seatsSchema = z
  .object({ students: z.number().int().min(1), seats: z.record(id, z.number().int().min(1)) })
  .strict();

export const rolesFileSchema = z
  .object({
    about: text,
    roles: z.array(roleSchema).min(1),
    /** How many students play each role, for class sizes from 12 to 32. */
    grouping: z.object({ note: text, sizes: z.array(seatsSchema).min(1) }).strict(),
  })
  .strict()
  .refine((file) => file.roles.filter((role) => role.commander).length === 1, {
    message: "exactly one role must be the commander",
  });

export type Role = z.infer<typeof roleSchema>;
export type RolesFile = z.infer<typeof rolesFileSchema>;

/** Parses roles.json; `label` names the file in the one-line error. */
export function parseRoles(data: unknown, label: string): RolesFile {
  return parseDataFile(rolesFileSchema, data, label);
}

/**
 * Problems linking the roles to the record and the story, one line each (empty when sound).
 * `storyDecisions` maps each id the story tags with `decision:` to its `role:` tag (undefined
 * when it has none, and then `defaultRole` decides).
 */
export function checkRoles(
  roles: RolesFile,
  record: HistoricalRecord,
  storyDecisions: ReadonlyMap<string, string | undefined>,
  defaultRole?: string,
): string[] {
  const sources = new Set(record.sources.map((source) => source.id));
  const people = new Set(record.people.map((person) => person.id));
  const decisions = new Set(record.decisions.map((decision) => decision.id));
  const tagged = new Set(storyDecisions.keys());
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const role of roles.roles) {
    if (seen.has(role.id)) problems.push(`role ${role.id} appears twice`);
    seen.add(role.id);
    if (!people.has(role.person))
      problems.push(`${role.id}: no person "${role.person}" in the record`);
    for (const decision of role.decisions) {
      if (!decisions.has(decision))
        problems.push(`${role.id}: no decision "${decision}" in the record`);
      if (!tagged.has(decision))
        problems.push(`${role.id}: the story never tags decision "${decision}"`);
    }
    for (const source of role.sources) {
      if (!sources.has(source)) problems.push(`${role.id}: no source "${source}" in the record`);
    }
    for (const decision of role.decides) {
      if (!role.decisions.includes(decision))
        problems.push(`${role.id}: decides "${decision}" but does not speak to it`);
    }
  }
  for (const [decision, tag] of storyDecisions) {
    const owner = tag ?? defaultRole;
    const deciders = roles.roles.filter((role) => role.decides.includes(decision));
    if (deciders.length !== 1 || (owner !== undefined && deciders[0]?.id !== owner)) {
      const named = deciders.map((role) => role.id).join(", ") || "no role";
      problems.push(`decision ${decision}: the story gives it to ${owner}, roles.json to ${named}`);
    }
  }
  const ids = roles.roles.map((role) => role.id);
  for (const size of roles.grouping.sizes) {
    const seated = Object.values(size.seats).reduce((sum, n) => sum + n, 0);
    if (seated !== size.students)
      problems.push(`grouping for ${size.students}: the seats add up to ${seated}`);
    for (const role of ids) {
      if (!(role in size.seats))
        problems.push(`grouping for ${size.students}: no seat for ${role}`);
    }
  }
  return problems;
}

/** The roles with a stake in a decision, in the file's order. */
export function rolesForDecision(roles: readonly Role[], decision: string): Role[] {
  return roles.filter((role) => role.decisions.includes(decision));
}

/** The commander's role (the one marked `commander`). */
export function commanderOf(roles: RolesFile): Role {
  const found = roles.roles.find((role) => role.commander);
  if (!found) throw new KhasanError("record-invalid", "roles.json names no commander");
  return found;
}
