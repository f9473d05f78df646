/**
 * What can still be read from a given place in the story: visit and turn counts, and the
 * values of watched global variables (premises). ink counts visits to once-only choices,
 * sequences and every container the story reads the count of, and those counts differ between
 * paths that otherwise meet again (taking choice A or B leaves a different count behind). A
 * count that no reachable content reads cannot change what happens next, so the state key leaves
 * it out; without this, almost no two paths would ever merge. The same holds for a premise the
 * story never assigns: once nothing reachable reads it (in a condition, a function, a choice
 * guard, a print), the worlds that differ only in it play out alike, and the key leaves it out
 * too, so that one graph serves every premise set.
 *
 * The story is cut into regions: the root and every container that can only be entered by an
 * explicit divert or choice (knots, stitches, choice bodies). From each region's content we
 * collect where it can divert to and what it reads; something is live at a position when a
 * region reachable from any frame of the call stack reads it. A divert to a variable makes
 * everything live; READ_COUNT or TURNS_SINCE of a computed target makes every count live.
 */
// inkjs's engine modules import each other in a cycle that only resolves when Story loads first.
import "inkjs/engine/Story";
import { ChoicePoint } from "inkjs/engine/ChoicePoint";
import { Container } from "inkjs/engine/Container";
import { ControlCommand } from "inkjs/engine/ControlCommand";
import { Divert } from "inkjs/engine/Divert";
import type { InkObject } from "inkjs/engine/Object";
import { VariablePointerValue } from "inkjs/engine/Value";
import { VariableAssignment } from "inkjs/engine/VariableAssignment";
import { VariableReference } from "inkjs/engine/VariableReference";

/** Every count (or every watched variable) is live. */
export const ALL_LIVE = "all";
export type LiveCounts = ReadonlySet<string> | typeof ALL_LIVE;

/** What may still be read: counts by container path, watched variables by name. */
export interface LiveReads {
  counts: LiveCounts;
  variables: LiveCounts;
}

interface Region {
  targets: Set<Container>;
  reads: Set<string>;
  variables: Set<string>;
  readsAllCounts: boolean;
  /** A divert to a variable or to nothing: where it goes cannot be known. */
  unknownFlow: boolean;
}

const EVERYTHING: LiveReads = { counts: ALL_LIVE, variables: ALL_LIVE };

export class Liveness {
  /** Globals the story assigns after their declaration, or passes by reference. */
  readonly assigned = new Set<string>();
  private readonly regionOf = new Map<Container, Container>();
  private readonly regions = new Map<Container, Region>();
  private readonly live = new Map<Container, LiveReads>();

  /** `watched`: the variables whose reads are tracked (only those can be reported dead). */
  constructor(
    root: Container,
    private readonly watched: ReadonlySet<string> = new Set(),
  ) {
    this.scan(root, root);
  }

  /** What may still be read from any of these containers (frames of the stack, choices). */
  liveFrom(containers: Iterable<Container | null>): LiveReads {
    const counts = new Set<string>();
    const variables = new Set<string>();
    let allCounts = false;
    for (const container of containers) {
      if (container === null) {
        // A frame that has run out of content (at a choice point): the story goes on only
        // through a choice, whose target and thread are listed too, so no variable is read from
        // here. Counts stay as they always were, to keep the graph of each set unchanged.
        allCounts = true;
        continue;
      }
      const region = this.regionOf.get(container);
      if (!region) return EVERYTHING;
      const live = this.liveOf(region);
      if (live.variables === ALL_LIVE) return EVERYTHING;
      for (const name of live.variables) variables.add(name);
      if (live.counts === ALL_LIVE) allCounts = true;
      else if (!allCounts) for (const path of live.counts) counts.add(path);
    }
    return { counts: allCounts ? ALL_LIVE : counts, variables };
  }

  /**
   * How many regions each watched variable can still be read from: the longer a premise stays
   * live, the less the worlds that differ in it merge.
   */
  reach(): Map<string, number> {
    const reach = new Map<string, number>([...this.watched].map((name) => [name, 0]));
    for (const region of this.regions.keys()) {
      const live = this.liveOf(region).variables;
      for (const name of this.watched) {
        if (live === ALL_LIVE || live.has(name)) reach.set(name, (reach.get(name) ?? 0) + 1);
      }
    }
    return reach;
  }

  private liveOf(start: Container): LiveReads {
    const known = this.live.get(start);
    if (known) return known;
    const reads = new Set<string>();
    const variables = new Set<string>();
    let allCounts = false;
    const seen = new Set<Container>([start]);
    const queue = [start];
    for (let region = queue.pop(); region; region = queue.pop()) {
      const info = this.regions.get(region);
      if (!info || info.unknownFlow) return this.remember(start, EVERYTHING);
      allCounts ||= info.readsAllCounts;
      for (const path of info.reads) reads.add(path);
      for (const name of info.variables) variables.add(name);
      for (const target of info.targets) {
        const next = this.regionOf.get(target);
        if (!next) return this.remember(start, EVERYTHING);
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return this.remember(start, { counts: allCounts ? ALL_LIVE : reads, variables });
  }

  private remember(region: Container, live: LiveReads): LiveReads {
    this.live.set(region, live);
    return live;
  }

  /** Assigns `container` and its content to `region`, opening new regions for named-only ones. */
  private scan(container: Container, region: Container): void {
    if (!this.regions.has(region)) {
      this.regions.set(region, {
        targets: new Set(),
        reads: new Set(),
        variables: new Set(),
        readsAllCounts: false,
        unknownFlow: false,
      });
    }
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
      if (item.hasVariableTarget) info.unknownFlow = true;
      else addTarget(info, item.targetPointer.container);
    } else if (item instanceof ChoicePoint) {
      addTarget(info, item.choiceTarget);
      if (item.onceOnly && item.choiceTarget) info.reads.add(item.choiceTarget.path.toString());
    } else if (item instanceof VariableReference) {
      this.scanReference(item, info);
    } else if (item instanceof VariablePointerValue) {
      this.assigned.add(item.variableName);
      this.watch(item.variableName, info);
    } else if (item instanceof VariableAssignment) {
      if (!item.isNewDeclaration && item.variableName) this.assigned.add(item.variableName);
    } else if (item instanceof ControlCommand) {
      scanCommand(item, parent, info);
    }
  }

  private scanReference(item: VariableReference, info: Region): void {
    if (!item.pathForCount) {
      this.watch(item.name, info);
      return;
    }
    const counted = item.containerForCount;
    if (counted) info.reads.add(counted.path.toString());
    else info.readsAllCounts = true;
  }

  private watch(name: string | null, info: Region): void {
    if (name !== null && this.watched.has(name)) info.variables.add(name);
  }
}

function scanCommand(command: ControlCommand, parent: Container, info: Region): void {
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
    info.readsAllCounts = true;
  }
}

function addTarget(info: Region, target: Container | null): void {
  if (target) info.targets.add(target);
  else info.unknownFlow = true;
}
