/**
 * A whole web lesson in one headless Chromium, on 127.0.0.1 only: the projector, the teacher's
 * console and 24 phones (each its own browser context) run the default lesson cut: a plurality
 * vote, a tie settled by the casting vote, the timer extended and stopped, a phone reloaded
 * mid-vote, the server stopped mid-vote and resumed with --continue, the rest decided by the
 * teacher to the ending, and the debrief downloaded. No console errors (beyond the refused
 * connections while the server is down); axe-core finds no WCAG 2 A/AA violation on any page; a
 * nickname holding markup stays text.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StartedLesson } from "../../src/shell/web/serve-lesson";
import { hasChromium } from "../e2e/debrief-browser";
import {
  checkAccessibility,
  LAPTOP,
  launchBrowser,
  openPage,
  PHONE,
  PROJECTOR,
  type WatchedPage,
} from "../e2e/web-browser";
import { makeDataDir, startTestLesson } from "./lesson-server";

const STUDENTS = Number(process.env.WEB_STUDENTS ?? 24);
const MAJORITY = Math.ceil(STUDENTS * 0.6);
const HALF = STUDENTS / 2;
const HOSTILE = "<img src=x onerror=f()>";
const browserTest = hasChromium() || process.env.CI ? describe : describe.skip;

browserTest("a web lesson with 24 phones in Chromium", () => {
  let browser: Browser;
  let started: StartedLesson;
  const dataDir = makeDataDir();
  beforeAll(async () => {
    started = await startTestLesson({ dataDir, classSize: String(STUDENTS) });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await started?.close();
  });

  it("runs a lesson cut from the first vote to the debrief", async () => {
    const port = started.server.port;
    const projector = await openPage(browser, PROJECTOR);
    await projector.page.goto(started.urls.projector);
    await projector.page.getByText(`Room code:`).waitFor();
    expect(await checkAccessibility(projector.page)).toEqual([]);

    const teacher = await openPage(browser, LAPTOP);
    await teacher.page.goto(started.urls.teacher);
    await teacher.page.locator("#start").waitFor();

    const phones = await Promise.all(
      Array.from({ length: STUDENTS }, async (_, i) => {
        const phone = await openPage(browser, PHONE);
        await phone.page.goto(started.urls.join);
        await phone.page.locator("#nickname").fill(i === 0 ? HOSTILE : `Student ${i}`);
        const roles = await phone.page.locator("#role option").count();
        await phone.page.locator("#role").selectOption({ index: 1 + (i % (roles - 1)) });
        await phone.page.getByRole("button", { name: "Join the lesson" }).click();
        await phone.page.locator("#card-heading").waitFor();
        return phone;
      }),
    );
    expect(await checkAccessibility(phones[1]?.page ?? projector.page)).toEqual([]);

    await teacher.page.locator("#start").click();
    await teacher.page.locator("#close").waitFor();
    expect(await checkAccessibility(teacher.page)).toEqual([]);
    expect(await teacher.page.locator("img[onerror]").count()).toBe(0);
    expect(await teacher.page.getByText(`${HOSTILE} (`, { exact: false }).count()).toBe(1);

    // A plurality: 15 of 24 for option 1, the rest for option 2.
    await voteAll(phones, (i) => (i < MAJORITY ? 1 : 2));
    await teacher.page
      .getByRole("heading", { name: `The vote (${STUDENTS} of ${STUDENTS} students)` })
      .waitFor();
    const first = started.lesson.state.scene?.decision?.id;
    await teacher.page.locator("#close").click();
    await projector.page.getByText(`${MAJORITY} votes`).first().waitFor();
    expect(started.lesson.state.scene?.decision?.id).not.toBe(first);
    expect(await checkAccessibility(projector.page)).toEqual([]);

    // The timer: one more minute, then stopped.
    await teacher.page.locator("#extend").click();
    await teacher.page.getByText("Timer set.").waitFor();
    await projector.page
      .locator(".countdown")
      .filter({ hasText: /\d:\d\d/ })
      .waitFor();
    await teacher.page.locator("#skip").click();
    await teacher.page.getByText("Timer stopped.").waitFor();

    // A tie, 12 to 12 (half and half), with one phone reloaded mid-vote; the casting vote settles it.
    await voteAll(phones.slice(0, HALF), () => 1);
    const reloaded = phones[0] as WatchedPage;
    await reloaded.page.reload();
    await reloaded.page.locator('#option-1[aria-pressed="true"]').waitFor();
    await voteAll(phones.slice(HALF), () => 2);
    await teacher.page
      .getByRole("heading", { name: `The vote (${STUDENTS} of ${STUDENTS} students)` })
      .waitFor();
    await teacher.page.locator("#close").click();
    await teacher.page.locator("#cast-2").click();
    await projector.page.getByText(`${HALF} votes`).first().waitFor();

    // The server stops mid-vote and comes back with --continue: roles and votes are kept.
    await voteAll(phones.slice(0, 2), () => 1);
    await teacher.page
      .getByRole("heading", { name: `The vote (2 of ${STUDENTS} students)` })
      .waitFor();
    await started.close();
    await teacher.page.locator('body[data-connected="no"]').waitFor();
    started = await startTestLesson({ dataDir, continue: true, port: String(port) });
    for (const watched of [teacher, projector, ...phones]) {
      await watched.page.locator('body[data-connected="yes"]').waitFor({ timeout: 20_000 });
    }
    await teacher.page
      .getByRole("heading", { name: `The vote (2 of ${STUDENTS} students)` })
      .waitFor({ timeout: 20_000 });
    await phones[1]?.page.locator('#option-1[aria-pressed="true"]').waitFor({ timeout: 20_000 });
    await phones[1]?.page.locator("#card-heading").waitFor();

    // The teacher decides the rest to the ending.
    for (let step = 0; step < 30 && !started.lesson.state.scene?.ended; step += 1) {
      const before = started.lesson.state.scene?.step;
      await teacher.page.locator("#decide-1").click();
      await expect
        .poll(() => started.lesson.state.scene?.step, { timeout: 20_000 })
        .not.toBe(before);
    }
    expect(started.lesson.state.scene?.ended).toBe(true);
    await projector.page.getByText("The end:", { exact: false }).first().waitFor();
    expect(await checkAccessibility(phones[5]?.page ?? projector.page)).toEqual([]);

    const download = teacher.page.waitForEvent("download");
    await teacher.page.getByRole("link", { name: /debrief/ }).click();
    const html = readFileSync((await (await download).path()) ?? "", "utf8");
    expect(html).toContain("what the class decided");
    expect(html).toContain(`${MAJORITY} ·`);

    const refused = /WebSocket connection to .* failed|ERR_CONNECTION_REFUSED/;
    for (const watched of [projector, teacher, ...phones]) {
      expect(watched.errors.filter((e) => !refused.test(e))).toEqual([]);
    }
  }, 400_000);
});

/** Each phone taps option `pick(i)` and waits until its page shows the vote as its own. */
async function voteAll(phones: WatchedPage[], pick: (i: number) => number): Promise<void> {
  await Promise.all(
    phones.map(async (phone, i) => {
      const option = pick(i);
      await phone.page.locator(`#option-${option}`).click();
      await phone.page.locator(`#option-${option}[aria-pressed="true"]`).waitFor();
    }),
  );
}
