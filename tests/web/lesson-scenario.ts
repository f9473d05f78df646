/**
 * A whole web lesson in one headless Chromium, on 127.0.0.1 only, with `students` phones (each
 * its own browser context), the projector and the teacher's console, through the default cut:
 * a plurality vote, the timer extended and stopped, a tie settled by the casting vote with a
 * phone reloaded mid-vote, the server stopped mid-vote and resumed with --continue, the rest
 * decided by the teacher to the ending, the debrief and the handout downloaded. Choices that are
 * no decision (the tone of a reply) are picked by the teacher, as the reducer says.
 *
 * Shared by the test (a few phones, in `npm test`) and `npm run rehearse:web` (24 phones): it
 * throws on the first thing that goes wrong, and returns what the caller asserts or prints: the
 * axe-core violations per page and the console errors per page.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import type { LessonState } from "../../src/core/classroom/lesson";
import type { StartedLesson } from "../../src/shell/web/serve-lesson";
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

export const HOSTILE = "<img src=x onerror=f()>";

export interface LessonReport {
  /** axe-core's WCAG 2 A/AA violations, by the page and moment checked. */
  accessibility: { page: string; violations: string[] }[];
  /** Console and page errors by page, beyond refused reconnects while the server was down. */
  errors: string[];
  /** Seconds from the browser's launch to the debrief downloaded. */
  seconds: number;
  /** The decisions the class voted on, and the steps the teacher took to the ending. */
  votes: number;
  decidedByTeacher: number;
}

/** Throws with `what` unless `ok`. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`web lesson: ${what}`);
}

async function until(test: () => boolean, what: string, seconds = 30): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (!test()) {
    check(Date.now() < end, `waited ${seconds} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function runWebLesson(
  students: number,
  log: (line: string) => void = () => {},
): Promise<LessonReport> {
  const began = Date.now();
  const majority = Math.ceil(students * 0.6);
  const half = Math.floor(students / 2);
  const dataDir = makeDataDir();
  let started: StartedLesson = await startTestLesson({ dataDir, classSize: String(students) });
  const browser: Browser = await launchBrowser();
  const report: LessonReport = {
    accessibility: [],
    errors: [],
    seconds: 0,
    votes: 0,
    decidedByTeacher: 0,
  };
  const axe = async (name: string, watched: WatchedPage | undefined) => {
    if (!watched) return;
    report.accessibility.push({ page: name, violations: await checkAccessibility(watched.page) });
  };
  try {
    const port = started.server.port;
    const projector = await openPage(browser, PROJECTOR);
    await projector.page.goto(started.urls.projector);
    await projector.page.getByText("Room code:").waitFor();
    await axe("projector, lobby", projector);

    const teacher = await openPage(browser, LAPTOP);
    await teacher.page.goto(started.urls.teacher);
    await teacher.page.locator("#start").waitFor();
    // The briefing follows the join address, on the lobby's next page when it does not fit.
    await turnTo(teacher, projector, "Before we start");
    await axe("projector, the briefing", projector);
    await teacher.page.locator("#page-back").click();
    await projector.page.getByText("Room code:").waitFor();

    const phones = await joinAll(browser, started.urls.join, students);
    log(`${students} phones joined (${elapsed(began)})`);
    await axe("phone, role card", phones[1]);
    const lesson = () => started.lesson.state;
    // The teacher picks each choice that is no decision, until a vote the class takes.
    const toVote = async () => {
      while (!lesson().scene?.decision && !lesson().scene?.ended) {
        await decideFirst(teacher, lesson);
        report.decidedByTeacher += 1;
      }
      await teacher.page.locator("#close").waitFor();
    };

    await teacher.page.locator("#start").click();
    await teacher.page.getByText("The lesson has started.").waitFor();
    if (!lesson().scene?.decision) {
      await teacher.page.getByText("Not a vote: the class talks it over").waitFor();
      // The options come after the scene: the teacher turns the projector's pages to them.
      await turnTo(teacher, projector, "Talk it over: the teacher chooses");
      await axe("projector, a choice that is no vote", projector);
    }
    await toVote();
    await axe("teacher, a vote open", teacher);
    check((await teacher.page.locator("img[onerror]").count()) === 0, "markup in a nickname ran");
    check(
      (await teacher.page.getByText(`${HOSTILE} (`, { exact: false }).count()) === 1,
      "the hostile nickname is not shown as text",
    );

    // A plurality: 60% for option 1, the rest for option 2.
    await voteAll(phones, (i) => (i < majority ? 1 : 2));
    await teacher.page
      .getByRole("heading", { name: `The vote (${students} of ${students} students)` })
      .waitFor();
    await axe("projector, a vote open", projector);
    const first = lesson().scene?.decision?.id;
    await teacher.page.locator("#close").click();
    await projector.page.getByText(`${majority} votes`).first().waitFor();
    check(lesson().scene?.decision?.id !== first, "the first vote did not settle the decision");
    report.votes += 1;
    log(`plurality vote settled (${elapsed(began)})`);

    // The timer: one more minute, then stopped.
    await teacher.page.locator("#extend").click();
    await teacher.page.getByText("Timer set.").waitFor();
    await projector.page
      .locator(".countdown")
      .filter({ hasText: /\d:\d\d/ })
      .waitFor();
    await teacher.page.locator("#skip").click();
    await teacher.page.getByText("Timer stopped.").waitFor();

    // A tie, half and half, with one phone reloaded mid-vote; the casting vote settles it.
    await toVote();
    await voteAll(phones.slice(0, half), () => 1);
    const reloaded = phones[0] as WatchedPage;
    await reloaded.page.reload();
    await reloaded.page.locator('#option-1[aria-pressed="true"]').waitFor();
    await voteAll(phones.slice(half, 2 * half), () => 2);
    await teacher.page
      .getByRole("heading", { name: `The vote (${2 * half} of ${students} students)` })
      .waitFor();
    await teacher.page.locator("#close").click();
    await teacher.page.locator("#cast-2").click();
    await projector.page.getByText(`${half} votes`).first().waitFor();
    report.votes += 1;
    log(`tie and casting vote settled (${elapsed(began)})`);

    // The server stops mid-vote and comes back with --continue: roles and votes are kept.
    await toVote();
    await voteAll(phones.slice(0, 2), () => 1);
    await teacher.page
      .getByRole("heading", { name: `The vote (2 of ${students} students)` })
      .waitFor();
    await started.close();
    await teacher.page.locator('body[data-connected="no"]').waitFor();
    started = await startTestLesson({ dataDir, continue: true, port: String(port) });
    for (const watched of [teacher, projector, ...phones]) {
      await watched.page.locator('body[data-connected="yes"]').waitFor({ timeout: 60_000 });
    }
    await teacher.page
      .getByRole("heading", { name: `The vote (2 of ${students} students)` })
      .waitFor();
    await phones[1]?.page.locator('#option-1[aria-pressed="true"]').waitFor();
    await phones[1]?.page.locator("#card-heading").waitFor();
    log(`server resumed with --continue, every page reconnected (${elapsed(began)})`);

    // The teacher decides the rest to the ending.
    for (let step = 0; step < 30 && !lesson().scene?.ended; step += 1) {
      await decideFirst(teacher, lesson);
      report.decidedByTeacher += 1;
    }
    check(lesson().scene?.ended === true, "the lesson did not reach an ending");
    // The content note first, alone on the projector's first page; the ending on a later one.
    await projector.page.getByText("Content note", { exact: true }).waitFor();
    check(
      !(await projector.page.getByText("The end:", { exact: false }).isVisible()),
      "the ending shows on the content note's page",
    );
    await turnTo(teacher, projector, "The end:");
    await axe("projector, the ending", projector);
    await axe("phone, the ending", phones[Math.min(5, phones.length - 1)]);

    const debrief = await download(teacher, /debrief/);
    check(debrief.includes("what the class decided"), "the debrief has no class decisions");
    check(debrief.includes(`${majority} ·`), "the debrief lacks the first vote's count");
    const handout = await download(teacher, /handout/);
    check(handout.includes("what your class decided"), "the handout is not the handout");

    const refused = /WebSocket connection to .* failed|ERR_CONNECTION_REFUSED/;
    const pages: [string, WatchedPage][] = [
      ["projector", projector],
      ["teacher", teacher],
      ...phones.map((phone, i): [string, WatchedPage] => [`phone ${i + 1}`, phone]),
    ];
    for (const [name, watched] of pages) {
      for (const error of watched.errors.filter((e) => !refused.test(e))) {
        report.errors.push(`${name}: ${error}`);
      }
    }
    report.seconds = (Date.now() - began) / 1000;
    return report;
  } finally {
    await browser.close();
    await started.close();
  }
}

/**
 * The teacher takes the first option once the console shows the story as it stands: the page
 * names the step in what it sends, and the server refuses a click meant for an earlier moment.
 */
