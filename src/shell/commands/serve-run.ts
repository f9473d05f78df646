/**
 * The work behind `khasan serve`: read the options into lesson settings, start the web lesson,
 * print where to reach it (the teacher's address only here, in the terminal that started it),
 * and serve until Ctrl-C.
 */
import { join } from "node:path";
import { findCut } from "../../core/classroom/classroom-data";
import type { LessonSettings } from "../../core/classroom/lesson";
import { decisionOrder, historyLines } from "../../core/classroom/lesson-plan";
import { cutStartDate } from "../../core/classroom/role-card";
import { parseFallbackText, parseRoleList, parseRuleText } from "../../core/classroom/settings";
import { UsageError } from "../../core/errors";
import { parsePremises } from "../../core/state/premises";
import { requireClassroom } from "../files/classroom-file";
import { dataDir } from "../files/paths";
import { loadAssumptions } from "../files/record-file";
import { requireRecord, requireRoles } from "../files/report-inputs";
import { loadStoryFile } from "../files/story-files";
import { webRoleCards } from "../web/role-cards";
import { type LessonSetup, startWebLesson } from "../web/serve-lesson";
import type { CommandContext } from "./index";
import { givenLessonOptions } from "./lesson-options";
import { parseCount, parseSeed } from "./options";
import type { ServeOptions } from "./serve";

export async function runServe(options: ServeOptions, context: CommandContext): Promise<void> {
  const { io } = context;
  const setup = serveSetup(options, context);
  const started = await startWebLesson(setup);
  const where =
    options.host === "0.0.0.0"
      ? "every network interface of this computer"
      : `${options.host} only`;
  io.stdout.write(
    [
      `Khasan 1938 lesson server on ${where}, port ${started.server.port}.`,
      ...(started.keptAs ? [`The unfinished web lesson was kept as ${started.keptAs}.`] : []),
      ...(options.seed === undefined && !setup.resume
        ? [`seed ${setup.seed} (run the same lesson again with --seed ${setup.seed})`]
        : []),
      `Students join at:  ${started.urls.join}`,
      `  (room code ${started.lesson.room}; the projector shows the QR code)`,
      `Projector:         ${started.urls.projector}`,
      "Teacher (keep this address to yourself):",
      `  ${started.urls.teacher}`,
      `The lesson is saved after every event in ${started.file};`,
      "khasan serve --continue resumes it. Ctrl-C stops the server.",
      "",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    const remove = io.onInterrupt(() => {
      remove();
      void started.close().then(resolve);
    });
  });
  io.stdout.write("Server stopped; the lesson is saved.\n");
}

/** The lesson's setup from the command's options (also used by the tests, in process). */
export function serveSetup(options: ServeOptions, { io, appVersion }: CommandContext): LessonSetup {
  // A resumed lesson keeps the options it was made with.
  const given = givenLessonOptions(options);
  if (options.continue && given.length > 0) {
    const names = given.join(", ");
    throw new UsageError(`--continue resumes the lesson with its own settings: leave out ${names}`);
  }
  const port = parseCount(options.port, "--port");
  if (port > 65535) throw new UsageError(`--port "${options.port}" is not a port (0 to 65535)`);
  const loaded = loadStoryFile(undefined, io.cwd);
  const record = requireRecord(loaded.dir);
  const roles = requireRoles(loaded.dir);
  const classroom = requireClassroom(loaded.dir);
  const settings = readSettings(options, roles, classroom);
  const seed = options.seed === undefined ? io.randomSeed() : parseSeed(options.seed);
  const order = decisionOrder(record);
  const assumptions = loadAssumptions(loaded.dir);
  return {
    loaded,
    storyDir: join(dataDir(options.dataDir, io.env, io.cwd), loaded.name),
    appVersion,
    now: io.now,
    settings,
    seed,
    premises: parsePremises(options.set ?? [], loaded.meta),
    resume: options.continue === true,
    host: options.host,
    port,
    // A resumed lesson keeps its own cut: the content follows the lesson, not the options.
    contentFor: (cutId) => {
      const cut = findCut(classroom, cutId);
      return {
        title: loaded.story.meta.title ?? "Khasan 1938",
        // The same context and "as in 1938" lines as the terminal classroom (classroom-run.ts).
        context: { roles: roles.roles, classroom, startsOn: cutStartDate(cut, record, order) },
        inHistory: historyLines(record, classroom, cut, order),
        cards: webRoleCards(roles.roles, record, cut, order),
        endings: loaded.meta.endings,
        briefing: cut.briefing,
      };
    },
    debriefInput: { record, roles, classroom, ...(assumptions ? { assumptions } : {}) },
    log: (line) => io.stderr.write(`${line}\n`),
  };
}

function readSettings(
  options: ServeOptions,
  roles: Parameters<typeof parseRoleList>[1],
  classroom: Parameters<typeof findCut>[0],
): LessonSettings {
  const roleList = parseRoleList(options.roles ?? "all", roles);
  if (!roleList.ok) throw new UsageError(`--roles: ${roleList.message}`);
  const rule = parseRuleText(options.rule ?? "", "plurality");
  if (!rule.ok) throw new UsageError(`--rule: ${rule.message}`);
  const fallback = parseFallbackText(options.fallback ?? "");
  if (!fallback.ok) throw new UsageError(`--fallback: ${fallback.message}`);
  const cut = options.cut ?? classroom.cuts[0]?.id ?? "";
  if (!classroom.cuts.some((c) => c.id === cut)) {
    throw new UsageError(
      `--cut "${cut}" is not a lesson: choose from ${classroom.cuts.map((c) => c.id).join(", ")}`,
    );
  }
  const classSize =
    options.classSize === undefined ? 0 : parseCount(options.classSize, "--class-size");
  return {
    rule: rule.value,
    fallback: fallback.value,
    roles: roleList.value,
    classSize,
    cut,
    label: options.label ?? "",
  };
}
