/**
 * What a page may send the lesson server, as zod schemas: anything else (malformed JSON, an
 * unknown type, a missing or extra field, a number out of range) is refused before it reaches
 * the lesson. Frames are size-limited by the WebSocket server (`MAX_MESSAGE_BYTES`); these
 * limits keep each field small too.
 */
import { z } from "zod";

/** Larger frames close the connection (WebSocket code 1009) before they are read. */
export const MAX_MESSAGE_BYTES = 16 * 1024;

const option = z.number().int().min(0).max(20);
const key = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

export const helloSchema = z
  .object({
    type: z.literal("hello"),
    page: z.enum(["projector", "student", "teacher"]),
    room: z.string().max(16),
    /** The teacher's token (teacher page only). */
    token: z.string().max(128).optional(),
    /** A student's reconnection key, from an earlier `joined` message. */
    key: key.optional(),
  })
  .strict();

const joinSchema = z
  .object({
    type: z.literal("join"),
    name: z.string().max(200),
    role: z.string().max(40).optional(),
  })
  .strict();
/** A vote names its decision, so a vote sent just as the last one closed is not counted on the next. */
const voteSchema = z
  .object({ type: z.literal("vote"), option, decision: z.string().max(80) })
  .strict();

/**
 * The story's step a control was pressed at. The teacher's page sends it with the controls that
 * act on one moment, so a double click does not close, decide or undo twice.
 */
const step = z.number().int().min(0).max(1_000_000).optional();

/** The teacher's controls; each becomes one lesson event (or a page turn on the projector). */
const teacherSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start") }).strict(),
  z.object({ type: z.literal("close"), step }).strict(),
  z.object({ type: z.literal("cast"), option, step }).strict(),
  z.object({ type: z.literal("decide"), option, step }).strict(),
  z.object({ type: z.literal("undo"), steps: z.number().int().min(1).max(20), step }).strict(),
  z.object({ type: z.literal("pause") }).strict(),
  z.object({ type: z.literal("resume") }).strict(),
  z.object({ type: z.literal("reveal"), shown: z.boolean() }).strict(),
  z.object({ type: z.literal("lock-undo"), locked: z.boolean() }).strict(),
  z.object({ type: z.literal("note"), text: z.string().min(1).max(2000) }).strict(),
  z.object({ type: z.literal("timer"), seconds: z.number().int().min(0).max(3600) }).strict(),
  z.object({ type: z.literal("extend"), seconds: z.number().int().min(1).max(3600) }).strict(),
  z.object({ type: z.literal("page"), page: z.number().int().min(0).max(200) }).strict(),
]);

export const messageSchema = z.union([helloSchema, joinSchema, voteSchema, teacherSchema]);

export type Hello = z.infer<typeof helloSchema>;
export type ClientMessage = z.infer<typeof messageSchema>;
export type TeacherMessage = z.infer<typeof teacherSchema>;

export type Parsed = { ok: true; message: ClientMessage } | { ok: false; reason: string };

/** Parses one frame's text; the reason is one line for the sender, quoting nothing they sent. */
export function parseMessage(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not JSON" };
  }
  const result = messageSchema.safeParse(data);
  if (!result.success) return { ok: false, reason: "not a message this server understands" };
  return { ok: true, message: result.data };
}

export function isTeacherMessage(message: ClientMessage): message is TeacherMessage {
  return !["hello", "join", "vote"].includes(message.type);
}
