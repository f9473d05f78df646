/**
 * Every Markdown output (history, roles and the facilitator's sheet, stats, two runs side by
 * side) carries the text of a record, a roles file, a story or a save as literal text: no HTML
 * of its own, no link, no heading or emphasis that the file did not get from us.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseClassroom } from "../../../src/core/classroom/classroom-data";
import { buildLessonPlan, decisionOrder } from "../../../src/core/classroom/lesson-plan";
import { roleCard } from "../../../src/core/classroom/role-card";
import { parseRoles } from "../../../src/core/classroom/roles";
import type { RunStats } from "../../../src/core/classroom/stats";
import type { RunsComparison } from "../../../src/core/history/runs-comparison";
import { parseRecord } from "../../../src/core/history/validate-record";
import { parseVariablesMeta } from "../../../src/core/state/variables-meta";
import {
  renderHistoryMarkdown,
  renderSourcesMarkdown,
} from "../../../src/shell/views/history-view";
import {
  renderFacilitatorMarkdown,
  renderRoleCardsMarkdown,
} from "../../../src/shell/views/roles-view";
import { renderRunsMarkdown } from "../../../src/shell/views/runs-comparison-view";
import { renderStatsMarkdown } from "../../../src/shell/views/stats-view";

const HOSTILE = '<img src=x onerror="alert(1)"> [click](http://evil.example) **loud**';
const ROOT = join(__dirname, "..", "..", "..");
const readStory = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, "story", name), "utf8")) as Record<string, unknown>;

/** Raw HTML other than the page break the roles Markdown puts between cards, or a link. */
function unsafe(markdown: string): string[] {
  const withoutBreaks = markdown.replaceAll('<div style="page-break-after: always"></div>', "");
  const tags = withoutBreaks.match(/<(?!https?:\/\/)[a-z/!][^>]*>?/gi) ?? [];
  const links = markdown.match(/(?<!\\)\[[^\]]*(?<!\\)\]\(/g) ?? [];
  const loud = markdown.match(/(?<!\\)\*\*loud/g) ?? [];
  return [...tags, ...links, ...loud];
}

function hostileRecord() {
  const raw = readStory("record.json") as {
    timeline: { event: string }[];
    sources: { title: string; citation?: string; url?: string }[];
    people: { fate: string }[];
    decisions: { question: string }[];
  };
  const [event] = raw.timeline;
  const [first] = raw.sources;
  const web = raw.sources.find((source) => source.url !== undefined);
  const [person] = raw.people;
  const [decision] = raw.decisions;
  if (!event || !first || !web || !person || !decision) throw new Error("an empty record");
  event.event = HOSTILE;
  first.citation = HOSTILE;
  web.url = "javascript:alert(1)";
  person.fate = HOSTILE;
  decision.question = HOSTILE;
  return parseRecord(raw, "record.json");
}

describe("Markdown outputs escape what they did not write", () => {
  it("history: the record's events, sources, addresses and fates", () => {
    const record = hostileRecord();
    const md = renderHistoryMarkdown(record);
    expect(md).toContain('&lt;img src=x onerror="alert\\(1\\)"&gt;');
    expect(unsafe(md)).toEqual([]);
    expect(md).not.toContain("<javascript:");
    expect(unsafe(renderSourcesMarkdown(record))).toEqual([]);
  });

  it("roles: the cards and the facilitator's sheet", () => {
    const record = hostileRecord();
    const rolesRaw = readStory("roles.json") as { roles: { who: string; fate: string }[] };
    for (const role of rolesRaw.roles) {
      role.who = HOSTILE;
      role.fate = HOSTILE;
    }
    const roles = parseRoles(rolesRaw, "roles.json");
    const classroom = parseClassroom(readStory("classroom.json"), "classroom.json");
    const order = decisionOrder(record);
    const plan = buildLessonPlan(record, roles, order, classroom);
    const cut = classroom.cuts[0];
    if (!cut) throw new Error("no cut");
    const cards = roles.roles.map((role) => roleCard(role, record, cut, order));
    const md =
      renderRoleCardsMarkdown(cards, record) + renderFacilitatorMarkdown(plan, roles.roles);
    expect(md).toContain("&lt;img");
    expect(unsafe(md)).toEqual([]);
  });

  it("stats: class labels, questions, option texts and reasons", () => {
    const meta = parseVariablesMeta(readStory("variables.json"), "variables.json");
    const stats: RunStats = {
      kind: "lessons",
      runs: 1,
      classes: [{ label: HOSTILE, runs: 1 }],
      endings: [{ ending: "lefortovo", count: 1 }],
      decisions: [
        {
          decision: "d",
          question: HOSTILE,
          total: 1,
          historical: 1,
          votes: 0,
          options: [{ option: "o", text: HOSTILE, count: 1, votes: 0, historical: true }],
        },
      ],
      leftOut: [{ label: HOSTILE, reason: HOSTILE }],
    };
    const md = renderStatsMarkdown(stats, meta);
    expect(md).toContain("&lt;img");
    expect(md).toContain("(historical)");
    expect(unsafe(md)).toEqual([]);
  });

  it("two runs: labels, choice texts, values and ending titles", () => {
    const meta = parseVariablesMeta(readStory("variables.json"), "variables.json");
    const comparison: RunsComparison = {
      premises: [{ name: "weather_premise", a: HOSTILE, b: "x" }],
      steps: [{ a: { index: 0, text: HOSTILE, date: "1938-08-01" }, b: undefined, same: false }],
      firstDivergence: 0,
      byDate: [{ date: HOSTILE, rows: [{ name: "heights", label: HOSTILE, a: HOSTILE, b: 3 }] }],
      endings: { a: "x", b: null },
      endingTitles: { a: HOSTILE },
      labels: { a: HOSTILE, b: "b.json" },
    };
    const md = renderRunsMarkdown(comparison, meta);
    expect(md).toContain("&lt;img");
    expect(unsafe(md)).toEqual([]);
  });
});
