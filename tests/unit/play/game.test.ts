/**
 * The game's rules in process: an in-memory save store and a fixed clock stand in for the disk
 * and the time, so every autosave, undo, restart and load is checked on what was written.
 */
import { describe, expect, it } from "vitest";
import { SaveFileError } from "../../../src/core/errors";
import { Game } from "../../../src/core/play/game";
import type { SaveStore } from "../../../src/core/play/save-store";
import { decodeSave, encodeSave, type SaveFile } from "../../../src/core/save/save-file";
import { NO_META } from "../../../src/core/state/variables-meta";
import { Session } from "../../../src/core/story/session";
import { compile } from "../../helpers/ink";

const STORY = compile(`
VAR path = "none"
Dawn at the lake.
* [Wait]
  ~ path = "wait"
  You wait.
* [Go]
  ~ path = "go"
  You go.
- Noon.
* [Hold] Held. # ending: held
  -> END
* [Fall back] Fell back. # ending: fell
  -> END
`);

/** Saves kept in memory, encoded and decoded as on disk; `writes` lists each slot written. */
function memoryStore(): SaveStore & { writes: string[] } {
  const slots = new Map<string, string>();
  const writes: string[] = [];
  return {
    writes,
    pathOf: (slot) => `mem:${slot}`,
    has: (slot) => slots.has(slot),
    read(slot) {
      const text = slots.get(slot);
      if (text === undefined) throw new SaveFileError("save-missing", `no save at mem:${slot}`);
      return decodeSave(text, `mem:${slot}`);
    },
    write(slot, save: SaveFile) {
      writes.push(slot);
      slots.set(slot, encodeSave(save));
    },
    keep(from, base) {
      const text = slots.get(from);
      if (text === undefined) throw new Error(`no ${from}`);
      let name = base;
      for (let n = 2; slots.has(`saves/${name}`); n++) name = `${base}-${n}`;
      slots.set(`saves/${name}`, text);
      slots.delete(from);
      return name;
    },
    keepNew(save: SaveFile, base) {
      let name = base;
      for (let n = 2; slots.has(`saves/${name}`); n++) name = `${base}-${n}`;
      writes.push(`saves/${name}`);
      slots.set(`saves/${name}`, encodeSave(save));
      return name;
    },
    list: () => [...slots.keys()].filter((s) => s.startsWith("saves/")).map((s) => s.slice(6)),
  };
}

function newGame() {
  const store = memoryStore();
  const session = new Session(STORY, { seed: 5 });
  const game = new Game(session, {
    loaded: { story: STORY, meta: NO_META, name: "lake" },
    store,
    autosaveSlot: "autosave",
    appVersion: "test",
    now: () => new Date("2026-01-02T03:04:05Z"),
  });
  session.continue();
  return { game, store };
}

describe("a game", () => {
  it("autosaves after every choice, with the clock's time", () => {
    const { game, store } = newGame();
    game.choose(1);
    expect(store.writes).toEqual(["autosave"]);
    const save = store.read("autosave");
    expect(save.log.map((entry) => entry.text)).toEqual(["Go"]);
    expect(save.savedAt).toBe("2026-01-02T03:04:05.000Z");
  });

  it("undoes at most every choice made, logs it and autosaves", () => {
    const { game, store } = newGame();
    game.choose(0);
    const turn = game.undo(3);
    expect(turn.lines.map((line) => line.text).join(" ")).toContain("Dawn at the lake.");
    expect(game.session.choices()).toEqual([]);
    expect(game.events).toEqual([{ kind: "undo", step: 0, detail: "1" }]);
    expect(store.writes).toEqual(["autosave", "autosave"]);
  });

  it("restarts from the first line with the same seed, logged and autosaved", () => {
    const { game, store } = newGame();
    game.choose(1);
    const turn = game.restart();
    expect(turn.lines.map((line) => line.text).join(" ")).toContain("Dawn at the lake.");
    expect(game.session.seed).toBe(5);
    expect(game.events).toEqual([{ kind: "restart", step: 0 }]);
    expect(store.read("autosave").log).toEqual([]);
  });

  it("loads a named save of the same build and logs the load", () => {
    const { game } = newGame();
    game.choose(0);
    game.save("saves/early");
    game.choose(1);
    const turn = game.load("early");
    expect(turn.choices.map((c) => c.text)).toEqual(["Hold", "Fall back"]);
    expect(game.session.choices().map((entry) => entry.text)).toEqual(["Wait"]);
    expect(game.events.at(-1)).toEqual({ kind: "load", step: 1, detail: "early" });
  });

  it("leaves the game untouched when a load fails", () => {
    const { game, store } = newGame();
    game.choose(0);
    expect(() => game.load("missing")).toThrow(SaveFileError);
    expect(() => game.load("../escape")).toThrow(/is not a save name/);
    expect(game.session.choices().map((entry) => entry.text)).toEqual(["Wait"]);
    expect(store.writes).toEqual(["autosave"]);
  });
});
