/**
 * The shape of `story/record.json` (DESIGN.md 6) as a zod schema: sources graded A/B/C, a dated
 * timeline, figures holding every source's value, the outcome, people, decisions and the points
 * where sources disagree. Cross-references (source ids, duplicate ids) are checked in
 * `validate-record.ts`, so this file only says what each entry looks like.
 */
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "ids are lower-case letters, digits, _ and -");

/** A real calendar date written YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dates are written YYYY-MM-DD")
  .refine(isCalendarDate, "not a calendar date");

function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0));
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
}

const sourceIds = z.array(z.string().min(1)).min(1, "needs at least one source");

export const reliabilitySchema = z.enum(["A", "B", "C"]);

const sourceSchema = z
  .object({
    id,
    title: z.string().min(1),
    kind: z.enum(["book", "article", "document", "press", "web"]),
    reliability: reliabilitySchema,
    citation: z.string().min(1).optional(),
    url: z.string().url().optional(),
    note: z.string().min(1, "a source needs a note saying what it is used for"),
  })
  .strict()
  .refine((s) => s.citation !== undefined || s.url !== undefined, {
    message: "a source needs a url or a printed citation",
  })
  .refine((s) => s.kind !== "book" || (s.citation !== undefined && s.url === undefined), {
    message: "a book is cited by its printed citation, never by a link to a copy",
  });

const timelineSchema = z
  .object({
    date: isoDate,
    end: isoDate.optional(),
    when: z.string().min(1).optional(),
    event: z.string().min(1),
    sources: sourceIds,
  })
  .strict()
  .refine((t) => t.end === undefined || t.end >= t.date, { message: "end is before date" });

/** Whose wartime claim a value is, when it is one side's assertion rather than a count. */
export const claimSchema = z.enum(["soviet", "japanese"]);

const valueSchema = z
  .object({
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    source: z
      .string({ required_error: "every value needs a source" })
      .min(1, "every value needs a source"),
    note: z.string().min(1).optional(),
    claim: claimSchema.optional(),
  })
  .strict()
  .refine((v) => (v.value === undefined) !== (v.min === undefined && v.max === undefined), {
    message: "a value has either value, or min and max (empty range)",
  })
  .refine((v) => v.value !== undefined || (v.min !== undefined && v.max !== undefined), {
    message: "a range needs both min and max (empty range)",
  })
  .refine((v) => v.min === undefined || v.max === undefined || v.min <= v.max, {
    message: "min is greater than max (inverted range)",
  });

const figureSchema = z
  .object({
    id,
    label: z.string().min(1),
    unit: z.string().min(1),
    as_of: isoDate.optional(),
    note: z.string().min(1).optional(),
    values: z.array(valueSchema).min(1, "a figure needs at least one value (empty range)"),
  })
  .strict();

const pointSchema = z.object({ text: z.string().min(1), sources: sourceIds }).strict();

const outcomeSchema = z
  .object({
    summary: z.string().min(1),
    heights: z.string().min(1),
    ceasefire: isoDate,
    points: z.array(pointSchema).min(1),
  })
  .strict();

const personSchema = z
  .object({
    id,
    name: z.string().min(1),
    role: z.string().min(1),
    fate: z.string().min(1),
    sources: sourceIds,
  })
  .strict();

const decisionSchema = z
  .object({
    id,
    date: isoDate,
    question: z.string().min(1),
    historical_choice: z.string().min(1),
    sources: sourceIds,
  })
  .strict();

const disputeSchema = z
  .object({ topic: z.string().min(1), text: z.string().min(1), sources: sourceIds })
  .strict();

export const recordSchema = z
  .object({
    title: z.string().min(1),
    about: z.string().min(1),
    reliability_key: z.object({ A: z.string(), B: z.string(), C: z.string() }).strict(),
    sources: z.array(sourceSchema).min(1),
    timeline: z.array(timelineSchema).min(1),
    figures: z.array(figureSchema).min(1),
    outcome: outcomeSchema,
    people: z.array(personSchema),
    decisions: z.array(decisionSchema),
    disputes: z.array(disputeSchema).default([]),
    unsettled: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type HistoricalRecord = z.infer<typeof recordSchema>;
export type Source = HistoricalRecord["sources"][number];
export type Reliability = Source["reliability"];
export type TimelineEntry = HistoricalRecord["timeline"][number];
export type Figure = HistoricalRecord["figures"][number];
export type FigureValue = Figure["values"][number];
export type Person = HistoricalRecord["people"][number];
export type RecordDecision = HistoricalRecord["decisions"][number];
export type Dispute = HistoricalRecord["disputes"][number];
/** The side whose claim a figure is (its own losses or the other's). */
export type ClaimSide = z.infer<typeof claimSchema>;
