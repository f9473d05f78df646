/**
 * The work behind `khasan roles`: read the record and the roles, build the lesson plan and
 * write the cards and the sheet in the chosen format.
 */
import { join, resolve } from "node:path";
import { buildLessonPlan, decisionOrder } from "../../core/classroom/lesson-plan";
import { UsageError } from "../../core/errors";
import { writeFileAtomic } from "../files/atomic-write";
import { requireRecord, requireRoles } from "../files/report-inputs";
import { campaignPaths } from "../files/story-files";
import { renderFacilitatorHtml, renderRoleCardsHtml } from "../views/roles-html";
import { renderFacilitatorMarkdown, renderRoleCardsMarkdown } from "../views/roles-view";
import type { CommandContext } from "./index";
import type { RolesOptions } from "./roles";

export function writeRoles(options: RolesOptions, { io }: CommandContext): void {
  const format = options.format;
  if (format !== "md" && format !== "html") {
    throw new UsageError(`--format "${format}" is not one of md, html`);
  }
  const { dir } = campaignPaths();
  const record = requireRecord(dir);
  const roles = requireRoles(dir);
  const plan = buildLessonPlan(record, roles, decisionOrder(record));
  const cards =
    format === "html"
      ? renderRoleCardsHtml(roles.roles, record)
      : renderRoleCardsMarkdown(roles.roles, record);
  const sheet =
    format === "html"
      ? renderFacilitatorHtml(plan, roles.roles)
      : renderFacilitatorMarkdown(plan, roles.roles);
  if (options.out === undefined) {
    io.stdout.write(format === "md" ? `${sheet}\n${cards}` : `${sheet}${cards}`);
    return;
  }
  const out = resolve(io.cwd, options.out);
  const files = [join(out, `role-cards.${format}`), join(out, `facilitator-sheet.${format}`)];
  writeFileAtomic(files[0] ?? "", cards);
  writeFileAtomic(files[1] ?? "", sheet);
  io.stdout.write(
    `Wrote ${roles.roles.length} role cards and the facilitator's sheet:\n${files.map((f) => `  ${f}\n`).join("")}`,
  );
}
