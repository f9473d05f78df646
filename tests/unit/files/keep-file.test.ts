import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSave } from "../../../src/core/save/save-file";
import { keepUnderNewName } from "../../../src/shell/files/keep-file";
import { createFileSaveStore } from "../../../src/shell/files/save-store";
import { FIXTURES } from "../../helpers/ink";
import { makeTempDir } from "../../helpers/temp-dir";

function folder(): string {
  return makeTempDir("khasan-keep-");
}

describe("keepUnderNewName", () => {
  it("never overwrites: two keeps under one name in the same second keep both files", () => {
    const dir = folder();
    writeFileSync(join(dir, "autosave.json"), "first game");
    const first = keepUnderNewName(join(dir, "autosave.json"), join(dir, "saves"), "autosave-x");
    writeFileSync(join(dir, "autosave.json"), "second game");
    const second = keepUnderNewName(join(dir, "autosave.json"), join(dir, "saves"), "autosave-x");
    expect([first, second]).toEqual(["autosave-x", "autosave-x-2"]);
    expect(readFileSync(join(dir, "saves", "autosave-x.json"), "utf8")).toBe("first game");
    expect(readFileSync(join(dir, "saves", "autosave-x-2.json"), "utf8")).toBe("second game");
    expect(existsSync(join(dir, "autosave.json"))).toBe(false);
  });

  it("says the file is gone when another process kept it first", () => {
    const dir = folder();
    expect(() => keepUnderNewName(join(dir, "autosave.json"), dir, "x")).toThrow(
      expect.objectContaining({ code: "save-missing" }),
    );
  });
});

describe("the save store", () => {
  it("keeps an unreadable autosave whole, beside an older kept one", () => {
    const dir = folder();
    const store = createFileSaveStore(dir);
    writeFileSync(join(dir, "saves-old.json"), "");
    writeFileSync(store.pathOf("autosave"), "{broken");
    expect(store.keep("autosave", "old")).toBe("old");
    writeFileSync(store.pathOf("autosave"), "{broken too");
    expect(store.keep("autosave", "old")).toBe("old-2");
    expect(readdirSync(join(dir, "saves")).sort()).toEqual(["old-2.json", "old.json"]);
    expect(readFileSync(store.pathOf("saves/old"), "utf8")).toBe("{broken");
  });

  it("writes new saves under fresh names, leaving no temporary file", () => {
    const dir = folder();
    const store = createFileSaveStore(dir);
    const save = decodeSave(
      readFileSync(join(FIXTURES, "saves", "mini-one-choice.json"), "utf8"),
      "x",
    );
    expect(store.keepNew(save, "lesson")).toBe("lesson");
    expect(store.keepNew({ ...save, seed: 99 }, "lesson")).toBe("lesson-2");
    expect(readdirSync(join(dir, "saves")).sort()).toEqual(["lesson-2.json", "lesson.json"]);
    expect(store.read("saves/lesson-2").seed).toBe(99);
  });

  it("removes temporary files of writers that no longer run, and only those", () => {
    const dir = folder();
    const dead = ".autosave.json.999999999.0123abcd.tmp";
    const living = `.autosave.json.${process.ppid}.0123abcd.tmp`;
    writeFileSync(join(dir, dead), "half");
    writeFileSync(join(dir, living), "in flight");
    writeFileSync(join(dir, "notes.tmp"), "not ours");
    createFileSaveStore(dir);
    expect(readdirSync(dir).sort()).toEqual([living, "notes.tmp"].sort());
  });
});
