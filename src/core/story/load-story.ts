/**
 * A compiled ink story as the runner keeps it: the JSON text, its hash (which names the story
 * build in saves and transcripts) and its global metadata tags. Loading checks the ink format
 * version once, so a bad file fails here with one clear line instead of deep in a session.
 */
import { createHash } from "node:crypto";
import { Story } from "inkjs/engine/Story";
import { StoryLoadError } from "../errors";
import { parseTags } from "./tags";

export interface CompiledStory {
  /** The compiled JSON, BOM stripped. */
  json: string;
  /** sha256 of `json`, hex; identifies one build of a story. */
  hash: string;
  /** Global tags (`title:`, `author:`, `version:` …) as key → value. */
  meta: Record<string, string>;
}

/** Parses and validates compiled ink JSON (with or without a BOM). */
export function loadCompiledStory(text: string): CompiledStory {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let story: Story;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== "object" || parsed === null || !("inkVersion" in parsed)) {
      throw new Error("no inkVersion field: this is not a compiled ink story");
    }
    const version = (parsed as { inkVersion: unknown }).inkVersion;
    if (typeof version !== "number" || version > Story.inkVersionCurrent || version < 18) {
      throw new Error(
        `ink format version ${String(version)} is not supported (this runner reads 18 to ${Story.inkVersionCurrent})`,
      );
    }
    story = new Story(json);
  } catch (error) {
    throw new StoryLoadError(`cannot load the compiled story: ${reason(error)}`, { cause: error });
  }
  const meta: Record<string, string> = {};
  for (const tag of parseTags(story.globalTags ?? [])) meta[tag.key] = tag.value;
  return { json, hash: createHash("sha256").update(json).digest("hex"), meta };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0] || "unknown error" : String(error);
}
