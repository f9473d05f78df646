/**
 * The classroom files' part of `khasan check`: roles.json, classroom.json and map.json against the story
 * (its `decision:` and `option:` tags, read from the ink sources), its variables and endings, and
 * the record. A renamed decision or option in the story shows up here as one line per use.
 */
import type { HistoricalRecord } from "../history/record-schema";
import type { VariablesMeta } from "../state/variables-meta";
import { type ClassroomData, checkClassroom } from "./classroom-data";
import { checkCondition, type KnownIds } from "./conditions";
import { checkMap, type SectorMap } from "./map-data";
import { checkRoles, type RolesFile } from "./roles";

/**
 * Each `decision:` tag with the `option:` tags that follow it in the same source, in order.
 * An `option:` belongs to the nearest `decision:` above it (the story keeps outcomes under their
 * decision, DESIGN.md 3.2).
 */
export function decisionOptions(sources: readonly string[]): Map<string, string[]> {
  const options = new Map<string, string[]>();
  for (const source of sources) {
    let current: string | undefined;
    for (const match of source.matchAll(/#\s*(decision|option):\s*([a-z0-9_-]+)/g)) {
      const [, kind, id = ""] = match;
      if (kind === "decision") {
        current = id;
        if (!options.has(id)) options.set(id, []);
      } else if (current) {
        const list = options.get(current) ?? [];
        if (!list.includes(id)) list.push(id);
      }
    }
  }
  return options;
}

/** Each `decision:` tag with the `role:` tag on the same line, if any. */
export function decisionRoles(sources: readonly string[]): Map<string, string | undefined> {
  const roles = new Map<string, string | undefined>();
  for (const source of sources) {
    for (const line of source.split("\n")) {
      const decision = /#\s*decision:\s*([a-z0-9_-]+)/.exec(line)?.[1];
      // A decision tagged in several places keeps the role any of them names.
      if (decision)
        roles.set(decision, /#\s*role:\s*([a-z0-9_-]+)/.exec(line)?.[1] ?? roles.get(decision));
    }
  }
  return roles;
}

export interface ClassroomCheckInput {
  classroom?: ClassroomData;
  roles?: RolesFile;
  /** story/map.json, when the story has one. */
  map?: SectorMap;
  record: HistoricalRecord;
  meta: VariablesMeta;
  /** The story's ink sources (the main file and its includes). */
  sources: readonly string[];
}

export function knownIds(meta: VariablesMeta, sources: readonly string[]): KnownIds {
  return {
    options: decisionOptions(sources),
    endings: Object.keys(meta.endings),
    variables: new Map(Object.entries(meta.variables).map(([name, v]) => [name, v.values])),
  };
}

/** Every problem in the classroom files, one line each. */
export function checkClassroomFiles(input: ClassroomCheckInput): string[] {
  const { classroom, roles, record, meta, sources, map } = input;
  const known = knownIds(meta, sources);
  const problems: string[] = [];
  if (roles) {
    const tagged = decisionRoles(sources);
    problems.push(
      ...checkRoles(roles, record, tagged, classroom?.defaultRole).map((p) => `roles.json: ${p}`),
    );
    for (const role of roles.roles) {
      for (const condition of role.objective.when) {
        for (const p of checkCondition(condition, known))
          problems.push(`roles.json: ${role.id}: ${p}`);
      }
    }
  }
  if (classroom) {
    const ids = {
      ...known,
      roles: roles?.roles.map((role) => role.id) ?? [],
      people: record.people.map((person) => person.id),
      sources: record.sources.map((source) => source.id),
    };
    problems.push(...checkClassroom(classroom, ids).map((p) => `classroom.json: ${p}`));
  }
  if (map) {
    const known = record.sources.map((source) => source.id);
    problems.push(...checkMap(map, known).map((p) => `map.json: ${p}`));
  }
  return problems;
}
