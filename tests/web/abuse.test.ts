/**
 * The lesson server against a room of teenagers, over real WebSockets on 127.0.0.1: teacher
 * actions from a student's page, a wrong token, double votes, votes for a closed decision or a
 * missing option, a 1 MB frame, malformed JSON, 200 connections from one address, hostile
 * nicknames. Each is refused, the lesson is unchanged, and the server goes on serving.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StartedLesson } from "../../src/shell/web/serve-lesson";
import {
  decideUntilVote,
  isReply,
  isView,
  joinedStudent,
  makeDataDir,
  openClient,
  startTestLesson,
  teacherClient,
} from "./lesson-server";

let started: StartedLesson;
let port: number;
let room: string;

beforeAll(async () => {
  started = await startTestLesson({ dataDir: makeDataDir(), limits: { perAddress: 150 } });
  port = started.server.port;
  room = started.lesson.room;
}, 60_000);

afterAll(async () => {
  await started?.close();
});

const student = (name: string) => joinedStudent(started, name);
const teacher = () => teacherClient(started);

const decisionNow = () => started.lesson.state.scene?.decision?.id ?? "";

describe("the lesson server refuses abuse", () => {
  it("refuses teacher actions from a student's page, and a wrong token", async () => {
    const pupil = await student("Sasha");
    for (const action of [{ type: "start" }, { type: "close" }, { type: "decide", option: 0 }]) {
      pupil.send(action);
      const reply = await pupil.next(isReply);
      expect(reply).toMatchObject({ ok: false, reply: "only the teacher may do that" });
    }
    expect(started.lesson.state.scene).toBeUndefined();
    const impostor = await openClient(port, { page: "teacher", room: "", token: "guess" });
    expect(await impostor.next(isReply)).toMatchObject({ ok: false });
    impostor.send({ type: "start" });
    expect(await impostor.next(isReply)).toMatchObject({ reply: "say hello first" });
    pupil.socket.close();
    impostor.socket.close();
  });

  it("counts one vote per student, refuses a missing option and a closed decision", async () => {
    const boss = await teacher();
    boss.send({ type: "start" });
    expect(await boss.next(isReply)).toMatchObject({ ok: true });
    // The cut enters at Stalin's call, whose first choice is no decision: nobody votes on it,
    // the teacher picks it (the reducer's rule, as in the terminal classroom).
    const pupil = await student("Dana");
    expect(started.lesson.state.scene?.decision).toBeUndefined();
    expect(started.lesson.state.scene?.options.length).toBeGreaterThan(1);
    pupil.send({ type: "vote", option: 0, decision: "" });
    expect(await pupil.next(isReply)).toMatchObject({ ok: false });
    expect(started.lesson.state.votes).toEqual({});
    const decision = await decideUntilVote(boss, started);
    expect(decision).toBe(decisionNow());
    expect(decision).not.toBe("");
    pupil.send({ type: "vote", option: 0, decision });
    expect(await pupil.next(isReply)).toMatchObject({ ok: true });
    pupil.send({ type: "vote", option: 1, decision });
    expect(await pupil.next(isReply)).toMatchObject({ ok: true });
    expect(Object.values(started.lesson.state.votes)).toEqual([1]);
    pupil.send({ type: "vote", option: 19, decision });
    expect(await pupil.next(isReply)).toMatchObject({ ok: false });
    pupil.send({ type: "vote", option: 0, decision: "some_old_decision" });
    expect(await pupil.next(isReply)).toMatchObject({
      ok: false,
      reply: "That vote was for a decision that is no longer open.",
    });
    boss.send({ type: "close" });
    expect(await boss.next(isReply)).toMatchObject({ ok: true });
    expect(decisionNow()).not.toBe(decision);
    pupil.send({ type: "vote", option: 0, decision });
    expect(await pupil.next(isReply)).toMatchObject({ ok: false });
    expect(started.lesson.state.votes).toEqual({});
    pupil.socket.close();
    boss.socket.close();
  });

  it("refuses malformed JSON and unknown messages, and closes on a 1 MB frame", async () => {
    const pupil = await student("Kim");
    pupil.send("{not json");
    expect(await pupil.next(isReply)).toMatchObject({ ok: false, reply: "refused: not JSON" });
    pupil.send({ type: "vote", option: "1", decision: "x" });
    expect(await pupil.next(isReply)).toMatchObject({ ok: false });
    pupil.send({ type: "hack", as: "teacher" });
    expect(await pupil.next(isReply)).toMatchObject({ ok: false });
    pupil.send(JSON.stringify({ type: "join", name: "x".repeat(1024 * 1024) }));
    expect(await pupil.closed).toBe(1009);
    const after = await student("Lee");
    expect(after.socket.readyState).toBe(after.socket.OPEN);
    after.socket.close();
  });

  it("caps connections from one address and serves again when they close", async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 200 }, () => openClient(port, { page: "projector", room: "" })),
    );
    const opened = attempts.flatMap((a) => (a.status === "fulfilled" ? [a.value] : []));
    expect(opened.length).toBeLessThanOrEqual(150);
    expect(attempts.length - opened.length).toBeGreaterThanOrEqual(50);
    for (const client of opened) client.socket.close();
    await Promise.all(opened.map((client) => client.closed));
    const fresh = await openClient(port, { page: "projector", room: "" });
    expect(await fresh.next(isView)).toMatchObject({ type: "view" });
    fresh.socket.close();
  });

  it("keeps hostile nicknames as text: markup, direction overrides, 10 KB", async () => {
    const script = await student("<script>alert(1)</script>");
    const names = Object.values(started.lesson.state.students).map((s) => s.name);
    expect(names).toContain("<script>alert(1)</script"); // kept as text, cut at 24 characters
    const rtl = await openClient(port, { page: "student", room });
    await rtl.next(isView);
    rtl.send({ type: "join", name: "\u202Egnp.exe\u202C Ali\u0000" });
    expect(await rtl.next(isReply)).toMatchObject({ ok: true });
    expect(Object.values(started.lesson.state.students).map((s) => s.name)).toContain(
      "gnp.exe Ali",
    );
    const long = await openClient(port, { page: "student", room });
    await long.next(isView);
    long.send({ type: "join", name: "é".repeat(5000) });
    expect(await long.next(isReply)).toMatchObject({ ok: false });
    const empty = await openClient(port, { page: "student", room });
    await empty.next(isView);
    empty.send({ type: "join", name: "\u202E\u200B  " });
    expect(await empty.next(isReply)).toMatchObject({ ok: false });
    for (const client of [script, rtl, long, empty]) client.socket.close();
  });

  it("refuses a student from another room", async () => {
    const stray = await openClient(port, { page: "student", room: "ZZZZ" });
    expect(await stray.next(isReply)).toMatchObject({ ok: false });
    stray.send({ type: "join", name: "Nobody" });
    expect(await stray.next(isReply)).toMatchObject({ reply: "say hello first" });
    stray.socket.close();
  });
});
