import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { settingsFromNotes, settingsNote } from "../../../src/core/classroom/settings";
import { decodeSave, encodeSave } from "../../../src/core/save/save-file";

const saves = join(__dirname, "..", "..", "fixtures", "saves");

describe("classroom notes in the save", () => {
  const old = decodeSave(readFileSync(join(saves, "mini-one-choice.json"), "utf8"), "old.json");

  it("still reads a save written before notes existed", () => {
    expect(old.notes).toBeUndefined();
    expect(old.log.length).toBeGreaterThan(0);
  });

  it("keeps notes and the lesson's settings through encode and decode", () => {
    const settings = {
      rule: "consensus" as const,
      fallback: "commander" as const,
      roles: ["blyukher", "stalin"],
      classSize: 24,
      cut: "45",
      label: "9B",
    };
    const notes = [
      settingsNote(settings, [], 0),
      { kind: "note" as const, step: 1, text: "<b>loud</b> class" },
    ];
    const back = decodeSave(encodeSave({ ...old, notes }), "new.json");
    expect(back.notes?.[1]?.text).toBe("<b>loud</b> class");
    expect(settingsFromNotes(back.notes ?? [])).toEqual(settings);
  });

  it("refuses a note of an unknown kind, naming where", () => {
    const text = encodeSave({ ...old, notes: [{ kind: "note", step: 0, text: "x" }] }).replace(
      '"note"',
      '"shout"',
    );
    expect(() => decodeSave(text, "bad.json")).toThrow(/notes\.0\.kind/);
  });
});
