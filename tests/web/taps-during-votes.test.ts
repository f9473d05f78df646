/**
 * Buttons stay where they are while the class votes. Every vote sends every page its view again;
 * a page that redrew its buttons then would swallow a tap made at that moment (CI lost one this
 * way with 4 phones voting at once), and the teacher's half-typed note would lose its caret. The
 * phone and the teacher's console are Chromium pages; the other student and the teacher's
 * actions are plain WebSocket clients.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { secondsLeft } from "../../src/core/classroom/lesson-timer";
import { formatClock } from "../../src/core/classroom/settings";
import type { StartedLesson } from "../../src/shell/web/serve-lesson";
import { hasChromium, LAPTOP, launchBrowser, openPage, type WatchedPage } from "../e2e/web-browser";
import {
  type Client,
  decideUntilVote,
  isReply,
  joinedStudent,
  makeDataDir,
  startTestLesson,
  teacherClient,
} from "./lesson-server";

/** The DOM of a textarea as far as this test reads it (the tests compile without the DOM lib). */
interface TextField {
  selectionStart: number;
  setSelectionRange(start: number, end: number): void;
  ownerDocument: { activeElement: unknown };
}

const browserTest = hasChromium() || process.env.CI ? describe : describe.skip;

browserTest("pages while the class votes", () => {
  let started: StartedLesson;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let phone: WatchedPage;
  let desk: WatchedPage;
  let other: Client;
  let teacher: Client;
  let decision: string;

  beforeAll(async () => {
    started = await startTestLesson({ dataDir: makeDataDir(), classSize: "2" });
    browser = await launchBrowser();
    phone = await openPage(browser);
    await phone.page.goto(started.urls.join);
    await phone.page.locator("#nickname").fill("Dasha");
    await phone.page.getByRole("button", { name: "Join the lesson" }).click();
    await phone.page.locator("#student-heading").waitFor();

    other = await joinedStudent(started, "Ilya");
    teacher = await teacherClient(started);
    teacher.send({ type: "start" });
    await teacher.next(isReply);
    decision = await decideUntilVote(teacher, started);
    await phone.page.locator("#option-1").waitFor();
    desk = await openPage(browser, LAPTOP);
    await desk.page.goto(started.urls.teacher);
    await desk.page.locator("#close").waitFor();
  }, 120_000);

  /** Another student votes, then the teacher sets the timer: once `page` shows the new
   * countdown it has handled the view the vote sent (one socket keeps the order). */
  async function voteThenTimer(page: WatchedPage, option: number, seconds: number): Promise<void> {
    other.send({ type: "vote", option, decision });
    expect(await other.next(isReply)).toMatchObject({ ok: true });
    await setTimer(page, seconds);
  }

  /** The teacher sets the timer; waits until `page` shows it in its first ten seconds, which
   * no earlier timer in this file matches. */
  async function setTimer(page: WatchedPage, seconds: number): Promise<void> {
    teacher.send({ type: "timer", seconds });
    expect(await teacher.next(isReply)).toMatchObject({ ok: true });
    const shown = Array.from({ length: 10 }, (_, d) => formatClock(seconds - d));
    const clock = new RegExp(`^(${shown.join("|")})`);
    await page.page.getByRole("timer", { name: "Time left" }).filter({ hasText: clock }).waitFor();
  }

  afterAll(async () => {
    other?.socket.close();
    teacher?.socket.close();
    await browser?.close();
    await started?.close();
  });

  it("keeps a phone's buttons through another student's vote and a new timer", async () => {
    expect(decision).not.toBe("");
    const button = await phone.page.$("#option-1");
    await voteThenTimer(phone, 1, 90);
    expect(await button?.evaluate((element) => element.isConnected)).toBe(true);

    await phone.page.locator("#option-1").click();
    await phone.page.locator('#option-1[aria-pressed="true"]').waitFor();
    const state = started.lesson.state;
    const dasha = Object.keys(state.students).find((id) => state.students[id]?.name === "Dasha");
    expect(state.votes[dasha ?? ""]).toBe(0);
    expect(phone.errors).toEqual([]);
  }, 60_000);

  it("keeps the teacher's buttons, and a half-typed note with its caret, through a vote", async () => {
    const close = await desk.page.$("#close");
    const note = desk.page.locator("#note");
    await note.fill("The class split over the fog");
    await note.evaluate((area) => (area as unknown as TextField).setSelectionRange(9, 9));
    await voteThenTimer(desk, 0, 150);
    expect(await close?.evaluate((element) => element.isConnected)).toBe(true);
    expect(await note.inputValue()).toBe("The class split over the fog");
    const caret = (area: unknown) => {
      const field = area as TextField;
      return { at: field.selectionStart, focused: field.ownerDocument.activeElement === field };
    };
    expect(await note.evaluate(caret)).toEqual({ at: 9, focused: true });

    const before = started.lesson.state.scene?.step;
    await desk.page.locator("#close").click();
    await expect.poll(() => started.lesson.state.scene?.step).not.toBe(before);
    expect(desk.errors).toEqual([]);
  }, 60_000);

  it("adds the teacher's extra minute to the time left now, not to what the page was sent", async () => {
    await setTimer(desk, 90);
    // The page counts down on its own between views; once it shows 1:27 or less, a minute more
    // must leave at most 2:27, where the page's last view (1:30) plus a minute would be 2:30.
    await desk.page
      .getByRole("timer", { name: "Time left" })
      .filter({ hasText: /^1:[01]\d|^1:2[0-7]/ })
      .waitFor();
    await desk.page.locator("#extend").click();
    await desk.page.locator("#reply").filter({ hasText: "Timer set." }).waitFor();
    const left = secondsLeft(started.lesson.state.timer, Date.now()) ?? 0;
    expect(left).toBeLessThanOrEqual(147);
    expect(left).toBeGreaterThan(60);
  }, 60_000);
});
