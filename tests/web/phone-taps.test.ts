/**
 * A phone's ballot stays where it is while the rest of the class votes. Every vote sends every
 * page its view again; a phone that redrew its unchanged buttons then would swallow a tap made
 * at that moment (CI lost one this way with 4 phones voting at once). The phone here is Chromium;
 * the other student and the teacher are plain WebSocket clients.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StartedLesson } from "../../src/shell/web/serve-lesson";
import { hasChromium, launchBrowser, openPage, type WatchedPage } from "../e2e/web-browser";
import {
  type Client,
  decideUntilVote,
  isReply,
  isView,
  makeDataDir,
  openClient,
  startTestLesson,
} from "./lesson-server";

const browserTest = hasChromium() || process.env.CI ? describe : describe.skip;

browserTest("a phone's ballot while others vote", () => {
  let started: StartedLesson;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let phone: WatchedPage;
  let other: Client;
  let teacher: Client;
  let decision: string;

  beforeAll(async () => {
    started = await startTestLesson({ dataDir: makeDataDir(), classSize: "2" });
    const port = started.server.port;
    browser = await launchBrowser();
    phone = await openPage(browser);
    await phone.page.goto(started.urls.join);
    await phone.page.locator("#nickname").fill("Dasha");
    await phone.page.getByRole("button", { name: "Join the lesson" }).click();
    await phone.page.locator("#student-heading").waitFor();

    other = await openClient(port, { page: "student", room: started.lesson.room });
    await other.next(isView);
    other.send({ type: "join", name: "Ilya" });
    await other.next(isReply);
    teacher = await openClient(port, { page: "teacher", room: "", token: started.lesson.token });
    await teacher.next(isView);
    teacher.send({ type: "start" });
    await teacher.next(isReply);
    decision = await decideUntilVote(teacher, started);
    await phone.page.locator("#option-1").waitFor();
  }, 120_000);

  afterAll(async () => {
    other?.socket.close();
    teacher?.socket.close();
    await browser?.close();
    await started?.close();
  });

  it("keeps the same buttons through another student's vote and a new timer", async () => {
    expect(decision).not.toBe("");
    const button = await phone.page.$("#option-1");
    other.send({ type: "vote", option: 1, decision });
    expect(await other.next(isReply)).toMatchObject({ ok: true });
    // The timer's view comes after the vote's on the same socket: once the phone shows the
    // countdown it has handled the view the other student's vote sent.
    teacher.send({ type: "timer", seconds: 90 });
    expect(await teacher.next(isReply)).toMatchObject({ ok: true });
    await phone.page
      .locator(".countdown")
      .filter({ hasText: /1:\d\d/ })
      .waitFor();
    expect(await button?.evaluate((element) => element.isConnected)).toBe(true);

    await phone.page.locator("#option-1").click();
    await phone.page.locator('#option-1[aria-pressed="true"]').waitFor();
    const state = started.lesson.state;
    const dasha = Object.keys(state.students).find((id) => state.students[id]?.name === "Dasha");
    expect(state.votes[dasha ?? ""]).toBe(0);
    expect(phone.errors).toEqual([]);
  }, 60_000);
});
