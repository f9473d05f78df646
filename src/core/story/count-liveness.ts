/**
 * Which visit and turn counts can still be read from a given place in the story. ink counts
 * visits to once-only choices, sequences and every container the story reads the count of, and
 * those counts differ between paths that otherwise meet again (taking choice A or B leaves a
 * different count behind). A count that no reachable content reads cannot change what happens
 * next, so the state key leaves it out; without this, almost no two paths would ever merge.
 *
 * The story is cut into regions: the root and every container that can only be entered by an
 * explicit divert or choice (knots, stitches, choice bodies). From each region's content we
 * collect where it can divert to and which counts it reads; a count is live at a position when a
 * region reachable from any frame of the call stack reads it. Anything that cannot be analysed
 * statically (a divert to a variable, READ_COUNT or TURNS_SINCE of a computed target) makes
 * every count live.
 */
// inkjs's engine modules import each other in a cycle that only resolves when Story loads first.
import "inkjs/engine/Story";
import { ChoicePoint } from "inkjs/engine/ChoicePoint";
import { Container } from "inkjs/engine/Container";
import { ControlCommand } from "inkjs/engine/ControlCommand";
import { Divert } from "inkjs/engine/Divert";
import type { InkObject } from "inkjs/engine/Object";
import { VariableReference } from "inkjs/engine/VariableReference";

/** Every count is live. */
export const ALL_LIVE = "all";
export type LiveCounts = ReadonlySet<string> | typeof ALL_LIVE;

interface Region {
  targets: Set<Container>;
  reads: Set<string>;
  readsAll: boolean;
}

export class CountLiveness {
  private readonly regionOf = new Map<Container, Container>();
  private readonly regions = new Map<Container, Region>();
  private readonly live = new Map<Container, LiveCounts>();

  constructor(root: Container) {
    this.scan(root, root);
  }

  /** The counts that may still be read from any of these containers (frames of the stack). */
  liveFrom(containers: Iterable<Container | null>): LiveCounts {
    const result = new Set<string>();
    for (const container of containers) {
      const region = container ? this.regionOf.get(container) : undefined;
      if (!region) return ALL_LIVE;
      const live = this.liveOf(region);
      if (live === ALL_LIVE) return ALL_LIVE;
      for (const path of live) result.add(path);
    }
    return result;
  }

  private liveOf(start: Container): LiveCounts {
    const known = this.live.get(start);
    if (known) return known;
    const reads = new Set<string>();
    const seen = new Set<Container>([start]);
    const queue = [start];
    for (let region = queue.pop(); region; region = queue.pop()) {
      const info = this.regions.get(region);
      if (!info || info.readsAll) return this.remember(start, ALL_LIVE);
      for (const path of info.reads) reads.add(path);
      for (const target of info.targets) {
        const next = this.regionOf.get(target);
        if (!next) return this.remember(start, ALL_LIVE);
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return this.remember(start, reads);
  }

  private remember(region: Container, live: LiveCounts): LiveCounts {
    this.live.set(region, live);
    return live;
  }

  /** Assigns `container` and its content to `region`, opening new regions for named-only ones. */
  private scan(container: Container, region: Container): void {
    if (!this.regions.has(region))
      this.regions.set(region, { targets: new Set(), reads: new Set(), readsAll: false });
    this.regionOf.set(container, region);
    const info = this.regions.get(region) as Region;
    const inContent = new Set<InkObject>(container.content);
    for (const item of container.content) this.scanItem(item, container, region, info);
    for (const named of container.namedContent.values()) {
      if (named instanceof Container && !inContent.has(named)) this.scan(named, named);
    }
  }

  private scanItem(item: InkObject, parent: Container, region: Container, info: Region): void {
    if (item instanceof Container) {
      this.scan(item, region);
    } else if (item instanceof Divert) {
      if (item.hasVariableTarget) info.readsAll = true;
      else addTarget(info, item.targetPointer.container);
    } else if (item instanceof ChoicePoint) {
      addTarget(info, item.choiceTarget);
      if (item.onceOnly && item.choiceTarget) info.reads.add(item.choiceTarget.path.toString());
    } else if (item instanceof VariableReference && item.pathForCount) {
      const counted = item.containerForCount;
      if (counted) info.reads.add(counted.path.toString());
      else info.readsAll = true;
    } else if (item instanceof ControlCommand) {
      this.scanCommand(item, parent, info);
    }
  }

  private scanCommand(command: ControlCommand, parent: Container, info: Region): void {
    const type = command.commandType;
    if (
      type === ControlCommand.CommandType.VisitIndex ||
      type === ControlCommand.CommandType.SequenceShuffleIndex
    ) {
      info.reads.add(parent.path.toString());
    } else if (
      type === ControlCommand.CommandType.ReadCount ||
      type === ControlCommand.CommandType.TurnsSince
    ) {
      info.readsAll = true;
    }
  }
}

function addTarget(info: Region, target: Container | null): void {
  if (target) info.targets.add(target);
  else info.readsAll = true;
}
