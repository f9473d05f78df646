/**
 * `--transcript FILE`: a plain-text record of a game, starting with a header (seed, story
 * version and hash, premises), then every line shown and every input typed, without colour.
 * Written line by line as the game goes, so an interrupted game still leaves its transcript.
 */
import { constants, openSync, writeSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";
import { KhasanError } from "../../core/errors";
import { reasonOf } from "./atomic-write";

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

/**
 * Opens the transcript (non-blocking, so a FIFO with no reader is refused instead of hanging)
 * and writes the header. A failure, at the start or later (a full disk), is one line naming
 * the file; the game itself is autosaved either way.
 */
export function createTranscript(path: string, header: TranscriptHeader): Transcript {
  const failed = (error: unknown) =>
    new KhasanError("io", `cannot write the transcript ${path}: ${reasonOf(error)}`, {
      cause: error,
    });
  let fd: number;
  try {
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NONBLOCK;
    fd = openSync(path, flags, 0o644);
  } catch (error) {
    throw failed(error);
  }
  const write = (text: string) => {
    try {
      writeSync(fd, text);
    } catch (error) {
      throw failed(error);
    }
  };
  write(`${formatTranscriptHeader(header)}\n`);
  return {
    shown: (text) => write(stripVTControlCharacters(text)),
    typed: (text) => write(`${text}\n`),
  };
}

/** A transcript that records nothing, when none was asked for. */
export const NO_TRANSCRIPT: Transcript = { shown: () => {}, typed: () => {} };
