/**
 * The work behind `khasan roles`: read the record and the roles, build the lesson plan and
 * write the cards and the sheet in the chosen format.
 */
import { join, resolve } from "node:path";
import { findCut } from "../../core/classroom/classroom-data";
import { buildLessonPlan, decisionOrder } from "../../core/classroom/lesson-plan";
import { roleCard } from "../../core/classroom/role-card";
import { writeFileAtomic } from "../files/atomic-write";
import { requireClassroom } from "../files/classroom-file";
import { requireRecord, requireRoles } from "../files/report-inputs";
import { campaignPaths } from "../files/story-files";
import {
  renderBriefingHtml,
  renderFacilitatorHtml,
  renderRoleCardsHtml,
} from "../views/roles-html";
import { renderFacilitatorMarkdown, renderRoleCardsMarkdown } from "../views/roles-view";
import type { CommandContext } from "./index";
import { loadMapFile } from "./map-file";
import type { RolesOptions } from "./roles";

export function writeRoles(options: RolesOptions, { io }: CommandContext): void {
  const { format } = options;
  const { dir } = campaignPaths();
  const record = requireRecord(dir);
  const roles = requireRoles(dir);
  const classroom = requireClassroom(dir);
  const map = loadMapFile(dir);
  const order = decisionOrder(record);
  const plan = buildLessonPlan(record, roles, order, classroom);
  const cut = findCut(classroom, options.cut);
  const roleCards = roles.roles.map((role) => roleCard(role, record, cut, order));
  const cards =
    format === "html"
      ? renderRoleCardsHtml(roleCards, record, map)
      : renderRoleCardsMarkdown(roleCards, record);
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
  // The briefing to read aloud, with the map of the sector: printed or projected (HTML only).
  if (format === "html") {
    files.push(join(out, "briefing.html"));
    writeFileAtomic(files[2] ?? "", renderBriefingHtml(cut, record, map));
  }
  const what =
    format === "html"
      ? ", the facilitator's sheet and the briefing with the map"
      : " and the facilitator's sheet";
  io.stdout.write(
    `Wrote ${roles.roles.length} role cards${what}:\n${files.map((f) => `  ${f}\n`).join("")}`,
  );
}
