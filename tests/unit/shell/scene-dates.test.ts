import { describe, expect, it } from "vitest";
import { Session } from "../../../src/core/story/session";
import { renderScene } from "../../../src/shell/views/player-view";
import { plainStyle } from "../../../src/shell/views/style";
import { compile } from "../../helpers/ink";

// The outcome of the 6 August choice, then the 31 August scene, in one turn.
const STORY = `
The offensive is ordered. # date: 1938-08-06
* [Attack at once]
  The assault goes in on the 6th.
  It costs dearly.
  The Main Military Council sits in Moscow. # date: 1938-08-31
  * * [Answer]
    Done.
    -> END
`;

function turns() {
  const session = new Session(compile(STORY), { seed: 1, premises: {} });
  const first = session.continue();
  session.choose(0);
  return { first, second: session.continue() };
}

describe("date headings", () => {
  it("puts the heading where the date changes inside a turn, not over the whole turn", () => {
    const { first, second } = turns();
    const style = plainStyle(80);
    expect(renderScene(first, undefined, style)).toBe(
      "— 6 August 1938 —\n\nThe offensive is ordered.\n",
    );
    expect(renderScene(second, first.date, style)).toBe(
      "The assault goes in on the 6th.\n\nIt costs dearly.\n\n— 31 August 1938 —\n\nThe Main Military Council sits in Moscow.\n",
    );
  });

  it("after a jump, heads the text before the first new date with the date the turn began on", () => {
    const { second } = turns();
    expect(renderScene(second, undefined, plainStyle(80), "1938-08-06")).toBe(
      "— 6 August 1938 —\n\nThe assault goes in on the 6th.\n\nIt costs dearly.\n\n— 31 August 1938 —\n\nThe Main Military Council sits in Moscow.\n",
    );
  });
});
