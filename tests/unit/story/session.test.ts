import { describe, expect, it } from "vitest";
import { InkRuntimeError, UsageError } from "../../../src/core/errors";
import { Session } from "../../../src/core/story/session";
import type { Turn } from "../../../src/core/story/turn";
import { compile } from "../../helpers/ink";

const DECISIONS = `# title: Test
# version: 2.1.0
VAR trust = 50
VAR fog = true
Morning at the lake. # date: 1938-08-01
{fog: The fog is thick.|The sky is clear.}
The telephone rings. # decision: aug1_bombing_order # role: stalin # discuss: Obey? # discuss: Why?
* [Bomb now]
  Bombers take off. # option: bomb # historical
  ~ trust += RANDOM(1, 5)
* [Wait]
  You wait. # option: wait
  ~ trust -= 10
- The next day. # date: 1938-08-02
* [Go on] -> finale
=== finale ===
It ends with trust {trust}. # ending: done # historical
-> END
`;

/**
 * The session suite runs twice: directly, and through a snapshot/restore into a fresh session
 * after every choice (inkle's own test discipline), so saves can never lose state.
 */
type Mode = "direct" | "save-reload";

function drive(
  mode: Mode,
  seed: number,
  picks: number[],
  premises = {},
): { turns: Turn[]; session: Session } {
  const story = compile(DECISIONS);
  let session = new Session(story, { seed, premises });
  const turns = [session.continue()];
  for (const pick of picks) {
    session.choose(pick);
    if (mode === "save-reload") {
      const snapshot = JSON.parse(JSON.stringify(session.snapshot()));
      session = new Session(story, { seed, premises });
      session.restore(snapshot);
    }
    turns.push(session.continue());
  }
  return { turns, session };
}

for (const mode of ["direct", "save-reload"] as const) {
  describe(`Session (${mode})`, () => {
    it("reads the date, the decision with its role and discussion prompts", () => {
      const [first] = drive(mode, 1, []).turns;
      expect(first?.date).toBe("1938-08-01");
      expect(first?.decision).toEqual({
        id: "aug1_bombing_order",
        role: "stalin",
        discuss: ["Obey?", "Why?"],
      });
      expect(first?.choices.map((c) => c.text)).toEqual(["Bomb now", "Wait"]);
      expect(first?.lines.map((l) => l.text)).toEqual([
        "Morning at the lake.",
        "The fog is thick.",
        "The telephone rings.",
      ]);
    });

    it("logs each choice with its date, decision, option id and historical mark", () => {
      const { session } = drive(mode, 1, [0, 0]);
      const log = session.choices();
      expect(log[0]).toMatchObject({
        index: 0,
        text: "Bomb now",
        date: "1938-08-01",
        decision: "aug1_bombing_order",
        role: "stalin",
        option: "bomb",
        historical: true,
      });
      expect(log[1]).toMatchObject({ index: 0, text: "Go on", date: "1938-08-02" });
      expect(log[1]?.decision).toBeUndefined();
      expect(log[1]?.option).toBeUndefined();
    });

    it("marks a non-historical option without the historical flag", () => {
      const { session } = drive(mode, 1, [1]);
      expect(session.choices()[0]).toMatchObject({ option: "wait" });
      expect(session.choices()[0]?.historical).toBeUndefined();
    });

    it("reaches the ending with its id and the final variables", () => {
      const { turns, session } = drive(mode, 1, [1, 0]);
      const last = turns[turns.length - 1];
      expect(last?.ended).toBe(true);
      expect(last?.ending).toEqual({ id: "done", historical: true });
      expect(session.variables()).toEqual({ trust: 40, fog: true });
    });

    it("gives the same RANDOM draws for the same seed and different ones across seeds", () => {
      const trustFor = (seed: number) =>
        drive(mode, seed, [0, 0]).session.variables().trust as number;
      expect(trustFor(7)).toBe(trustFor(7));
      const values = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(trustFor));
      expect(values.size).toBeGreaterThan(1);
      for (const value of values) expect(value).toBeGreaterThanOrEqual(51);
    });

    it("applies premises before the first line", () => {
      const [first] = drive(mode, 1, [], { fog: false }).turns;
      expect(first?.lines[1]?.text).toBe("The sky is clear.");
    });
  });
}

describe("Session errors", () => {
  it("refuses a choice that is not on screen, naming the range", () => {
    const session = new Session(compile(DECISIONS), { seed: 1 });
    session.continue();
    expect(() => session.choose(2)).toThrow(UsageError);
    expect(() => session.choose(2)).toThrow("choose a number from 1 to 2");
  });

  it("refuses a premise the story does not declare", () => {
    expect(() => new Session(compile(DECISIONS), { seed: 1, premises: { nope: 1 } })).toThrow(
      'the story has no variable "nope"',
    );
  });

  it("turns an ink runtime error into an InkRuntimeError", () => {
    const story = compile("EXTERNAL missing(x)\nHello {missing(1)}.\n-> END\n");
    const session = new Session(story, { seed: 1 });
    expect(() => session.continue()).toThrow(InkRuntimeError);
  });

  it("restart goes back to the first line with the same seed", () => {
    const session = new Session(compile(DECISIONS), { seed: 3 });
    const first = session.continue();
    session.choose(0);
    session.continue();
    session.restart();
    expect(session.continue()).toEqual(first);
    expect(session.choices()).toEqual([]);
  });
});
