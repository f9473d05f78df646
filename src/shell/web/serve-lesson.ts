/**
 * Starts a web lesson: reads the campaign's content, makes a new lesson (or resumes the one in
 * the data directory with `--continue`), and serves it. The lesson and its run live in one
 * file, `web-lesson.json` beside the story's saves, written atomically after every event; the
 * run is also kept as a named save (`saves/web-lesson-ROOM.json`) for `khasan debrief` and
 * `khasan stats`.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildDebrief, type Debrief } from "../../core/classroom/debrief";
import { newLesson } from "../../core/classroom/lesson";
import { KhasanError, UsageError } from "../../core/errors";
import { Game } from "../../core/play/game";
import type { SaveStore } from "../../core/play/save-store";
import { resumeSession } from "../../core/save/resume";
import { decodeSave, type SaveFile } from "../../core/save/save-file";
import { Session } from "../../core/story/session";
import { writeFileAtomic } from "../files/atomic-write";
import { keepUnderNewName } from "../files/keep-file";
import { readLimitedText } from "../files/read-limited";
import { createFileSaveStore } from "../files/save-store";
import type { LoadedStory } from "../files/story-files";
import { renderStudentHandoutHtml } from "../views/debrief-handout";
import { renderDebriefHtml } from "../views/debrief-html";
import { renderDataScript } from "./campaign-data";
import { campaignData, readClientFile } from "./campaign-files";
import { joinUrl, publicHost, qrSvg } from "./join-address";
import { type HostContent, WebLesson, type WebLessonFile } from "./lesson-host";
import { newRoomCode, newSecret } from "./secrets";
import { type RunningServer, startServer } from "./server";
import { renderSoloPage } from "./solo-page";

export const LESSON_FILE = "web-lesson.json";

export interface LessonSetup {
  loaded: LoadedStory;
  /** The content for a lesson cut (a resumed lesson's cut is its own, not the options'). */
  contentFor: (cut: string) => Omit<HostContent, "joinUrl">;
  /** The story folder's saves directory (`<data dir>/<story name>`). */
  storyDir: string;
  appVersion: string;
  now: () => Date;
  /** A new lesson's settings and seed; unused with `resume`. */
  settings: WebLessonFile["state"]["settings"];
  seed: number;
  premises: Record<string, string | number | boolean>;
  resume: boolean;
  host: string;
  port: number;
  /** Read by the debrief download: the record, the roles, the assumptions. */
  debriefInput: Omit<Parameters<typeof buildDebrief>[0], "save" | "story" | "meta">;
  log?: (line: string) => void;
  serverLimits?: { perAddress?: number; total?: number };
}

export interface StartedLesson {
  lesson: WebLesson;
  server: RunningServer;
  urls: { join: string; projector: string; teacher: string };
  /** Where the lesson is saved. */
  file: string;
  /** Set when an unfinished lesson was set aside for this new one. */
  keptAs?: string;
  close: () => Promise<void>;
}

