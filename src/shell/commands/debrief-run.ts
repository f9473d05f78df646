/**
 * The work behind `khasan debrief`: read the run, the campaign, its record and roles; build
 * the debrief (core) and write it as HTML, Markdown or text.
 */
import { extname, resolve } from "node:path";
import { buildDebrief } from "../../core/classroom/debrief";
import { UsageError } from "../../core/errors";
import { resumeSession } from "../../core/save/resume";
import { plural } from "../../core/words";
import { writeFileAtomic } from "../files/atomic-write";
import { requireClassroom } from "../files/classroom-file";
import { loadAssumptions } from "../files/record-file";
import { loadRolesFile, requireRecord } from "../files/report-inputs";
import { readSaveFile } from "../files/save-store";
import { loadStoryFile } from "../files/story-files";
import { renderStudentHandoutHtml } from "../views/debrief-handout";
import { renderDebriefHtml } from "../views/debrief-html";
import { renderDebriefText } from "../views/debrief-text";
import { renderDebriefMarkdown } from "../views/debrief-view";
import { renderMapFigure } from "../views/map-svg";
import { createStyle } from "../views/style";
import type { DebriefOptions } from "./debrief";
import type { CommandContext } from "./index";
import { loadMapFile } from "./map-file";

export function writeDebrief(run: string, options: DebriefOptions, { io }: CommandContext): void {
  const format = options.out === undefined ? "text" : extname(options.out).toLowerCase();
  if (format !== "text" && format !== ".html" && format !== ".md") {
    throw new UsageError(`--out "${options.out}" must end in .html or .md`);
  }
  if (options.student && format !== ".html") {
    throw new UsageError("--student writes HTML: give --out FILE.html");
  }
  const label = resolve(io.cwd, run);
  const save = readSaveFile(label);
  const loaded = loadStoryFile(undefined, io.cwd);
  // Checked against the story as a resumed save is: premises within their values and, for
  // this build, every logged choice one the story offered (a run of another build is replayed,
  // and the debrief stops at its first choice that does not fit).
  resumeSession(loaded.story, save, { replay: true, label, meta: loaded.meta });
  const roles = loadRolesFile(loaded.dir);
  const assumptions = loadAssumptions(loaded.dir);
  const classroom = requireClassroom(loaded.dir);
  const record = requireRecord(loaded.dir);
  const map = loadMapFile(loaded.dir);
  const debrief = buildDebrief({
    save,
    story: loaded.story,
    meta: loaded.meta,
    record,
    classroom,
    ...(roles ? { roles } : {}),
    ...(assumptions ? { assumptions } : {}),
  });
  if (debrief.replayed < save.log.length) {
    io.stderr.write(
      `khasan: only ${debrief.replayed} of ${plural(save.log.length, "choice")} fit this story build; the debrief stops there\n`,
    );
  }
  if (options.out === undefined) {
    return void io.stdout.write(renderDebriefText(debrief, createStyle(io)));
  }
  const path = resolve(io.cwd, options.out);
  if (options.student) {
    const figure = map ? renderMapFigure(map, record, "short") : "";
    writeFileAtomic(path, renderStudentHandoutHtml(debrief, classroom, figure));
    return void io.stdout.write(`Wrote the student handout: ${path}\n`);
  }
  writeFileAtomic(
    path,
    format === ".html"
      ? renderDebriefHtml(debrief, map ? renderMapFigure(map, record, "full") : "")
      : renderDebriefMarkdown(debrief),
  );
  io.stdout.write(`Wrote the debrief pack: ${path}\n`);
}
