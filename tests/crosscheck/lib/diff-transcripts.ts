/**
 * Compares two transcripts line by line and reports the first line that differs, which is all
 * a reader needs to find where two builds of a story part ways.
 */

export interface TranscriptDifference {
  /** 1-based line number in both transcripts. */
  line: number;
  /** The line of the first transcript, or END_OF_TRANSCRIPT. */
  first: string;
  /** The line of the second transcript, or END_OF_TRANSCRIPT. */
  second: string;
}

/** Stands in for the missing line when one transcript is a prefix of the other. */
export const END_OF_TRANSCRIPT = "<end of transcript>";

/** The first differing line of `first` and `second`, or undefined when they are identical. */
export function diffTranscripts(first: string, second: string): TranscriptDifference | undefined {
  if (first === second) return undefined;
  const a = splitLines(first);
  const b = splitLines(second);
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const lineA = a[index];
    const lineB = b[index];
    if (lineA !== lineB) {
      return {
        line: index + 1,
        first: lineA ?? END_OF_TRANSCRIPT,
        second: lineB ?? END_OF_TRANSCRIPT,
      };
    }
  }
  return undefined;
}

/** Lines without their newlines; a final newline does not start another line. */
function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
