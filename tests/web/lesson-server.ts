/**
 * A web lesson started in process for the tests and the bench: the campaign, seed 1, on
 * 127.0.0.1 only (port 0: the system picks a free one), in a temporary data directory. Also a
 * tiny WebSocket client that says hello and collects what the server sends.
 */
import { PassThrough } from "node:stream";
import WebSocket from "ws";
import type { ServeOptions } from "../../src/shell/commands/serve";
import { serveSetup } from "../../src/shell/commands/serve-run";
import type { Io } from "../../src/shell/io";
import { type StartedLesson, startWebLesson } from "../../src/shell/web/serve-lesson";
import { makeTempDir } from "../helpers/temp-dir";

export function makeDataDir(): string {
  return makeTempDir("khasan-web-");
}

function quietIo(): Io {
  return {
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    env: {},
    cwd: process.cwd(),
    now: () => new Date(),
    isTTY: false,
    randomSeed: () => 1,
    onInterrupt: () => () => {},
  };
}

export interface TestLessonOptions extends Partial<ServeOptions> {
  dataDir: string;
  limits?: { perAddress?: number; total?: number };
}

/** Starts (or with `continue: true` resumes) a lesson bound to 127.0.0.1 only. */
export function startTestLesson(options: TestLessonOptions): Promise<StartedLesson> {
  const { limits, ...rest } = options;
  const setup = serveSetup(
    { port: "0", host: "127.0.0.1", ...(rest.continue ? {} : { seed: "1" }), ...rest },
    { io: quietIo(), appVersion: "test", setExitCode: () => {} },
  );
  return startWebLesson({ ...setup, ...(limits ? { serverLimits: limits } : {}), log: () => {} });
}

export interface Client {
  socket: WebSocket;
  messages: Record<string, unknown>[];
  send: (message: unknown) => void;
  /** The next message matching `test` (one already received counts). */
  next: (test: (m: Record<string, unknown>) => boolean) => Promise<Record<string, unknown>>;
  closed: Promise<number>;
}

/** A WebSocket client on 127.0.0.1 that has said hello as `page`. */
export async function openClient(port: number, hello: Record<string, unknown>): Promise<Client> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`);
  const messages: Record<string, unknown>[] = [];
  const waiting: {
    test: (m: Record<string, unknown>) => boolean;
    resolve: (m: Record<string, unknown>) => void;
  }[] = [];
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as Record<string, unknown>;
    const wait = waiting.find((w) => w.test(message));
    if (!wait) {
      messages.push(message);
      return;
    }
    waiting.splice(waiting.indexOf(wait), 1);
    wait.resolve(message);
  });
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  socket.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  const client: Client = {
    socket,
    messages,
    send: (message) => socket.send(typeof message === "string" ? message : JSON.stringify(message)),
    next: (test) => {
      const seen = messages.find(test);
      if (seen) {
        messages.splice(messages.indexOf(seen), 1);
        return Promise.resolve(seen);
      }
      return new Promise((resolve) => waiting.push({ test, resolve }));
    },
    closed,
  };
  client.send({ type: "hello", ...hello });
  return client;
}

export const isReply = (m: Record<string, unknown>) => m.type === "reply";
export const isView = (m: Record<string, unknown>) => m.type === "view";

/**
 * As a teacher would: picks the first option of each choice that is no decision (the tone of a
 * reply), which the class talks over and the teacher decides, until a decision the class votes
 * on, or the ending. Returns the decision's id, or "" at the ending.
 */
export async function decideUntilVote(teacher: Client, lesson: StartedLesson): Promise<string> {
  for (;;) {
    const scene = lesson.lesson.state.scene;
    if (!scene || scene.ended) return "";
    if (scene.decision) return scene.decision.id;
    teacher.send({ type: "decide", option: 0 });
    const reply = await teacher.next(isReply);
    if (reply.ok !== true) throw new Error(`the teacher's decide was refused: ${reply.reply}`);
  }
}

/** A student who has joined the lesson as `name`, over a plain WebSocket. */
export async function joinedStudent(lesson: StartedLesson, name: string): Promise<Client> {
  const client = await openClient(lesson.server.port, {
    page: "student",
    room: lesson.lesson.room,
  });
  await client.next(isView);
  client.send({ type: "join", name });
  await client.next((m) => m.type === "joined");
  await client.next(isReply);
  return client;
}

/** The teacher's console over a plain WebSocket, with the lesson's token. */
export async function teacherClient(lesson: StartedLesson): Promise<Client> {
  const client = await openClient(lesson.server.port, {
    page: "teacher",
    room: "",
    token: lesson.lesson.token,
  });
  await client.next(isView);
  return client;
}
