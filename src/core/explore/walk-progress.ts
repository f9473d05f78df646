/**
 * Progress of a depth-first walk, cheap enough to keep at every step: paths counted below the
 * states finished so far, and the share of the walk done, estimated from the branches tried at
 * each level of the current path as if the untried ones were as large (the usual estimate of a
 * search tree's size). Merged states make later branches cheaper, so the estimate errs long.
 */

interface Level {
  branches: number;
  done: number;
  /** Paths below the branches finished at this level. */
  paths: number;
}

export class WalkProgressTracker {
  /** Paths below each finished node (as a float: this is only for display). */
  private readonly below: number[] = [];
  private readonly levels: Level[] = [];
  private rootsDone = 0;
  private rootPaths = 0;

  constructor(private readonly roots: number) {}

  enter(branches: number): void {
    this.levels.push({ branches, done: 0, paths: 0 });
  }

  /** A branch of the innermost level returned to `target` (0 paths while it is unfinished). */
  edgeDone(target: number): void {
    const level = this.levels[this.levels.length - 1];
    if (!level) return;
    level.done += 1;
    level.paths += this.below[target] ?? 0;
  }

  leave(node: number): void {
    this.below[node] = this.levels.pop()?.paths ?? 0;
  }

  leaf(node: number): void {
    this.below[node] = 1;
  }

  finishRoot(node: number): void {
    this.rootsDone += 1;
    this.rootPaths += this.below[node] ?? 0;
  }

  snapshot(): { paths: number; done: number } {
    let paths = this.rootPaths;
    let done = 0;
    let weight = 1;
    for (const level of this.levels) {
      paths += level.paths;
      done += (weight * level.done) / level.branches;
      weight /= level.branches;
    }
    return { paths, done: Math.min(1, (this.rootsDone + done) / this.roots) };
  }
}
