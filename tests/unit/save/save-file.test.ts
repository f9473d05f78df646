import { describe, expect, it } from "vitest";
import { SaveFileError } from "../../../src/core/errors";
import { resumeSession } from "../../../src/core/save/resume";
import {
  checkSameStory,
  createSave,
  decodeSave,
  encodeSave,
  SAVE_FORMAT_VERSION,
  type SaveFile,
} from "../../../src/core/save/save-file";
import type { VariablesMeta } from "../../../src/core/state/variables-meta";
import { Session } from "../../../src/core/story/session";
import { compile } from "../../helpers/ink";

const SOURCE = (version: string, extra = "") => `# version: ${version}
VAR n = 0
Start. # date: 1938-07-29
* [Alpha]
  ~ n += 1
* [Beta]
  ~ n += 2
- Middle.${extra} # date: 1938-08-01
* [Gamma]
  ~ n += 10
* [Delta]
  ~ n += 20
- End {n}. # ending: fin
-> END
`;

function playedSave(story = compile(SOURCE("1.0.0")), picks = [1]): SaveFile {
  const session = new Session(story, { seed: 9, premises: { n: 0 } });
  session.continue();
  for (const pick of picks) {
    session.choose(pick);
    session.continue();
  }
  return createSave(session.snapshot(), {
    appVersion: "0.1.0",
    storyName: "test",
    story,
    seed: 9,
    premises: { n: 0 },
    events: [{ kind: "undo", step: 0, detail: "1" }],
    savedAt: "2026-11-24T00:00:00.000Z",
  });
}

/** The test story's metadata: `n` is a premise with the values 0 and 5. */
const META: VariablesMeta = {
  variables: { n: { label: "N", premise: true, values: [0, 5], historical: 0 } },
  endings: {},
};

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof SaveFileError ? error.code : "other";
  }
  return undefined;
}

describe("save file codec", () => {
  it("round-trips a save exactly", () => {
    const save = playedSave();
    expect(decodeSave(encodeSave(save), "s.json")).toEqual(save);
    expect(save).toMatchObject({
      format: "khasan-save",
      formatVersion: SAVE_FORMAT_VERSION,
      storyVersion: "1.0.0",
      date: "1938-08-01",
      ended: false,
      ending: null,
    });
  });

  it("records the ending of a finished run", () => {
    expect(playedSave(undefined, [1, 0])).toMatchObject({ ended: true, ending: "fin" });
  });

  it("calls broken JSON and wrong shapes corrupt, naming the file", () => {
    expect(codeOf(() => decodeSave("{oops", "s.json"))).toBe("save-corrupt");
    expect(() => decodeSave("{oops", "s.json")).toThrow("s.json is not a readable save");
    const wrong = { ...playedSave(), seed: "nine" };
    expect(() => decodeSave(JSON.stringify(wrong), "s.json")).toThrow("s.json is corrupt: seed:");
    expect(() => decodeSave('{"hello": 1}', "s.json")).toThrow("not a Khasan 1938 save file");
  });

  it("refuses a save whose minimum compatible format is newer, and says to update", () => {
    const future = { ...playedSave(), formatVersion: 7, minCompatibleVersion: 5 };
    expect(codeOf(() => decodeSave(JSON.stringify(future), "s.json"))).toBe("save-too-new");
    expect(() => decodeSave(JSON.stringify(future), "s.json")).toThrow("update khasan");
  });

  it("reads a newer format that declares itself compatible", () => {
    const newer = { ...playedSave(), formatVersion: SAVE_FORMAT_VERSION + 1 };
    expect(decodeSave(JSON.stringify(newer), "s.json").formatVersion).toBe(SAVE_FORMAT_VERSION + 1);
  });

  it("refuses a save from another story build, naming both versions and --replay", () => {
    const other = compile(SOURCE("2.0.0", " Changed."));
    const save = playedSave();
    expect(codeOf(() => checkSameStory(save, other, "s.json"))).toBe("save-other-story");
    expect(() => checkSameStory(save, other, "s.json")).toThrow(
      /story 1\.0\.0 \(build [0-9a-f]{8}\), but this is story 2\.0\.0 \(build [0-9a-f]{8}\): add --replay to replay its 1 choice on/,
    );
  });
});

describe("resumeSession", () => {
  it("restores a save of the same build exactly where it was", () => {
    const story = compile(SOURCE("1.0.0"));
    const resumed = resumeSession(story, playedSave(story), {
      replay: false,
      label: "s",
      meta: META,
    });
    expect(resumed.turn.choices.map((c) => c.text)).toEqual(["Gamma", "Delta"]);
    expect(resumed.session.variables()).toEqual({ n: 2 });
    expect(resumed.replay).toBeUndefined();
  });

  it("replays a save onto another build by choice text", () => {
    const other = compile(SOURCE("2.0.0", " Changed."));
    const resumed = resumeSession(other, playedSave(), { replay: true, label: "s", meta: META });
    expect(resumed.replay).toEqual({ replayed: 1, total: 1 });
    expect(resumed.turn.lines[0]?.text).toBe("Middle. Changed.");
    expect(resumed.session.variables()).toEqual({ n: 2 });
  });

  it("stops a replay at the first choice the new build lacks", () => {
    const renamed = compile(
      SOURCE("3.0.0").replace("[Gamma]", "[Epsilon]").replace("[Delta]", "[Zeta]"),
    );
    const save = playedSave(undefined, [1, 1]);
    const resumed = resumeSession(renamed, save, { replay: true, label: "s", meta: META });
    expect(resumed.replay).toEqual({ replayed: 1, total: 2, stoppedAtText: "Delta" });
  });
});

describe("a save checked against the story before it is resumed", () => {
  const story = compile(SOURCE("1.0.0"));
  const resume = (save: SaveFile) =>
    resumeSession(story, save, { replay: false, label: "s.json", meta: META });

  it("refuses a logged choice the story did not offer there, naming the file", () => {
    const invented = playedSave(story, [1, 0]);
    const [, second] = invented.log;
    if (second) second.text = "Omega";
    expect(codeOf(() => resume(invented))).toBe("save-corrupt");
    expect(() => resume(invented)).toThrow(
      /^s\.json: choice 2 of its log \("Omega"\) is not one this story offers there/,
    );
    const beyond = playedSave(story, [1]);
    const [first] = beyond.log;
    if (first) first.index = 7;
    expect(() => resume(beyond)).toThrow(/choice 1 of its log \("Beta"\) is not one/);
  });

  it("refuses a premise that is not one or is outside its values", () => {
    const outside = { ...playedSave(story), premises: { n: 3 } };
    expect(() => resume(outside)).toThrow(
      "s.json sets premise n to 3, which is not one of its values (0, 5): the save was not used",
    );
    const unknown = { ...playedSave(story), premises: { n: 0, weather: "clear" } };
    expect(() => resume(unknown)).toThrow(/sets "weather", which is not a premise of this story/);
    expect(() =>
      resumeSession(story, unknown, { replay: true, label: "s.json", meta: META }),
    ).toThrow(/not a premise/);
  });

  it("refuses variables that do not follow from the logged choices", () => {
    const edited = playedSave(story);
    edited.ink = edited.ink.replace(/"n":2/, '"n":99');
    expect(edited.ink).toContain('"n":99');
    expect(() => resume(edited)).toThrow(
      "s.json: its story state does not follow from its choices (variable n differs): the save was not used",
    );
  });

  it("resumes an honest save with undos and a premise of its own", () => {
    const save = playedSave(story, [0, 1]);
    expect(resume(save).session.variables()).toEqual({ n: 21 });
  });
});
