/**
 * Stress bench (issue 6): generated stories with hundreds of knots, a bounded loop and RANDOM,
 * explored exhaustively. In the "merging" family every layer's two branches rejoin, so paths
 * double with each layer while distinct states grow by a few; the "diverging" family keeps a
 * counter that makes every path distinct. Time should follow states, not paths. The campaign
 * itself is measured in campaign-bench.ts.
 */
import { exploreExhaustively } from "../src/core/explore/exhaustive";
import { countPaths } from "../src/core/explore/path-counts";
import { compileInk } from "../src/core/story/compile-ink";
import type { CompiledStory } from "../src/core/story/load-story";

/**
 * `layers` knots of two sticky choices each (once-only choices would rightly keep branches
 * apart on the next lap), a loop run three times, and one RANDOM per layer.
 */
function generate(layers: number, diverging: boolean): string {
  const out = ["VAR score = 0", "VAR laps = 0", "-> layer_0"];
  for (let i = 0; i < layers; i++) {
    const next = i + 1 < layers ? `layer_${i + 1}` : "lap";
    // Both branches draw the same RANDOMs, so only `score` can tell the branches apart.
    const bump = diverging ? `~ score += ${i + 1}` : "~ score += 0";
    out.push(
      `=== layer_${i} ===`,
      `Layer ${i}: the {&fog|rain|sun} over the ridge. {RANDOM(1, 3)} guns answer.`,
      `+ [Left ${i}]`,
      `  ${bump}`,
      `  You go left.`,
      `+ [Right ${i}]`,
      `  You go right.`,
      `- -> ${next}`,
    );
  }
  out.push(
    "=== lap ===",
    "~ laps += 1",
    "{ laps < 3: -> layer_0 }",
    // Read in a condition, so `score` is part of the state and not a tally (tallies.ts).
    "The end, {score > 100: a long march|a short one}, score {score}.",
    "-> END",
  );
  return out.join("\n");
}

function compile(source: string): CompiledStory {
  return compileInk(source, "stress.ink", () => "").story;
}

interface Measure {
  ms: number;
  states: number;
  paths: bigint;
  steps: number;
}

function explore(story: CompiledStory): Measure {
  const start = performance.now();
  const graph = exploreExhaustively(story, { seed: 1 });
  const counts = countPaths(graph);
  const paths = counts.into.reduce((sum, n, id) => (graph.nodes[id]?.outcome ? sum + n : sum), 0n);
  return { ms: performance.now() - start, states: graph.nodes.length, paths, steps: graph.steps };
}

/** Exact counts can run to hundreds of digits; show them as 3.78e22 past fifteen. */
function formatCount(n: bigint): string {
  const digits = n.toString();
  if (digits.length <= 15) return digits;
  return `${digits[0]}.${digits.slice(1, 3)}e${digits.length - 1}`;
}

function row(label: string, m: Measure): string {
  const perState = (m.ms / m.states).toFixed(3);
  return `  ${label.padEnd(22)} ${m.ms.toFixed(0).padStart(7)} ms  states ${String(m.states).padStart(6)}  paths ${formatCount(m.paths).padStart(15)}  ${perState} ms/state`;
}

console.log("stress stories (3 laps of N layers, RANDOM in every layer):");
for (const layers of [25, 50, 100, 200]) {
  console.log(row(`merging, ${layers} layers`, explore(compile(generate(layers, false)))));
}
for (const layers of [8, 10, 12]) {
  console.log(row(`diverging, ${layers} layers`, explore(compile(generate(layers, true)))));
}
