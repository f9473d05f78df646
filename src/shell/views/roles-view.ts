/**
 * `khasan roles` as Markdown: one role card per page (a page-break div between cards, which
 * Markdown-to-PDF tools honour) and the facilitator's sheet. Pure functions of values.
 */
import type { LessonPlan } from "../../core/classroom/lesson-plan";
import type { Role } from "../../core/classroom/roles";
import type { HistoricalRecord } from "../../core/history/record-schema";
import { formatDate } from "./history-format";

const PAGE_BREAK = '\n<div style="page-break-after: always"></div>\n\n';

/** Every role card, one per page. */
export function renderRoleCardsMarkdown(roles: readonly Role[], record: HistoricalRecord): string {
  return `${roles.map((role) => roleCardMarkdown(role, record)).join(PAGE_BREAK)}`;
}

function roleCardMarkdown(role: Role, record: HistoricalRecord): string {
  const decisions = record.decisions.filter((d) => role.decisions.includes(d.id));
  const lines = [
    `# ${role.name}`,
    "",
    `*${role.title}* · ${role.side === "japanese" ? "Japanese side" : "Soviet side"}${role.commander ? " · you decide under the commander rule" : ""}`,
    "",
    `**Who you are.** ${role.who}`,
    "",
    `**What you want.** ${role.wants}`,
    "",
    "**What you know, and from when.**",
    "",
    ...role.knows.map((fact) => `- *${formatDate(fact.date)}:* ${fact.text}`),
    "",
    `**What you fear.** ${role.fears}`,
    "",
    "**Decisions where you speak.**",
    "",
    ...decisions.map((d) => `- *${formatDate(d.date)}:* ${d.question}`),
    "",
    `**Sources.** ${sourceTitles(role.sources, record).join("; ")}`,
    "",
  ];
  return lines.join("\n");
}

export function sourceTitles(ids: readonly string[], record: HistoricalRecord): string[] {
  return ids.flatMap((id) => record.sources.filter((s) => s.id === id).map((s) => s.title));
}

/** The facilitator's sheet: timings, decisions in order, rules, questions and the fates. */
export function renderFacilitatorMarkdown(plan: LessonPlan, roles: readonly Role[]): string {
  const out = ["# Khasan 1938: facilitator's sheet", ""];
  for (const timing of plan.timings) {
    out.push(
      `## A ${timing.minutes}-minute lesson (timer: ${timing.timerSeconds / 60} minutes per key decision)`,
      "",
    );
    for (const step of timing.steps) out.push(`- **${step.minutes} min.** ${step.what}`);
    out.push("");
  }
  out.push("## The decisions, in the order the story meets them", "");
  out.push("| date | decision | key | roles with a stake |", "|---|---|---|---|");
  for (const { decision, key, roles: stake } of plan.decisions) {
    const names = stake.map((role) => role.name).join(", ");
    out.push(
      `| ${formatDate(decision.date)} | ${cell(decision.question)} | ${key ? "key" : ""} | ${cell(names)} |`,
    );
  }
  out.push("", "## Decision rules", "");
  for (const { rule, text } of plan.rules) out.push(`- **${rule}**: ${text}`);
  out.push(`- **ties**: ${plan.tieRule}`, "", "## Debrief questions", "");
  out.push(...plan.questions.map((q, i) => `${i + 1}. ${q}`));
  out.push(
    "",
    "The debrief pack (`khasan debrief RUN`) adds one question per decision the class took.",
  );
  out.push("", "## What became of them (read at the debrief, not before)", "");
  for (const role of roles) out.push(`- **${role.name}.** ${role.fate}`);
  return `${out.join("\n")}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}
