/**
 * Reads `story/classroom.json` and the ink sources the classroom check needs (the main file and
 * every file it INCLUDEs), with one-line errors naming the file.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { type ClassroomData, parseClassroom } from "../../core/classroom/classroom-data";
import { KhasanError } from "../../core/errors";
import { includesOf } from "../../core/explore/lint-source";
import { readOptionalJson } from "./json-file";
import { readInclude, readText } from "./story-files";

/** classroom.json beside a story, or undefined when it has none. */
export function loadClassroomFile(dir: string): ClassroomData | undefined {
  const path = join(dir, "classroom.json");
  const data = readOptionalJson(path, "record-invalid");
  return data === undefined ? undefined : parseClassroom(data, path);
}

export function requireClassroom(dir: string): ClassroomData {
  const data = loadClassroomFile(dir);
  if (!data) throw new KhasanError("record-invalid", `no classroom.json in ${dir}`);
  return data;
}

/** The text of an ink file and of every file it includes, in include order. */
export function readInkSources(inkPath: string): string[] {
  const dir = dirname(inkPath);
  const names = [inkPath.slice(dir.length + 1)];
  const texts: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const full = join(dir, name);
    if (!existsSync(full)) continue;
    // The same limits as compiling: each file at most 4 MB, includes inside the story's folder.
    const text =
      i === 0 ? readText(full, "story file", "inkSource") : readInclude(dir, name, names[0] ?? "");
    texts.push(text);
    for (const include of includesOf(text)) if (!names.includes(include)) names.push(include);
  }
  return texts;
}
