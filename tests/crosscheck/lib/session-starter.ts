/**
 * Sessions at the start of a story, for any walk's seed and premises, without building a new
 * inkjs Story per walk (parsing a big story costs more than playing it). One Session per
 * premise set keeps its opening state; each walk reloads that state with its own ink seed, the
 * `storySeed` field of ink's saved state, which is all a fresh Session would set differently.
 */
import type { CompiledStory } from "../../../src/core/story/load-story";
import { Session, type SessionSnapshot } from "../../../src/core/story/session";
import type { WalkPlan } from "./walk-plan";

/** Returns a session at the first line, seeded and with premises set as `plan` says. */
export type SessionStarter = (plan: WalkPlan) => Session;

interface Opening {
  session: Session;
  state: Record<string, unknown>;
}

export function createSessionStarter(story: CompiledStory): SessionStarter {
  const openings = new Map<string, Opening>();
  return (plan) => {
    const key = JSON.stringify(plan.premises);
    let opening = openings.get(key);
    if (!opening) {
      const session = new Session(story, { seed: plan.inkSeed, premises: plan.premises });
      const state: unknown = JSON.parse(session.snapshot().ink);
      if (!isSeededState(state)) return session;
      opening = { session, state };
      openings.set(key, opening);
    }
    const snapshot: SessionSnapshot = {
      ink: JSON.stringify({ ...opening.state, storySeed: plan.inkSeed }),
      log: [],
    };
    opening.session.restore(snapshot);
    return opening.session;
  };
}

/** ink's saved state as this inkjs writes it; anything else falls back to a new Session. */
function isSeededState(state: unknown): state is Record<string, unknown> {
  return (
    typeof state === "object" &&
    state !== null &&
    typeof (state as Record<string, unknown>).storySeed === "number"
  );
}
