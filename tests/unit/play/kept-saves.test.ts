import { describe, expect, it } from "vitest";
import { freshSaveName, keepSave, keepSlot, timeStamp } from "../../../src/core/play/kept-saves";
import type { SaveStore } from "../../../src/core/play/save-store";
import type { SaveFile } from "../../../src/core/save/save-file";

/** An in-memory store: slot → save. */
function memoryStore(slots: Record<string, SaveFile> = {}): SaveStore & {
  slots: Record<string, SaveFile>;
} {
  return {
    slots,
    pathOf: (slot) => `/mem/${slot}.json`,
    has: (slot) => slot in slots,
    read: (slot) => {
      const save = slots[slot];
      if (!save) throw new Error(`no ${slot}`);
      return save;
    },
    write: (slot, save) => {
      slots[slot] = save;
    },
    keep: (from, base) => {
      const save = slots[from];
      if (!save) throw new Error(`no ${from}`);
      const name = freshSaveName({ has: (slot: string) => slot in slots } as SaveStore, base);
      slots[`saves/${name}`] = save;
      delete slots[from];
      return name;
    },
    keepNew: (save, base) => {
      const name = freshSaveName({ has: (slot: string) => slot in slots } as SaveStore, base);
      slots[`saves/${name}`] = save;
      return name;
    },
    list: () => Object.keys(slots),
  };
}

const save = (seed: number) => ({ seed }) as unknown as SaveFile;

describe("kept saves", () => {
  it("stamps a time to the second, in UTC", () => {
    expect(timeStamp(new Date("2038-12-01T09:05:07.900Z"))).toBe("20381201-090507");
  });

  it("picks the base name, then -2, -3 when taken", () => {
    const store = memoryStore({ "saves/lesson-x": save(1), "saves/lesson-x-2": save(2) });
    expect(freshSaveName(store, "lesson-x")).toBe("lesson-x-3");
    expect(freshSaveName(store, "lesson-y")).toBe("lesson-y");
  });

  it("never overwrites a kept save: two games kept in the same second get two names", () => {
    const store = memoryStore();
    const first = keepSave(store, save(1), "before-restart-20381201-090507");
    const second = keepSave(store, save(2), "before-restart-20381201-090507");
    expect([first, second]).toEqual([
      "before-restart-20381201-090507",
      "before-restart-20381201-090507-2",
    ]);
    expect(store.slots[`saves/${first}`]?.seed).toBe(1);
    expect(store.slots[`saves/${second}`]?.seed).toBe(2);
  });

  it("moves an autosave to a fresh name, leaving an older kept save alone", () => {
    const store = memoryStore({ autosave: save(5), "saves/autosave-1": save(4) });
    expect(keepSlot(store, "autosave", "autosave-1")).toBe("autosave-1-2");
    expect(store.slots["saves/autosave-1"]?.seed).toBe(4);
    expect(store.slots["saves/autosave-1-2"]?.seed).toBe(5);
    expect("autosave" in store.slots).toBe(false);
  });
});
