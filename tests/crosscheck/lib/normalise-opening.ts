/**
 * The one known difference between the two compilers' output (DESIGN.md 2): a story's global
 * tags (`# title:` … at the top of the file). inklecate 0.9 attaches them to the first line; the
 * inkjs compiler may put them on an empty line of their own first. Both transcripts drop them
 * from the opening: from the leading run of tags of each line up to the first line with text,
 * and then any empty line left without tags.
 */
import type { Line } from "../../../src/core/story/turn";
import type { OpeningNormaliser } from "./play-walk";

/** A normaliser that drops global tags whose keys are in `globalKeys` from the opening. */
export function dropGlobalTags(globalKeys: ReadonlySet<string>): OpeningNormaliser {
  return (lines) => {
    const firstText = lines.findIndex((line) => line.text.trim() !== "");
    const openingEnd = firstText < 0 ? lines.length : firstText + 1;
    const opening = lines.slice(0, openingEnd).map((line) => stripLeadingGlobals(line, globalKeys));
    const kept = opening.filter((line) => line.text.trim() !== "" || line.tags.length > 0);
    return [...kept, ...lines.slice(openingEnd)];
  };
}

function stripLeadingGlobals(line: Line, globalKeys: ReadonlySet<string>): Line {
  const firstOwn = line.tags.findIndex((tag) => !globalKeys.has(tag.key));
  const tags = firstOwn < 0 ? [] : line.tags.slice(firstOwn);
  return { ...line, tags };
}
