/**
 * The discussion countdown on a page: the server sends the seconds left when it sends a view;
 * the page counts down from the moment it received them, so no clock is shared.
 */
import { formatClock } from "../../../core/classroom/settings";

export interface CountdownData {
  seconds: number;
  totalSeconds: number;
  paused: boolean;
}

let ticker: ReturnType<typeof setInterval> | undefined;

/** Shows `countdown` in `element`, ticking each second unless paused; replaces any earlier one. */
export function runCountdown(element: HTMLElement, countdown: CountdownData | undefined): void {
  if (ticker !== undefined) clearInterval(ticker);
  ticker = undefined;
  if (!countdown) {
    element.textContent = "";
    return;
  }
  const received = Date.now();
  const draw = () => {
    const left = countdown.paused
      ? countdown.seconds
      : Math.max(0, countdown.seconds - Math.floor((Date.now() - received) / 1000));
    const suffix = countdown.paused ? " (paused)" : left === 0 ? " (time is up)" : "";
    element.textContent = `${formatClock(left)}${suffix}`;
    if (left === 0 && ticker !== undefined) clearInterval(ticker);
  };
  draw();
  if (!countdown.paused) ticker = setInterval(draw, 1000);
}
