/**
 * The inklecate cross-check (issue 4, item 7), pure part: two compiled builds of one story
 * (inklecate's and the inkjs compiler's JSON text) are played on the same seeded random walks
 * in our runtime, and their transcripts must match once global tags are normalised. The shell
 * compiles the story and hands in both texts; nothing here touches the file system.
 */
import { allPremiseSets } from "../../../src/core/explore/premise-sets";
import type { VariablesMeta } from "../../../src/core/state/variables-meta";
import { type CompiledStory, loadCompiledStory } from "../../../src/core/story/load-story";
import { diffTranscripts, type TranscriptDifference } from "./diff-transcripts";
import { dropGlobalTags } from "./normalise-opening";
import { playWalk, type TurnRenderer } from "./play-walk";
import { createSessionStarter } from "./session-starter";
import { describeWalkPremises, planWalks, type WalkPlan } from "./walk-plan";

/** One compiled build of the story, with the name reports use for it. */
export interface Build {
  label: string;
  /** Compiled ink JSON text, with or without a BOM. */
  json: string;
}

export interface CrossCheckOptions {
  first: Build;
  second: Build;
  /** The story's variables.json; its premises are varied across walks. */
  meta: VariablesMeta;
  render: TurnRenderer;
  /** Base seed every walk's seeds derive from. Default 1938. */
  seed?: number;
  /** Number of walks. Default 500. */
  walks?: number;
  /** Longest walk, in choices. Default 500. */
  maxChoices?: number;
}

export interface WalkDifference {
  walk: WalkPlan;
  difference: TranscriptDifference;
  /** Both transcripts of the walk, in full, for a closer look. */
  transcripts: [string, string];
}

export interface CrossCheckReport {
  labels: [string, string];
  walks: number;
  /** Premise combinations the story declares, and how many of them the walks covered. */
  premiseSets: number;
  premiseSetsCovered: number;
  /** Choices made over all walks (of the first build). */
  choices: number;
  /** Distinct transcripts seen: shows the walks really went different ways. */
  distinctTranscripts: number;
  /** How often each `ending:` id was reached. */
  endings: Record<string, number>;
  /** The first walk whose transcripts differ; the check stops there. */
  difference?: WalkDifference;
}

/** Plays every walk on both builds and reports the first difference, if any. */
export function crossCheck(options: CrossCheckOptions): CrossCheckReport {
  const first = loadCompiledStory(options.first.json);
  const second = loadCompiledStory(options.second.json);
  const walkOptions = {
    render: options.render,
    normaliseOpening: dropGlobalTags(globalTagKeys(first, second)),
    maxChoices: options.maxChoices ?? 500,
  };
  const combinations = allPremiseSets(options.meta);
  const plans = planWalks(options.seed ?? 1938, options.walks ?? 500, combinations);
  const report: CrossCheckReport = {
    labels: [options.first.label, options.second.label],
    walks: 0,
    premiseSets: combinations.length,
    premiseSetsCovered: Math.min(combinations.length, plans.length),
    choices: 0,
    distinctTranscripts: 0,
    endings: {},
  };
  const startFirst = createSessionStarter(first);
  const startSecond = createSessionStarter(second);
  const seen = new Set<string>();
  for (const plan of plans) {
    const a = playWalk(startFirst, plan, walkOptions);
    const b = playWalk(startSecond, plan, walkOptions);
    report.walks += 1;
    report.choices += a.choices;
    seen.add(a.transcript);
    if (a.ending !== undefined) report.endings[a.ending] = (report.endings[a.ending] ?? 0) + 1;
    const difference = diffTranscripts(a.transcript, b.transcript);
    if (difference) {
      report.difference = { walk: plan, difference, transcripts: [a.transcript, b.transcript] };
      break;
    }
  }
  report.distinctTranscripts = seen.size;
  return report;
}

/** Keys of the global tags either build exposes (inklecate's may expose none to inkjs). */
function globalTagKeys(...stories: CompiledStory[]): Set<string> {
  return new Set(stories.flatMap((story) => Object.keys(story.meta)));
}

/** What a failing check prints: the walk's seeds and premises, and both differing lines. */
export function describeDifference(report: CrossCheckReport): string {
  const found = report.difference;
  if (!found) return `${report.labels.join(" and ")} agree on ${report.walks} walks`;
  const { walk, difference } = found;
  const [a, b] = report.labels;
  const width = Math.max(a.length, b.length) + 1;
  return [
    `walk ${walk.index} (ink seed ${walk.inkSeed}, choice seed ${walk.choiceSeed}, premises ${describeWalkPremises(walk.premises)})`,
    `differs at transcript line ${difference.line}:`,
    `  ${`${a}:`.padEnd(width)} ${difference.first}`,
    `  ${`${b}:`.padEnd(width)} ${difference.second}`,
  ].join("\n");
}