export async function decideFirst(teacher: WatchedPage, lesson: () => LessonState): Promise<void> {
  const before = lesson().scene?.step;
  await teacher.page.locator(`#decide-1[data-send$='"step":${before}}']`).click();
  await until(() => lesson().scene?.step !== before, "the teacher's choice");
}

/** The teacher turns the projector's pages (Next page) until `text` shows there. */
async function turnTo(teacher: WatchedPage, projector: WatchedPage, text: string): Promise<void> {
  const target = projector.page.getByText(text, { exact: false }).first();
  for (let turn = 0; turn < 10 && !(await target.isVisible()); turn += 1) {
    const shown = await projector.page.locator("#page-number").textContent();
    if (!shown || /^Page (\d+) of \1$/.test(shown)) break; // the last page (or the only one)
    await teacher.page.locator("#page-next").click();
    await projector.page.waitForFunction(
      `document.getElementById("page-number")?.textContent !== ${JSON.stringify(shown)}`,
    );
  }
  await target.waitFor();
}

/** Phones join a few at a time (a class does not all tap at the same millisecond either). */
async function joinAll(browser: Browser, url: string, count: number): Promise<WatchedPage[]> {
  const phones: WatchedPage[] = [];
  for (let start = 0; start < count; start += 6) {
    const batch = Array.from({ length: Math.min(6, count - start) }, (_, j) => start + j);
    phones.push(
      ...(await Promise.all(
        batch.map(async (i) => {
          const phone = await openPage(browser, PHONE);
          await phone.page.goto(url);
          await phone.page.locator("#nickname").fill(i === 0 ? HOSTILE : `Student ${i}`);
          const roles = await phone.page.locator("#role option").count();
          await phone.page.locator("#role").selectOption({ index: 1 + (i % (roles - 1)) });
          await phone.page.getByRole("button", { name: "Join the lesson" }).click();
          await phone.page.locator("#card-heading").waitFor();
          return phone;
        }),
      )),
    );
  }
  return phones;
}

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

async function download(teacher: WatchedPage, name: RegExp): Promise<string> {
  const waiting = teacher.page.waitForEvent("download");
  await teacher.page.getByRole("link", { name }).click();
  return readFileSync((await (await waiting).path()) ?? "", "utf8");
}

function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(0)} s`;
}
