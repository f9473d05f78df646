/**
 * The phones' role cards are the core's cards for the cut: a role's facts from the cut's first
 * decision on never reach a phone (they would tell the class what it has yet to decide), and the
 * secret is the one section the page sets apart.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseClassroom } from "../../src/core/classroom/classroom-data";
import { decisionOrder } from "../../src/core/classroom/lesson-plan";
import { cutStartDate } from "../../src/core/classroom/role-card";
import { parseRoles } from "../../src/core/classroom/roles";
import { parseRecord } from "../../src/core/history/validate-record";
import { webRoleCards } from "../../src/shell/web/role-cards";

const story = join(__dirname, "..", "..", "story");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(story, name), "utf8"));
const record = parseRecord(readJson("record.json"), "record.json");
const roles = parseRoles(readJson("roles.json"), "roles.json");
const classroom = parseClassroom(readJson("classroom.json"), "classroom.json");
const order = decisionOrder(record);

describe("the role cards on the phones", () => {
  for (const cut of classroom.cuts) {
    it(`leave out what a role learns from the ${cut.id}-minute cut's start on`, () => {
      const startsOn = cutStartDate(cut, record, order);
      // A fact learnt on the day the class starts deciding: it must stay off every card.
      const spoiler = { date: startsOn, text: "SPOILER: how the first decision turned out." };
      const withSpoiler = roles.roles.map((role) => ({ ...role, knows: [...role.knows, spoiler] }));
      const cards = webRoleCards(withSpoiler, record, cut, order);
      for (const role of roles.roles) {
        const card = cards[role.id];
        const text = JSON.stringify(card?.sections);
        expect(text).not.toContain("SPOILER");
        for (const fact of role.knows) {
          if (fact.date >= startsOn) expect(text).not.toContain(fact.text);
          else expect(text).toContain(fact.text);
        }
        expect(card?.sections.filter((s) => s.secret).map((s) => s.text)).toEqual([[role.secret]]);
      }
    });
  }
});
