/**
 * `khasan roles --format html`: the role cards, one per printed page, and the facilitator's
 * sheet, as self-contained HTML pages. Every piece of text is escaped.
 */
import type { LessonCut } from "../../core/classroom/classroom-data";
import type { LessonPlan } from "../../core/classroom/lesson-plan";
import type { SectorMap } from "../../core/classroom/map-data";
import type { RoleCard } from "../../core/classroom/role-card";
import type { Role } from "../../core/classroom/roles";
import type { HistoricalRecord } from "../../core/history/record-schema";
import { formatShortDate } from "./history-format";
import { MAP_CSS, renderMapFigure } from "./map-svg";
import { el, escapeHtml, htmlPage } from "./report-html";
import { sideLine, sourceTitles } from "./roles-view";

const CARD_CSS = `
.card { border: 2px solid #7a1f1f; border-radius: .4rem; padding: 1rem 1.3rem; margin-bottom: 1.5rem; }
.card h1 { color: #7a1f1f; }
.card dt { font-weight: bold; font-family: sans-serif; margin-top: .7rem; }
.card dd { margin: .2rem 0 0 0; }
.card ul { margin: .2rem 0; padding-left: 1.2rem; }
@media print { .card { border: none; padding: 0; margin: 0; } }
${MAP_CSS}
.card figure.map { max-width: 75%; margin: .4rem auto 0; }
.card figure.map figcaption { font-size: .7em; }
`;

/** The cards, one per page; each ends with the map of the sector when the story has one. */
export function renderRoleCardsHtml(
  cards: readonly RoleCard[],
  record: HistoricalRecord,
  map?: SectorMap,
): string {
  const figure = map ? renderMapFigure(map, record, "card") : "";
  const html = cards.map((card) => roleCardHtml(card, record, figure)).join("\n");
  return htmlPage("Khasan 1938: role cards", html, CARD_CSS);
}

/**
 * The briefing of a lesson cut, to read aloud or project before the first decision, with the
 * map of the sector and every feature's source. Nothing on it is decided in play.
 */
export function renderBriefingHtml(
  cut: LessonCut,
  record: HistoricalRecord,
  map?: SectorMap,
): string {
  const body = [
    el("h1", "Khasan 1938: the briefing"),
    el("p", `${cut.title}: read it aloud before the first decision.`, "subtitle"),
    ...cut.briefing.map((paragraph) => el("p", paragraph)),
    ...(map ? [renderMapFigure(map, record, "full")] : []),
  ].join("\n");
  return htmlPage("Khasan 1938: the briefing", body, MAP_CSS);
}

function roleCardHtml(card: RoleCard, record: HistoricalRecord, map: string): string {
  const { role } = card;
  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
  const dated = (d: { date: string; question: string }) =>
    `<em>${escapeHtml(formatShortDate(d.date))}:</em> ${escapeHtml(d.question)}`;
  return [
    `<section class="card page" id="role-${escapeHtml(role.id)}">`,
    el("h1", role.name),
    el("p", `${role.title} · ${sideLine(role)}`, "subtitle"),
    "<dl>",
    el("dt", "Who you are"),
    el("dd", role.who),
    el("dt", "Your objective (the debrief checks it)"),
    el("dd", role.objective.text),
    el("dt", "Your secret (tell no one)"),
    el("dd", role.secret),
    el("dt", `What you know before ${formatShortDate(card.startsOn)}`),
    `<dd>${list(card.knows.map((f) => `<em>${escapeHtml(formatShortDate(f.date))}:</em> ${escapeHtml(f.text)}`))}</dd>`,
    el("dt", "Decisions where you speak"),
    `<dd>${list(card.speaks.map(dated))}</dd>`,
    ...(card.decides.length > 0
      ? [
          el("dt", "Decisions where you have the casting vote"),
          `<dd>${list(card.decides.map(dated))}</dd>`,
        ]
      : []),
    el("dt", "Sources"),
    el("dd", sourceTitles(role.sources, record).join("; "), "muted"),
    "</dl>",
    map,
    "</section>",
  ].join("\n");
}

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export function renderFacilitatorHtml(plan: LessonPlan, roles: readonly Role[]): string {
  const parts = [el("h1", "Khasan 1938: facilitator's sheet")];
  for (const timing of plan.timings) {
    parts.push(el("h2", `${timing.title} (khasan classroom --cut ${timing.id})`));
    parts.push(
      `<ul>${timing.steps.map((s) => `<li><strong>${s.minutes} min.</strong> ${escapeHtml(s.what)}</li>`).join("")}</ul>`,
    );
    const played = timing.played.map(
      (d) =>
        `<li>${escapeHtml(formatShortDate(d.decision.date))}: ${escapeHtml(d.decision.question)} <strong>${clock(d.timerSeconds)}</strong>${d.key ? ' <span class="tag">key</span>' : ""}</li>`,
    );
    parts.push(el("p", "The class plays (timer on screen):"), `<ul>${played.join("")}</ul>`);
    if (timing.byHistory.length > 0) {
      parts.push(
        el(
          "p",
          `${timing.byHistory.length} other decisions are taken as in 1938; the screen says so.`,
          "muted",
        ),
      );
    }
    if (timing.earlyEnds.length > 0) {
      parts.push(
        el("h3", "If the lesson ends early"),
        `<ul>${timing.earlyEnds.map((what) => el("li", what)).join("")}</ul>`,
      );
    }
  }
  parts.push(el("h2", "The decisions, in the order the story meets them"));
  const rows = plan.decisions.map(
    ({ decision, key, roles: stake }) =>
      `<tr><td>${escapeHtml(formatShortDate(decision.date))}</td><td>${escapeHtml(decision.question)}</td><td>${key ? '<span class="tag">key</span>' : ""}</td><td>${escapeHtml(stake.map((r) => r.name).join(", "))}</td></tr>`,
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
