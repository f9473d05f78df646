/**
 * Endings of a set of random walks: how many walks reached each, the spread of the tracked
 * variables there, and the shortest walk to each (with its seed, to replay it).
 */
import type { VariablesMeta } from "../state/variables-meta";
import type { Outcome } from "./graph";
import { outcomeKey } from "./path-counts";
import type { Walk } from "./random-walks";
import { type EndingRow, shareOf } from "./report";
import { spreadOf } from "./variable-spread";

export function summariseWalks(
  walks: readonly Walk[],
  meta: VariablesMeta,
): { outcomes: Outcome[]; endings: EndingRow[] } {
  const groups = new Map<string, Walk[]>();
  for (const walk of walks) {
    const key = outcomeKey(walk.outcome);
    groups.set(key, [...(groups.get(key) ?? []), walk]);
  }
  const rank = { ending: 0, untagged: 1, error: 2, cut: 3 };
  const sorted = [...groups.values()].sort(
    (a, b) =>
      rank[(a[0] as Walk).outcome.kind] - rank[(b[0] as Walk).outcome.kind] ||
      (a[0] as Walk).outcome.id.localeCompare((b[0] as Walk).outcome.id),
  );
  const names = Object.keys(meta.variables);
  const endings = sorted.map((group) => {
    const first = group[0] as Walk;
    const shortest = group.reduce(
      (best, w) => (w.path.length < best.path.length ? w : best),
      first,
    );
    const listed = first.outcome.kind === "ending" ? meta.endings[first.outcome.id] : undefined;
    const row: EndingRow = {
      outcome: first.outcome,
      listed: listed !== undefined,
      paths: BigInt(group.length),
      share: shareOf(BigInt(group.length), BigInt(walks.length)),
      variables: spreadOf(
        names,
        group.map((w) => w.values),
      ),
      shortest: shortest.path,
      seed: shortest.seed,
    };
    if (listed) row.title = listed.title;
    return row;
  });
  return { outcomes: sorted.map((g) => (g[0] as Walk).outcome), endings };
}
