/**
 * A token bucket per connection: `burst` messages at once, refilled at `perSecond`. The clock is
 * passed in, so a test can drive it. A connection that keeps sending past its budget is closed
 * by the server; a phone tapping quickly never comes near it.
 */

export interface RateLimit {
  /** True when the message may be handled; false when it is over the budget. */
  take: (now: number) => boolean;
}

export function createRateLimit(perSecond: number, burst: number): RateLimit {
  let tokens = burst;
  let last: number | undefined;
  return {
    take(now) {
      if (last !== undefined) tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
