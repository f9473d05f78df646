import { describe, expect, it } from "vitest";
import { pickQuestions } from "../../../src/core/classroom/debrief-questions";
import { NO_META } from "../../../src/core/state/variables-meta";
import { renderEnding } from "../../../src/shell/views/player-view";
import { plainStyle } from "../../../src/shell/views/style";

const BUILT_INS = ["constructor", "toString", "__proto__", "hasOwnProperty"];

describe("ids that are names of built-in object keys", () => {
  it("are unknown endings, not 'THE END: undefined'", () => {
    for (const id of BUILT_INS) expect(renderEnding(id, NO_META, plainStyle())).toBe("THE END\n");
  });

  it("never make a debrief question's condition hold", () => {
    for (const id of BUILT_INS) {
      const question = { id: "q", text: "?", when: [`${id}=x`], priority: 1 };
      const facts = { chosen: {}, byHistory: [], variables: {} };
      expect(pickQuestions([question], facts, new Set([id]))).toEqual([]);
      expect(pickQuestions([question], facts, new Set())).toEqual([]);
    }
  });
});
