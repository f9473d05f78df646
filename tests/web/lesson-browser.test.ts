/**
 * A whole web lesson in headless Chromium with a few phones (lesson-scenario.ts): the projector,
 * the teacher and 4 phones run the default cut to the debrief and the handout, through a
 * plurality, the timer, a tie with a phone reloaded, and the server resumed with --continue. No
 * console errors; axe-core finds no WCAG 2 A/AA violation on any page checked. The same lesson
 * with 24 phones is `npm run rehearse:web` (too heavy for every test run on two cores).
 */
import { describe, expect, it } from "vitest";
import { hasChromium } from "../e2e/web-browser";
import { runWebLesson } from "./lesson-scenario";

const browserTest = hasChromium() || process.env.CI ? describe : describe.skip;

browserTest("a web lesson in Chromium", () => {
  it("runs a lesson cut with 4 phones from the first vote to the debrief", async () => {
    const report = await runWebLesson(Number(process.env.WEB_STUDENTS ?? 4));
    expect(report.errors).toEqual([]);
    expect(report.accessibility.filter((a) => a.violations.length > 0)).toEqual([]);
    expect(report.accessibility.length).toBeGreaterThanOrEqual(6);
    expect(report.votes).toBe(2);
  }, 400_000);
});
