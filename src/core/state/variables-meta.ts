/**
 * The schema of `story/variables.json`: what the runner knows about a story's ink variables
 * (labels, units, guaranteed ranges, record ids, premises) and its endings. A story without
 * this file still plays; it just has no status line and no premises.
 */
import { z } from "zod";
import { KhasanError } from "../errors";
import { firstIssue } from "../schema-issue";

const scalar = z.union([z.number().int(), z.boolean(), z.string()]);

const variableSchema = z
  .object({
    label: z.string().min(1),
    short: z.string().min(1).optional(),
    unit: z.string().optional(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    values: z.array(scalar).min(1).optional(),
    record: z.string().min(1).optional(),
    status: z.boolean().optional(),
    premise: z.boolean().optional(),
    historical: scalar.optional(),
    description: z.string().optional(),
    /** How a string value reads to people (`"died_in_custody": "died in custody"`). */
    value_labels: z.record(z.string(), z.string().min(1)).optional(),
    /**
     * Which way is better for the player, for `npm run story:report`'s dominated options:
     * numbers "higher" or "lower"; texts "first" or "last" in `values`.
     */
    better: z.enum(["higher", "lower", "first", "last"]).optional(),
  })
  .strict()
  .refine((v) => v.min === undefined || v.max === undefined || v.min <= v.max, {
    message: "min is greater than max",
  })
  .refine((v) => !v.premise || (v.historical !== undefined && v.description !== undefined), {
    message: "a premise needs historical and description",
  })
  .refine((v) => !v.premise || v.values !== undefined || v.min !== undefined, {
    message: "a premise needs values (or min and max) to say what may be set",
  });

const endingSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    historical: z.boolean().optional(),
    /** How good the ending is for the player, 1 the best (`npm run story:report`). */
    rank: z.number().int().min(1).optional(),
  })
  .strict();

export const variablesMetaSchema = z
  .object({
    variables: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), variableSchema),
    endings: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), endingSchema).default({}),
  })
  .strict();

export type VariableMeta = z.infer<typeof variableSchema>;
export type EndingMeta = z.infer<typeof endingSchema>;
export type VariablesMeta = z.infer<typeof variablesMetaSchema>;

/** The metadata of a story that has none: everything optional stays off. */
export const NO_META: VariablesMeta = { variables: {}, endings: {} };

/** Validates parsed JSON; the error names the file and the first bad entry. */
export function parseVariablesMeta(data: unknown, fileName: string): VariablesMeta {
  const result = variablesMetaSchema.safeParse(data);
  if (result.success) return result.data;
  throw new KhasanError("story-load", `${fileName}: ${firstIssue(result.error)}`);
}

/** Names of the premises, in file order. */
export function premiseNames(meta: VariablesMeta): string[] {
  return Object.entries(meta.variables)
    .filter(([, v]) => v.premise)
    .map(([name]) => name);
}
