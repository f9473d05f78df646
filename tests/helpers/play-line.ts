/**
 * Test helper: plays a session along the historical line (at each decision the option whose
 * outcome is tagged `historical`) or with chosen option ids, by trying each choice from a
 * snapshot. Used by the record's tests and the campaign's own tests.
 */
import type { Session } from "../../src/core/story/session";

/**
 * Plays to the end (or `stopAtDate`, before choosing on that date). At each choice point takes
 * the option listed in `options` by decision id, else the historical one, else the first.
 */
export function play(
  session: Session,
  options: Record<string, string> = {},
  stopAtDate?: string,
): void {
  let turn = session.continue();
  while (turn.choices.length > 0) {
    if (stopAtDate !== undefined && turn.date !== undefined && turn.date >= stopAtDate) return;
    const wanted = turn.decision ? options[turn.decision.id] : undefined;
    const start = session.snapshot();
    let chosen = false;
    for (const choice of turn.choices) {
      session.restore(start);
      session.choose(choice.index);
      const next = session.continue();
      const entry = session.choices().at(-1);
      if (wanted ? entry?.option === wanted : entry?.historical === true) {
        turn = next;
        chosen = true;
        break;
      }
    }
    if (!chosen) {
      session.restore(start);
      session.choose(0);
      turn = session.continue();
    }
  }
}
