import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseClassroom } from "../../../src/core/classroom/classroom-data";
import { buildDebrief } from "../../../src/core/classroom/debrief";
import { parseRoles } from "../../../src/core/classroom/roles";
import { parseRecord } from "../../../src/core/history/validate-record";
import { createSave } from "../../../src/core/save/save-file";
import { parseVariablesMeta } from "../../../src/core/state/variables-meta";
import { Session } from "../../../src/core/story/session";
import { compile } from "../../helpers/ink";

const STORY = `VAR soviet_killed = 0
VAR stalin_trust = 50
VAR escalation = 10
VAR heights = "soviet"
VAR blyukher_fate = "command"
Call. # date: 1938-08-01
Bomb? # decision: aug1_bombing_order
* [Obey]
  ~ soviet_killed = 40
  ~ stalin_trust = 70
  Done. # option: obey # historical
* [Wait]
  ~ stalin_trust = 20
  Waited. # option: wait_for_weather
- Next day. # date: 1938-08-02
Offer? # decision: aug4_ceasefire_offer # role: stalin
* [Refuse]
  ~ escalation = 60
  No. # option: refuse # historical
* [Accept]
  Yes. # option: accept
- End. # ending: lefortovo
-> END
`;

const story = join(__dirname, "..", "..", "..", "story");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(story, name), "utf8"));

function debriefOf(choices: number[]) {
  const compiled = compile(STORY);
  const session = new Session(compiled, { seed: 1 });
  session.continue();
  for (const choice of choices) {
    session.choose(choice).votes = [choice === 0 ? 5 : 1, choice === 0 ? 1 : 5];
    session.continue();
  }
  const save = createSave(session.snapshot(), {
    appVersion: "t",
    storyName: "t",
    story: compiled,
    seed: 1,
    premises: {},
    events: [{ kind: "undo", step: 1, detail: "1" }],
  });
  save.notes = [
    { kind: "setup", step: 0, text: "setup", rule: "majority", roles: ["blyukher", "stalin"] },
    { kind: "vote", step: 1, text: "first try" },
    { kind: "vote", step: 1, text: "Majority: option 1 with 5 of 6 votes." },
    { kind: "note", step: 1, text: "Loud debate." },
  ];
  return buildDebrief({
    save,
    story: compiled,
    meta: parseVariablesMeta(readJson("variables.json"), "variables.json"),
    record: parseRecord(readJson("record.json"), "record.json"),
    roles: parseRoles(readJson("roles.json"), "roles.json"),
    classroom: parseClassroom(readJson("classroom.json"), "classroom.json"),
  });
}

describe("buildDebrief", () => {
  const debrief = debriefOf([0, 1]);

  it("charts the values before the first choice and after each one, with their dates", () => {
    expect(
      debrief.series.map((p) => [
        p.step,
        p.date,
        p.values.soviet_killed,
        p.values.stalin_trust,
        p.values.escalation,
      ]),
    ).toEqual([
      [0, "1938-08-01", 0, 50, 10],
      [1, "1938-08-02", 40, 70, 10],
      [2, "1938-08-02", 40, 70, 10],
    ]);
  });

  it("lists each decision with its votes, the record's question and the last vote note", () => {
    expect(
      debrief.decisions.map((d) => [d.entry.decision, d.entry.votes, d.entry.historical ?? false]),
    ).toEqual([
      ["aug1_bombing_order", [5, 1], true],
      ["aug4_ceasefire_offer", [1, 5], false],
    ]);
    expect(debrief.decisions[0]?.outcome).toBe("Majority: option 1 with 5 of 6 votes.");
    expect(debrief.decisions[0]?.record?.date).toBe("1938-08-01");
  });

  it("keeps the setup, the people of the roles in play, notes, undos and picked questions", () => {
    expect(debrief.settings?.rule).toBe("plurality");
    expect(debrief.people.map((r) => r.id)).toEqual(["blyukher", "stalin"]);
    expect(debrief.notes.map((n) => n.text)).toEqual(["Loud debate."]);
    expect(debrief.undos).toBe(1);
    const asked = debrief.questions.map((q) => q.id);
    expect(asked).toEqual(expect.arrayContaining(["bomb-obey", "offer-accept", "end-historical"]));
    expect(asked).not.toContain("bomb-wait");
    expect(asked).not.toContain("offer-refuse");
    expect(debrief.ending?.historical).toBe(true);
    expect(debrief.comparison.divergence?.entry.decision).toBe("aug4_ceasefire_offer");
    expect(debrief.sources.length).toBeGreaterThan(3);
  });

  it("scores each role's objective at the ending, and none before one", () => {
    // Blyukher keeps his command and there is no wider war: met. Stalin wanted him gone: missed.
    expect(debrief.objectives.map((o) => [o.role, o.met])).toEqual([
      ["blyukher", true],
      ["stalin", false],
    ]);
    expect(debrief.objectives[0]?.objective).toContain("Keep your command");
    expect(debriefOf([0]).objectives).toEqual([]);
  });
});
