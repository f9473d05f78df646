/**
 * A compiled ink story as the runner keeps it: the JSON text, its hash (which names the story
 * build in saves and transcripts) and its global metadata tags. Loading checks the ink format
 * version once, so a bad file fails here with one clear line instead of deep in a session.
 */
import { createHash } from "node:crypto";
import { SimpleJson } from "inkjs/engine/SimpleJson";
import { Story } from "inkjs/engine/Story";
import { StoryLoadError } from "../errors";
import { parseTags } from "./tags";

export class CompiledStory {
  /** The engine built while loading, kept for the first session so start-up parses once. */
  #spare: Story | undefined;

  constructor(
    /** The compiled JSON, BOM stripped. */
    readonly json: string,
    /** sha256 of `json`, hex; identifies one build of a story. */
    readonly hash: string,
    /** Global tags (`title:`, `author:`, `version:` …) as key → value. */
    readonly meta: Readonly<Record<string, string>>,
    spare?: Story,
  ) {
    this.#spare = spare;
  }

  /** A fresh ink engine for this story (for src/core/story only). */
  createEngine(): Story {
    const engine = this.#spare ?? new Story(this.json);
    this.#spare = undefined;
    return engine;
  }
}

/** Parses and validates compiled ink JSON (with or without a BOM). */
export function loadCompiledStory(text: string): CompiledStory {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let story: Story;
  try {
    // Parsed once, by ink's own reader (it tells 1.0 from 1), for the checks and the engine.
    const parsed: unknown = SimpleJson.TextToDictionary(json);
    if (typeof parsed !== "object" || parsed === null || !("inkVersion" in parsed)) {
      throw new Error("no inkVersion field: this is not a compiled ink story");
    }
    const version = (parsed as { inkVersion: unknown }).inkVersion;
    if (typeof version !== "number" || version > Story.inkVersionCurrent || version < 18) {
      throw new Error(
        `ink format version ${String(version)} is not supported (this runner reads 18 to ${Story.inkVersionCurrent})`,
      );
    }
    story = new Story(parsed as Record<string, unknown>);
  } catch (error) {
    throw new StoryLoadError(`cannot load the compiled story: ${reason(error)}`, { cause: error });
  }
  const meta: Record<string, string> = {};
  for (const tag of parseTags(story.globalTags ?? [])) meta[tag.key] = tag.value;
  return new CompiledStory(json, createHash("sha256").update(json).digest("hex"), meta, story);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0] || "unknown error" : String(error);
}
