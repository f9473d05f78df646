/**
 * The lesson behind `khasan serve`: the core's lesson reducer and driver (core/classroom), run on
 * the same Game as the terminal classroom, with what only the web adds around them: students'
 * reconnection keys, the room code and the teacher's token, the projector's page number. Every
 * message becomes one lesson event, sent only when `mayDispatch` allows it for the sender; after
 * each accepted event the run is autosaved and the lesson file written (both atomically), so
 * `khasan serve --continue` resumes after a crash with every student's role and vote.
 */
import {
  type Actor,
  type LessonContext,
  type LessonEvent,
  type LessonState,
  mayDispatch,
} from "../../core/classroom/lesson";
import {
  type DriverDeps,
  type DriverResult,
  driveLesson,
  lessonStoryOf,
  startLesson,
} from "../../core/classroom/lesson-driver";
import { projectorView, studentView, teacherView } from "../../core/classroom/lesson-view";
import type { Game } from "../../core/play/game";
import { recordNotes } from "../interactive/classroom-commands";
import type { TeacherMessage } from "./messages";
import { cleanNickname } from "./nickname";
import type { EndingInfo, LastVote, PageView, Progress, RoleCard, RoleSummary } from "./page-views";
import { newSecret } from "./secrets";
import type { HostReply, LessonHost, Viewer } from "./server";

/** The web lesson's own file, beside the run's autosave. */
export interface WebLessonFile {
  format: "khasan-web-lesson";
  version: 1;
  room: string;
  token: string;
  started: boolean;
  page: number;
  nextStudent: number;
  /** Reconnection key → student id. */
  keys: Record<string, string>;
  state: LessonState;
}

export interface HostFiles {
  /** Static files and the teacher's downloads by path (`/static/lesson.js`, `/debrief.html`). */
  file: (
    path: string,
    isTeacher: boolean,
    lesson: WebLesson,
  ) => { type: string; body: string } | undefined;
  /** Writes the lesson file atomically. */
  saveLesson: (file: WebLessonFile) => void;
}

export interface HostContent {
  title: string;
  context: LessonContext;
  /** What was done in 1938 at each decision, for decisions a cut takes as history. */
  inHistory: Readonly<Record<string, string>>;
  /** Each role's card for the lesson's cut, by role id (role-cards.ts). */
  cards: Readonly<Record<string, RoleCard>>;
  endings: Readonly<Record<string, { title: string; summary: string; historical?: boolean }>>;
  briefing: string[];
  joinUrl: string;
}

/** Students in one lesson at most; more joins are refused (a class is 12 to 32). */
export const MAX_STUDENTS = 80;

export class WebLesson implements LessonHost {
  readonly room: string;
  readonly token: string;
  private lesson: WebLessonFile;
  private readonly deps: DriverDeps;

  constructor(
    readonly game: Game,
    private readonly content: HostContent,
    lesson: WebLessonFile,
    private readonly files: HostFiles,
  ) {
    this.lesson = lesson;
    this.room = lesson.room;
    this.token = lesson.token;
    const story = lessonStoryOf(game);
    this.deps = { context: content.context, story, inHistory: content.inHistory };
  }

  get state(): LessonState {
    return this.lesson.state;
  }

  join(name: string, role: string | undefined, now: number) {
    const clean = cleanNickname(name);
    if (!clean) return { ok: false, reply: "Type a nickname of letters or digits." };
    if (Object.keys(this.state.students).length >= MAX_STUDENTS) {
      return { ok: false, reply: "The lesson is full." };
    }
    if (role !== undefined && !this.state.settings.roles.includes(role)) {
      return { ok: false, reply: "That role is not in play in this lesson." };
    }
    const student = `s${this.lesson.nextStudent}`;
    const event: LessonEvent = {
      type: "join",
      student,
      name: clean,
      at: now,
      ...(role ? { role } : {}),
    };
    const result = this.dispatch({ kind: "student", id: student }, event, () => {
      const key = newSecret();
      this.lesson.nextStudent += 1;
      this.lesson.keys[key] = student;
      return key;
    });
    return result.key ? { ...result, student } : result;
  }

  studentForKey(key: string): string | undefined {
    return Object.hasOwn(this.lesson.keys, key) ? this.lesson.keys[key] : undefined;
  }

  vote(student: string, option: number, decision: string, now: number): HostReply {
    if (this.state.scene?.decision?.id !== decision) {
      return { ok: false, reply: "That vote was for a decision that is no longer open." };
    }
    return this.dispatch(
      { kind: "student", id: student },
      { type: "vote", student, option, at: now },
    );
  }

  teach(message: TeacherMessage, now: number): HostReply {
    if (message.type === "page") {
      this.lesson.page = message.page;
      this.files.saveLesson(this.lesson);
      return { ok: true, reply: `Projector: page ${message.page + 1}.` };
    }
    if (message.type === "start") return this.start(now);
    if (!this.lesson.started) return { ok: false, reply: "Start the lesson first." };
    // A control named for a step that has passed came from a page not yet caught up: the
    // second click of a double click, sent before the first one's view arrived.
    const { step, ...rest } = { step: undefined, ...message };
    if (step !== undefined && step !== this.state.scene?.step) {
      return { ok: false, reply: "The story has moved on since that click: look again." };
    }
    return this.dispatch({ kind: "teacher" }, { ...rest, at: now } as LessonEvent);
  }

