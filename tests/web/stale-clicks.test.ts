/**
 * A double click on the teacher's console acts once. The page names the story's step in what it
 * sends for one moment (decide, close, cast, undo); the server refuses a message whose moment
 * has passed, as it refuses a vote for a decision no longer open. Here the two clicks are two
 * identical messages on one socket, so the second always arrives after the first has acted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StartedLesson } from "../../src/shell/web/serve-lesson";
import {
  type Client,
  decideUntilVote,
  isReply,
  makeDataDir,
  startTestLesson,
  teacherClient,
} from "./lesson-server";

const MOVED_ON = "The story has moved on since that click: look again.";

describe("the teacher's clicks name their moment", () => {
  let started: StartedLesson;
  let teacher: Client;
  const step = () => started.lesson.state.scene?.step ?? -1;

  beforeAll(async () => {
    started = await startTestLesson({ dataDir: makeDataDir() });
    teacher = await teacherClient(started);
    teacher.send({ type: "start" });
    await teacher.next(isReply);
    // A decision the class votes on, which the teacher decides instead.
    expect(await decideUntilVote(teacher, started)).not.toBe("");
  }, 60_000);

  afterAll(async () => {
    teacher?.socket.close();
    await started?.close();
  });

  async function twice(message: Record<string, unknown>): Promise<unknown[]> {
    teacher.send(message);
    teacher.send(message);
    return [await teacher.next(isReply), await teacher.next(isReply)];
  }

  it("takes one choice for a double click on Decide, and undoes one for a double click on Undo", async () => {
    const first = step();
    const taken = started.lesson.state.taken;
    const decided = await twice({ type: "decide", option: 0, step: first });
    expect(decided).toEqual([
      expect.objectContaining({ ok: true }),
      { type: "reply", ok: false, reply: MOVED_ON },
    ]);
    const second = step();
    expect(second).toBeGreaterThan(first);
    expect(started.lesson.state.taken.length).toBeGreaterThan(taken.length);

    const undone = await twice({ type: "undo", steps: 1, step: second });
    expect(undone).toEqual([
      expect.objectContaining({ ok: true }),
      { type: "reply", ok: false, reply: MOVED_ON },
    ]);
    expect(step()).toBe(first);
    expect(started.lesson.state.taken).toEqual(taken);
  });

  it("takes a control sent without a step as meant for now (the test clients send none)", async () => {
    const before = step();
    teacher.send({ type: "decide", option: 0 });
    expect(await teacher.next(isReply)).toMatchObject({ ok: true });
    expect(step()).not.toBe(before);
  });
});