export async function startWebLesson(setup: LessonSetup): Promise<StartedLesson> {
  const path = join(setup.storyDir, LESSON_FILE);
  const store = runStore(setup.storyDir);
  let keptAs: string | undefined;
  let lessonFile: WebLessonFile;
  let game: Game;
  const context = {
    loaded: setup.loaded,
    store: store.memory,
    autosaveSlot: "web-lesson",
    appVersion: setup.appVersion,
    now: setup.now,
  };
  if (setup.resume) {
    const saved = readLessonFile(path);
    const resumed = resumeSession(setup.loaded.story, saved.run, {
      replay: false,
      label: path,
      meta: setup.loaded.meta,
    });
    game = new Game(resumed.session, context, saved.run);
    lessonFile = saved.lesson;
  } else {
    if (existsSync(path)) {
      const base = `web-lesson-${setup.now().toISOString().replace(/[:.]/g, "-")}`;
      keptAs = join(setup.storyDir, `${keepUnderNewName(path, setup.storyDir, base)}.json`);
    }
    const session = new Session(setup.loaded.story, { seed: setup.seed, premises: setup.premises });
    game = new Game(session, context);
    session.continue();
    lessonFile = {
      format: "khasan-web-lesson",
      version: 1,
      room: newRoomCode(),
      token: newSecret(),
      started: false,
      page: 0,
      nextStudent: 1,
      keys: {},
      state: newLesson(setup.settings),
    };
  }
  const shown = publicHost(setup.host);
  const staticFiles = await staticFilesFor(setup, joinUrl(shown, setup.port, lessonFile.room));
  let keptRun = "";
  const save = (file: WebLessonFile) => {
    const run = game.toSave();
    writeFileAtomic(path, `${JSON.stringify({ ...file, run })}\n`);
    // The named copy for debrief and stats changes only when the run does, not with each vote.
    const shape = `${run.log.length}:${run.notes?.length ?? 0}:${run.events.length}`;
    if (shape !== keptRun) store.disk.write(`saves/web-lesson-${file.room}`, run);
    keptRun = shape;
  };
  const content: HostContent = { ...setup.contentFor(lessonFile.state.settings.cut), joinUrl: "" };
  const lesson = new WebLesson(game, content, lessonFile, {
    saveLesson: save,
    file: (request, isTeacher) => {
      const download = DOWNLOADS[request];
      if (download && isTeacher) {
        const debrief = buildDebrief({
          ...setup.debriefInput,
          save: game.toSave(),
          story: setup.loaded.story,
          meta: setup.loaded.meta,
        });
        return { type: "text/html; charset=utf-8", body: download(debrief, setup.debriefInput) };
      }
      return staticFiles.get(request);
    },
  });
  save(lessonFile);
  const server = await startServer(lesson, {
    host: setup.host,
    port: setup.port,
    ...(setup.log ? { log: setup.log } : {}),
    ...(setup.serverLimits ?? {}),
  });
  const base = `http://${shown}:${server.port}`;
  content.joinUrl = joinUrl(shown, server.port, lessonFile.room);
  if (server.port !== setup.port) {
    const refreshed = await staticFilesFor(setup, content.joinUrl);
    for (const [key, value] of refreshed) staticFiles.set(key, value);
  }
  const local = setup.host === "0.0.0.0" ? "127.0.0.1" : shown;
  return {
    lesson,
    server,
    urls: {
      join: content.joinUrl,
      projector: `${base}/`,
      teacher: `http://${local}:${server.port}/teach?token=${lessonFile.token}`,
    },
    file: path,
    ...(keptAs ? { keptAs } : {}),
    close: () => server.close(),
  };
}

type StaticFile = { type: string; body: string };
type DebriefInput = LessonSetup["debriefInput"];

/** The teacher's downloads (token required): the debrief pack and the one-page handout. */
const DOWNLOADS: Readonly<Record<string, (d: Debrief, input: DebriefInput) => string>> = {
  "/debrief.html": (debrief) => renderDebriefHtml(debrief),
  "/handout.html": (debrief, input) => renderStudentHandoutHtml(debrief, input.classroom),
};

async function staticFilesFor(setup: LessonSetup, join: string): Promise<Map<string, StaticFile>> {
  const js = "text/javascript; charset=utf-8";
  const data = campaignData(setup.loaded);
  const solo = {
    type: "text/html; charset=utf-8",
    body: renderSoloPage(data.title, readClientFile("khasan.css")),
  };
  return new Map<string, StaticFile>([
    ["/static/lesson.js", { type: js, body: readClientFile("lesson.js") }],
    ["/static/khasan.css", { type: "text/css; charset=utf-8", body: readClientFile("khasan.css") }],
    ["/qr.svg", { type: "image/svg+xml", body: await qrSvg(join) }],
    ["/solo/", solo],
    ["/solo/index.html", solo],
    ["/solo/story.js", { type: js, body: renderDataScript(data) }],
    ["/solo/solo.js", { type: js, body: readClientFile("solo.js") }],
  ]);
}

/** Game autosaves go nowhere (the lesson file holds the run); named saves go to disk. */
function runStore(storyDir: string): { memory: SaveStore; disk: SaveStore } {
  const disk = createFileSaveStore(storyDir);
  const memory: SaveStore = { ...disk, write: () => {} };
  return { memory, disk };
}

function readLessonFile(path: string): { lesson: WebLessonFile; run: SaveFile } {
  if (!existsSync(path)) {
    throw new UsageError(
      `no web lesson to continue: ${path} is not there (start one with khasan serve)`,
    );
  }
  // Read within the save's size limit: a folder, a FIFO or a huge file is refused in one line.
  const text = readLimitedText(path, "web lesson", "save", "save-corrupt");
  let data: WebLessonFile & { run: unknown };
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KhasanError("save-corrupt", `${path} is not a readable web lesson`, { cause: error });
  }
  if (data?.format !== "khasan-web-lesson" || data.version !== 1 || !data.state || !data.keys) {
    throw new KhasanError("save-corrupt", `${path} is not a web lesson this version can read`);
  }
  const run = decodeSave(JSON.stringify(data.run), path);
  const { run: _run, ...lesson } = data;
  return { lesson, run };
}
