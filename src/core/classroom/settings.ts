/**
 * A lesson's settings (rule, fallback, roles in play, class size, lesson cut, class label), how
 * they are read from what the teacher types, and how they go into and come back out of the
 * save's setup note. Pure.
 */
import type { SaveNote } from "../save/save-file";
import type { LessonCut } from "./classroom-data";
import type { LessonSettings } from "./lesson";
import type { Role, RolesFile } from "./roles";
import { type ConsensusFallback, type DecisionRule, parseRule, RULE_TEXT } from "./votes";

export type ClassroomSettings = LessonSettings;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** `all`, empty, or a list of role ids separated by commas or spaces. */
export function parseRoleList(text: string, roles: RolesFile): Parsed<string[]> {
  const wanted = text.trim().toLowerCase();
  const all = roles.roles.map((role) => role.id);
  if (wanted === "" || wanted === "all") return { ok: true, value: all };
  const ids = wanted.split(/[\s,]+/).filter((id) => id !== "");
  const unknown = ids.filter((id) => !all.includes(id));
  if (unknown.length > 0) {
    return { ok: false, message: `no role "${unknown[0]}": choose from ${all.join(", ")}` };
  }
  return { ok: true, value: all.filter((id) => ids.includes(id)) };
}

export function parseRuleText(text: string, fallbackDefault: DecisionRule): Parsed<DecisionRule> {
  if (text.trim() === "") return { ok: true, value: fallbackDefault };
  const rule = parseRule(text);
  return rule
    ? { ok: true, value: rule }
    : { ok: false, message: `"${text.trim()}" is not a rule: commander, plurality or consensus` };
}

export function parseFallbackText(text: string): Parsed<ConsensusFallback> {
  const name = text.trim().toLowerCase();
  if (name === "" || "plurality".startsWith(name) || "majority".startsWith(name)) {
    return { ok: true, value: "plurality" };
  }
  if ("commander".startsWith(name)) return { ok: true, value: "commander" };
  return { ok: false, message: `"${text.trim()}" is not a fallback: plurality or commander` };
}

/** Seconds, or `m:ss`; empty or 0 for no timer; at most an hour. */
export function parseTimer(text: string): Parsed<number> {
  const value = text.trim();
  if (value === "") return { ok: true, value: 0 };
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(value);
  const seconds = clock
    ? Number(clock[1]) * 60 + Number(clock[2])
    : /^\d+$/.test(value)
      ? Number(value)
      : Number.NaN;
  if (!(seconds >= 0 && seconds <= 3600)) {
    return {
      ok: false,
      message: `"${value}" is not a timer: seconds (such as 180) or m:ss, up to 60:00`,
    };
  }
  return { ok: true, value: seconds };
}

/** A class size: a whole number from 1 to 60. */
export function parseClassSize(text: string): Parsed<number> {
  const value = text.trim();
  const size = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(size >= 1 && size <= 60)) {
    return { ok: false, message: `"${value}" is not a class size: a number of students, 1 to 60` };
  }
  return { ok: true, value: size };
}

/** One paragraph for the screen and the debrief. */
export function describeSettings(
  settings: ClassroomSettings,
  roles: readonly Role[],
  cut?: LessonCut,
): string {
  const names = roles.filter((role) => settings.roles.includes(role.id)).map((role) => role.name);
  const fallback = settings.rule === "consensus" ? ` (fallback: ${settings.fallback})` : "";
  const label = settings.label ? `Class: ${settings.label}. ` : "";
  const size = settings.classSize > 0 ? `${settings.classSize} students.` : "Class size not given.";
  return [
    `Rule: ${settings.rule}${fallback}. ${RULE_TEXT[settings.rule]}`,
    `Roles in play: ${names.join(", ")}.`,
    `${label}${size}${cut ? ` Lesson: ${cut.title}.` : ""}`,
  ].join("\n");
}

export function formatClock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export function settingsNote(
  settings: ClassroomSettings,
  roles: readonly Role[],
  step: number,
  cut?: LessonCut,
): SaveNote {
  return {
    kind: "setup",
    step,
    text: describeSettings(settings, roles, cut),
    rule: settings.rule,
    fallback: settings.fallback,
    roles: [...settings.roles],
    cut: settings.cut,
    classSize: settings.classSize,
    label: settings.label,
  };
}

/** The settings of the last setup note, for a resumed lesson or the debrief. */
export function settingsFromNotes(notes: readonly SaveNote[]): ClassroomSettings | undefined {
  const setup = [...notes].reverse().find((note) => note.kind === "setup");
  const rule = setup?.rule ? parseRule(setup.rule) : undefined;
  if (!setup || !rule) return undefined;
  return {
    rule,
    fallback: setup.fallback === "commander" ? "commander" : "plurality",
    roles: setup.roles ?? [],
    classSize: setup.classSize ?? 0,
    cut: setup.cut ?? "",
    label: setup.label ?? "",
  };
}
