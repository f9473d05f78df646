import { describe, expect, it } from "vitest";
import {
  applyRule,
  describeVotes,
  parseRule,
  parseVotes,
  type RuleSettings,
} from "../../../src/core/classroom/votes";

const plurality: RuleSettings = { rule: "plurality", fallback: "plurality" };
const consensusToMajority: RuleSettings = { rule: "consensus", fallback: "plurality" };
const consensusToCommander: RuleSettings = { rule: "consensus", fallback: "commander" };
const commander: RuleSettings = { rule: "commander", fallback: "plurality" };

describe("parseVotes", () => {
  it("reads one count per option, with spaces or commas", () => {
    expect(parseVotes("3 1 0", 3)).toEqual({ kind: "votes", counts: [3, 1, 0] });
    expect(parseVotes(" 12,4 ", 2)).toEqual({ kind: "votes", counts: [12, 4] });
  });

  it("refuses the wrong number of counts, naming both", () => {
    const parsed = parseVotes("3 1", 3);
    expect(parsed.kind).toBe("invalid");
    if (parsed.kind === "invalid") expect(parsed.message).toMatch(/^2 counts for 3 options/);
  });

  it("refuses words, negative numbers and a vote with nobody voting", () => {
    expect(parseVotes("3 x 1", 3).kind).toBe("invalid");
    expect(parseVotes("3 -1 1", 3).kind).toBe("invalid");
    expect(parseVotes("0 0 0", 3)).toEqual({
      kind: "invalid",
      message: "no votes were cast: type at least one vote",
    });
  });
});

describe("plurality", () => {
  it("takes the option with the most votes", () => {
    expect(applyRule(plurality, [2, 9, 4])).toEqual({
      kind: "decided",
      index: 1,
      explanation: "plurality: option 2 with 9 of 15 votes",
    });
  });

  it("hands a tie to the casting vote, among the tied options only", () => {
    expect(applyRule(plurality, [5, 1, 5])).toEqual({
      kind: "ask",
      among: [0, 2],
      explanation: "plurality: tie between options 1 and 3 (5 votes each); casting vote",
    });
  });

  it("counts one vote as a vote, not as votes", () => {
    expect(applyRule(plurality, [1, 1, 0])).toMatchObject({
      explanation: "plurality: tie between options 1 and 2 (1 vote each); casting vote",
    });
    expect(applyRule(plurality, [0, 1, 0])).toMatchObject({
      explanation: "plurality: option 2 with 1 of 1 vote",
    });
  });

  it("wins with a plurality short of half", () => {
    const outcome = applyRule(plurality, [4, 3, 3]);
    expect(outcome.kind === "decided" && outcome.index).toBe(0);
  });
});

describe("consensus", () => {
  it("takes an option every vote is for", () => {
    expect(applyRule(consensusToMajority, [0, 7, 0])).toEqual({
      kind: "decided",
      index: 1,
      explanation: "consensus: all 7 for option 2",
    });
  });

  it("falls back to majority when the class is split", () => {
    expect(applyRule(consensusToMajority, [6, 1])).toEqual({
      kind: "decided",
      index: 0,
      explanation:
        "no consensus (6 for 1, 1 for 2); fallback plurality: option 1 with 6 of 7 votes",
    });
  });

  it("falls back to majority and then to the casting vote on a split tie", () => {
    const outcome = applyRule(consensusToMajority, [3, 3, 1]);
    expect(outcome.kind).toBe("ask");
    if (outcome.kind === "ask") {
      expect(outcome.among).toEqual([0, 1]);
      expect(outcome.explanation).toContain("no consensus");
      expect(outcome.explanation).toContain("tie between options 1 and 2");
    }
  });

  it("falls back to the commander, who may choose any option", () => {
    expect(applyRule(consensusToCommander, [1, 5, 0])).toEqual({
      kind: "ask",
      among: [0, 1, 2],
      explanation:
        "no consensus (1 for 1, 5 for 2, 0 for 3); fallback commander: the deciding role chooses",
    });
  });
});

describe("commander", () => {
  it("records the show of hands but leaves every option to the deciding role", () => {
    const outcome = applyRule(commander, [0, 10]);
    expect(outcome).toEqual({
      kind: "ask",
      among: [0, 1],
      explanation: "commander: 0 for 1, 10 for 2; the deciding role chooses",
    });
  });
});

describe("parseRule and describeVotes", () => {
  it("accepts a unique prefix and refuses an ambiguous one", () => {
    expect(parseRule("maj")).toBe("plurality");
    expect(parseRule("Consensus")).toBe("consensus");
    expect(parseRule("co")).toBeUndefined();
    expect(parseRule("")).toBeUndefined();
  });

  it("describes votes by option number", () => {
    expect(describeVotes([3, 1, 0])).toBe("3 for 1, 1 for 2, 0 for 3");
  });
});
