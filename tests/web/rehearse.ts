/**
 * `npm run rehearse:web`: the whole web lesson (lesson-scenario.ts) with a class of 24 phones
 * (`WEB_STUDENTS=N` for another size) in one headless Chromium on 127.0.0.1, as a rehearsal
 * before a real lesson; prints the wall time, the console errors and axe-core's results, and
 * exits 1 when anything went wrong. Too heavy for every `npm test` on two cores.
 */
import { runWebLesson } from "./lesson-scenario";

async function main(): Promise<void> {
  const students = Number(process.env.WEB_STUDENTS ?? 24);
  const report = await runWebLesson(students, (line) => console.log(`  ${line}`));
  const failing = report.accessibility.filter((a) => a.violations.length > 0);
  console.log(`web lesson with ${students} phones: ${report.seconds.toFixed(0)} s wall time`);
  console.log(
    `  ${report.votes} class votes, ${report.decidedByTeacher} choices taken by the teacher`,
  );
  console.log(`  console errors: ${report.errors.length}`);
  for (const error of report.errors) console.log(`    ${error}`);
  console.log(
    `  axe-core (WCAG 2 A, AA, 2.1 AA): ${report.accessibility.length} pages checked, ${failing.length} with violations`,
  );
  for (const { page, violations } of report.accessibility) {
    console.log(`    ${page}: ${violations.length === 0 ? "none" : violations.join("; ")}`);
  }
  if (report.errors.length > 0 || failing.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
