/**
 * `npm run web:png -- OUT_DIR`: PNG screenshots of the three lesson pages (projector, student,
 * teacher) at phone size (390×844) and projector size (1920×1080), from a lesson started in
 * process on 127.0.0.1 with three students who have joined and voted at the first decision.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { LAPTOP, launchBrowser, openPage, PHONE, PROJECTOR } from "../e2e/web-browser";
import { decideFirst } from "./lesson-scenario";
import { makeDataDir, startTestLesson } from "./lesson-server";

const SIZES = { phone: { width: 390, height: 844 }, projector: PROJECTOR };

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? "web-screenshots");
  mkdirSync(out, { recursive: true });
  const started = await startTestLesson({ dataDir: makeDataDir(), classSize: "24" });
  const browser = await launchBrowser();
  try {
    const teacher = await openPage(browser, LAPTOP);
    await teacher.page.goto(started.urls.teacher);
    await teacher.page.locator("#start").waitFor();
    const students = [];
    for (const [i, name] of ["Anya", "Boris", "Chen"].entries()) {
      const phone = await openPage(browser, PHONE);
      await phone.page.goto(started.urls.join);
      await phone.page.locator("#nickname").fill(name);
      await phone.page.locator("#role").selectOption({ index: i + 1 });
      await phone.page.getByRole("button", { name: "Join the lesson" }).click();
      await phone.page.locator("#card-heading").waitFor();
      students.push(phone);
    }
    const written: string[] = [];
    const shoot = async (name: string, url: string, size: { width: number; height: number }) => {
      const watched = await openPage(browser, size);
      await watched.page.goto(url);
      await watched.page.waitForSelector('body[data-connected="yes"]');
      await watched.page.waitForTimeout(300);
      const file = join(out, `${name}.png`);
      await watched.page.screenshot({ path: file });
      written.push(file);
      await watched.context.close();
    };
    await shoot("projector-lobby-projector", started.urls.projector, SIZES.projector);
    await teacher.page.locator("#start").click();
    await teacher.page.getByText("The lesson has started.").waitFor();
    // The teacher picks the choices that are no decision (the tone of Stalin's call).
    while (!started.lesson.state.scene?.decision) {
      await decideFirst(teacher, () => started.lesson.state);
    }
    await teacher.page.locator("#close").waitFor();
    for (const [i, phone] of students.entries()) {
      await phone.page.locator(`#option-${(i % 2) + 1}`).click();
      await phone.page.locator(`#option-${(i % 2) + 1}[aria-pressed="true"]`).waitFor();
    }
    for (const [size, viewport] of Object.entries(SIZES)) {
      await shoot(`projector-${size}`, started.urls.projector, viewport);
      await shoot(`teacher-${size}`, started.urls.teacher, viewport);
    }
    const phone = students[0];
    if (phone) {
      for (const [size, viewport] of Object.entries(SIZES)) {
        await phone.page.setViewportSize(viewport);
        const file = join(out, `student-${size}.png`);
        await phone.page.screenshot({ path: file, fullPage: size === "phone" });
        written.push(file);
      }
    }
    console.log(`Wrote ${written.length} screenshots:\n${written.map((f) => `  ${f}`).join("\n")}`);
  } finally {
    await browser.close();
    await started.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
