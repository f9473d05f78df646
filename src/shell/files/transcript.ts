/**
 * `--transcript FILE`: a plain-text record of a game, starting with a header (seed, story
 * version and hash, premises), then every line shown and every input typed, without colour.
 * Written line by line as the game goes, so an interrupted game still leaves its transcript.
 */
import { appendFileSync, writeFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

export interface Transcript {
  shown(text: string): void;
  typed(text: string): void;
}

export interface TranscriptHeader {
  app: string;
  title: string;
  storyVersion: string;
  storyHash: string;
  seed: number;
  premises: string;
}

export function formatTranscriptHeader(header: TranscriptHeader): string {
  return [
    `# ${header.app} transcript`,
    `# story: ${header.title} ${header.storyVersion} (sha256 ${header.storyHash})`,
    `# seed: ${header.seed}`,
    `# premises: ${header.premises}`,
    "",
  ].join("\n");
}

export function createTranscript(path: string, header: TranscriptHeader): Transcript {
  writeFileSync(path, `${formatTranscriptHeader(header)}\n`);
  return {
    shown: (text) => appendFileSync(path, stripVTControlCharacters(text)),
    typed: (text) => appendFileSync(path, `${text}\n`),
  };
}

/** A transcript that records nothing, when none was asked for. */
export const NO_TRANSCRIPT: Transcript = { shown: () => {}, typed: () => {} };
