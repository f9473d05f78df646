/**
 * `khasan roles --format html`: the role cards, one per printed page, and the facilitator's
 * sheet, as self-contained HTML pages. Every piece of text is escaped.
 */
import type { LessonPlan } from "../../core/classroom/lesson-plan";
import type { Role } from "../../core/classroom/roles";
import type { HistoricalRecord } from "../../core/history/record-schema";
import { formatDate } from "./history-format";
import { el, escapeHtml, htmlPage } from "./report-html";
import { sourceTitles } from "./roles-view";

const CARD_CSS = `
.card { border: 2px solid #7a1f1f; border-radius: .4rem; padding: 1rem 1.3rem; margin-bottom: 1.5rem; }
.card h1 { color: #7a1f1f; }
.card dt { font-weight: bold; font-family: sans-serif; margin-top: .7rem; }
.card dd { margin: .2rem 0 0 0; }
.card ul { margin: .2rem 0; padding-left: 1.2rem; }
@media print { .card { border: none; padding: 0; margin: 0; } }
`;

export function renderRoleCardsHtml(roles: readonly Role[], record: HistoricalRecord): string {
  const cards = roles.map((role) => roleCardHtml(role, record)).join("\n");
  return htmlPage("Khasan 1938: role cards", cards, CARD_CSS);
}

function roleCardHtml(role: Role, record: HistoricalRecord): string {
  const side = role.side === "japanese" ? "Japanese side" : "Soviet side";
  const commander = role.commander ? " · you decide under the commander rule" : "";
  const decisions = record.decisions.filter((d) => role.decisions.includes(d.id));
  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
  return [
    `<section class="card page" id="role-${escapeHtml(role.id)}">`,
    el("h1", role.name),
    el("p", `${role.title} · ${side}${commander}`, "subtitle"),
    "<dl>",
    el("dt", "Who you are"),
    el("dd", role.who),
    el("dt", "What you want"),
    el("dd", role.wants),
    el("dt", "What you know, and from when"),
    `<dd>${list(role.knows.map((f) => `<em>${escapeHtml(formatDate(f.date))}:</em> ${escapeHtml(f.text)}`))}</dd>`,
    el("dt", "What you fear"),
    el("dd", role.fears),
    el("dt", "Decisions where you speak"),
    `<dd>${list(decisions.map((d) => `<em>${escapeHtml(formatDate(d.date))}:</em> ${escapeHtml(d.question)}`))}</dd>`,
    el("dt", "Sources"),
    el("dd", sourceTitles(role.sources, record).join("; "), "muted"),
    "</dl>",
    "</section>",
  ].join("\n");
}

export function renderFacilitatorHtml(plan: LessonPlan, roles: readonly Role[]): string {
  const parts = [el("h1", "Khasan 1938: facilitator's sheet")];
  for (const timing of plan.timings) {
    parts.push(el("h2", `A ${timing.minutes}-minute lesson`));
    parts.push(el("p", `Timer: ${timing.timerSeconds / 60} minutes per key decision.`, "muted"));
    parts.push(
      `<ul>${timing.steps.map((s) => `<li><strong>${s.minutes} min.</strong> ${escapeHtml(s.what)}</li>`).join("")}</ul>`,
    );
  }
  parts.push(el("h2", "The decisions, in the order the story meets them"));
  const rows = plan.decisions.map(
    ({ decision, key, roles: stake }) =>
      `<tr><td>${escapeHtml(formatDate(decision.date))}</td><td>${escapeHtml(decision.question)}</td><td>${key ? '<span class="tag">key</span>' : ""}</td><td>${escapeHtml(stake.map((r) => r.name).join(", "))}</td></tr>`,
  );
  parts.push(
    `<table><thead><tr><th>date</th><th>decision</th><th></th><th>roles with a stake</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
  );
  parts.push(el("h2", "Decision rules"));
  const rules = plan.rules.map(
    (r) => `<li><strong>${escapeHtml(r.rule)}</strong>: ${escapeHtml(r.text)}</li>`,
  );
  parts.push(
    `<ul>${rules.join("")}<li><strong>ties</strong>: ${escapeHtml(plan.tieRule)}</li></ul>`,
  );
  parts.push(el("h2", "Debrief questions"));
  parts.push(`<ol>${plan.questions.map((q) => el("li", q)).join("")}</ol>`);
  parts.push(el("h2", "What became of them (read at the debrief, not before)"));
  parts.push(
    `<ul>${roles.map((r) => `<li><strong>${escapeHtml(r.name)}.</strong> ${escapeHtml(r.fate)}</li>`).join("")}</ul>`,
  );
  return htmlPage("Khasan 1938: facilitator's sheet", parts.join("\n"));
}