  private start(now: number): HostReply {
    if (this.lesson.started) return { ok: false, reply: "The lesson has already started." };
    const turn = this.game.session.lastTurn() ?? this.game.session.continue();
    const result = startLesson(this.state, turn, now, this.deps);
    this.lesson.started = true;
    this.absorb(result);
    return { ok: true, reply: "The lesson has started." };
  }

  /** One event from one sender: refused unless the reducer's rules let that sender send it. */
  private dispatch(
    actor: Actor,
    event: LessonEvent,
    onAccepted?: () => string,
  ): HostReply & { key?: string } {
    if (!mayDispatch(actor, event)) return { ok: false, reply: "You may not do that." };
    const result = driveLesson(this.state, event, this.deps);
    if (!result.ok) return { ok: false, reply: result.reply };
    const key = onAccepted?.();
    this.absorb(result);
    return { ok: true, reply: result.reply, ...(key ? { key } : {}) };
  }

  private absorb(result: DriverResult): void {
    const before = this.state;
    this.lesson.state = result.state;
    if (result.turn) this.lesson.page = 0;
    recordNotes(this.game, before, result.state, result);
    this.game.autosave();
    this.files.saveLesson(this.lesson);
  }

  view(viewer: Viewer, now: number): PageView {
    const { title } = this.content;
    const context = this.content.context;
    const ending = this.ending();
    if (viewer.page === "student") {
      const page: PageView = { page: "student", title, room: this.room, roles: this.roleList() };
      const id = viewer.student;
      const view = id ? studentView(this.state, context, id, now) : undefined;
      if (!view) return page;
      page.view = view;
      const role = view.role ? this.card(view.role) : undefined;
      if (role) page.card = role;
      const lastVote = this.lastVote();
      if (lastVote) page.lastVote = lastVote;
      if (ending) page.ending = ending;
      if (this.isTalkItOver()) page.talkItOver = true;
      return page;
    }
    const shared = {
      title,
      join: { room: this.room, url: this.content.joinUrl },
      started: this.lesson.started,
      pageIndex: this.lesson.page,
      ...(ending ? { ending } : {}),
    };
    const progress = this.progress();
    if (viewer.page === "teacher") {
      return {
        page: "teacher",
        ...shared,
        ...(this.lesson.started ? { view: teacherView(this.state, context, now) } : {}),
        ...(progress ? { progress } : {}),
        roles: this.roleList(),
        downloads: [
          { label: "The debrief (HTML, to print)", href: `/debrief.html?token=${this.token}` },
          {
            label: "The one-page student handout (HTML, to print)",
            href: `/handout.html?token=${this.token}`,
          },
        ],
      };
    }
    return {
      page: "projector",
      ...shared,
      students: Object.keys(this.state.students).length,
      briefing: this.content.briefing,
      ...(this.lastVote() ? { lastVote: this.lastVote() } : {}),
      ...(this.lesson.started ? { view: projectorView(this.state, context, now) } : {}),
      ...(progress ? { progress } : {}),
    };
  }

  file(path: string, isTeacher: boolean) {
    return this.files.file(path, isTeacher, this);
  }

  private roleList(): RoleSummary[] {
    return this.content.context.roles
      .filter((role) => this.state.settings.roles.includes(role.id))
      .map((role) => ({ id: role.id, name: role.name, title: role.title }));
  }

  /** A student's own card, and only theirs. */
  private card(id: string): RoleCard | undefined {
    return Object.hasOwn(this.content.cards, id) ? this.content.cards[id] : undefined;
  }

  /** A choice that is no decision, after the cut's start: the teacher picks (core: `decide`). */
  private isTalkItOver(): boolean {
    const scene = this.state.scene;
    return !!scene && !scene.decision && !scene.ended && scene.options.length > 0;
  }

  private lastVote(): LastVote | undefined {
    const last = this.state.taken.filter((t) => t.by !== "history" && t.counts).at(-1);
    return last?.counts ? { counts: last.counts, explanation: last.explanation } : undefined;
  }

  private ending(): EndingInfo | undefined {
    const id = this.state.scene?.ending;
    const ending = id ? this.content.endings[id] : undefined;
    if (!ending) return undefined;
    return {
      title: ending.title,
      summary: ending.summary,
      historical: ending.historical === true,
      contentNote: this.content.context.classroom.contentNote,
    };
  }

  private progress(): Progress | undefined {
    const decision = this.state.scene?.decision;
    const cut = this.content.context.classroom.cuts.find((c) => c.id === this.state.settings.cut);
    if (!decision || !cut) return undefined;
    const played = cut.play;
    const index = played.indexOf(decision.id);
    if (index < 0) return undefined;
    return { number: index + 1, of: played.length };
  }
}
