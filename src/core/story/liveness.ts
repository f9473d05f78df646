/**
 * What can still be read from a given place in the story: visit and turn counts, and the
 * values of global variables. ink counts visits to once-only choices, sequences and every
 * container the story reads the count of, and those counts differ between paths that otherwise
 * meet again (taking choice A or B leaves a different count behind). A count that no reachable
 * content reads cannot change what happens next, so the state key leaves it out; without this,
 * almost no two paths would ever merge. The same holds for a global variable: a premise once
 * nothing reachable reads it (so that one graph serves every premise set), and a decision's
 * variable once no later text, condition or claim can look at it (so that paths that took
 * different options meet again).
 *
 * The story is cut into regions: the root and every container that can only be entered by an
 * explicit divert or choice (knots, stitches, choice bodies). From each region's content we
 * collect where it can divert to and which globals it reads. A write counts as a read (the
 * claims checker compares a decision variable's old value with its new one), and so does the
 * text of a `claim: <decision>=…` tag, which the checker reads against the decision's variable.
 * Something is live at a position when a region reachable from any frame of the call stack
 * reads it. A divert to a variable makes everything live; READ_COUNT or TURNS_SINCE of a
 * computed target makes every count live; a claim tag whose decision is computed makes every
 * variable live.
 */
// inkjs's engine modules import each other in a cycle that only resolves when Story loads first.
import "inkjs/engine/Story";
import { ChoicePoint } from "inkjs/engine/ChoicePoint";
import { Container } from "inkjs/engine/Container";
import { ControlCommand } from "inkjs/engine/ControlCommand";
import { Divert } from "inkjs/engine/Divert";
import type { InkObject } from "inkjs/engine/Object";
import type { Path } from "inkjs/engine/Path";
import { Tag } from "inkjs/engine/Tag";
import { DivertTargetValue, StringValue, VariablePointerValue } from "inkjs/engine/Value";
import { VariableAssignment } from "inkjs/engine/VariableAssignment";
import { VariableReference } from "inkjs/engine/VariableReference";

/** Every count (or every variable) is live. */
export const ALL_LIVE = "all";
export type LiveCounts = ReadonlySet<string> | typeof ALL_LIVE;

/** What may still be read: counts by container path, global variables by name. */
export interface LiveReads {
  counts: LiveCounts;
  variables: LiveCounts;
}

interface Region {
  /** The region's number, in the order the scan met it (a cheap key for unions of regions). */
  index: number;
  targets: Set<Container>;
  reads: Set<string>;
  variables: Set<string>;
  readsAllCounts: boolean;
  /** A claim tag whose decision is computed: it may read any variable. */
  readsAllVariables: boolean;
  /** A divert to a variable or to nothing: where it goes cannot be known. */
  unknownFlow: boolean;
}

/** A tag being read between BeginTag and EndTag: its literal text, and whether more was computed. */
interface OpenTag {
  text: string;
  /** The literal text before the first computed part (all of it when nothing was computed). */
  head: string | undefined;
}

const EVERYTHING: LiveReads = { counts: ALL_LIVE, variables: ALL_LIVE };
const NOTHING: LiveReads = { counts: new Set(), variables: new Set() };

export class Liveness {
  /** Globals the story assigns after their declaration, or passes by reference. */
  readonly assigned = new Set<string>();
  private readonly regionOf = new Map<Container, Container>();
  private readonly regions = new Map<Container, Region>();
  private readonly live = new Map<Container, LiveReads>();
  /** Unions of several regions' live sets, by their numbers in ascending order. */
  private readonly combined = new Map<string, LiveReads>();

  /** `globals`: the variables whose reads are tracked (only those can be reported dead). */
  constructor(
    root: Container,
    private readonly globals: ReadonlySet<string>,
  ) {
    this.scan(root, root);
  }

  /**
   * What may still be read from any of these containers (frames of the stack, choices). A
   * frame that has run out of content (null, at a choice point or an end) reads nothing: the
   * story goes on only through a choice, whose target and thread are listed too.
   */
  liveFrom(containers: Iterable<Container | null>): LiveReads {
    let first: Container | undefined;
    let more: Container[] | undefined;
    for (const container of containers) {
      if (container === null) continue;
      const region = this.regionOf.get(container);
      if (!region) return EVERYTHING;
      if (first === undefined) first = region;
      else if (more === undefined) {
        if (region !== first) more = [region];
      } else if (region !== first && !more.includes(region)) more.push(region);
    }
    if (first === undefined) return NOTHING;
    if (more === undefined) return this.liveOf(first);
    const regions = [first, ...more];
    const key = regions
      .map((r) => (this.regions.get(r) as Region).index)
      .sort((a, b) => a - b)
      .join(",");
    let known = this.combined.get(key);
    if (!known) {
      known = this.union(regions);
      this.combined.set(key, known);
    }
    return known;
  }

  /** How many regions each of `names` can still be read from: the longer, the less merging. */
  reach(names: Iterable<string>): Map<string, number> {
    const reach = new Map<string, number>([...names].map((name) => [name, 0]));
    for (const region of this.regions.keys()) {
      const live = this.liveOf(region).variables;
      for (const name of reach.keys()) {
        if (live === ALL_LIVE || live.has(name)) reach.set(name, (reach.get(name) ?? 0) + 1);
      }
    }
    return reach;
  }

  private union(regions: readonly Container[]): LiveReads {
    const counts = new Set<string>();
    const variables = new Set<string>();
    let allCounts = false;
    for (const region of regions) {
      const live = this.liveOf(region);
      if (live.variables === ALL_LIVE) return EVERYTHING;
      for (const name of live.variables) variables.add(name);
      if (live.counts === ALL_LIVE) allCounts = true;
      else if (!allCounts) for (const path of live.counts) counts.add(path);
    }
    return { counts: allCounts ? ALL_LIVE : counts, variables };
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
      if (!info || info.unknownFlow || info.readsAllVariables) {
        return this.remember(start, EVERYTHING);
      }
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
        index: this.regions.size,
        targets: new Set(),
        reads: new Set(),
        variables: new Set(),
        readsAllCounts: false,
        readsAllVariables: false,
        unknownFlow: false,
      });
    }
    this.regionOf.set(container, region);
    const info = this.regions.get(region) as Region;
    const inContent = new Set<InkObject>(container.content);
    let tag: OpenTag | undefined;
    for (const item of container.content) {
      if (isCommand(item, ControlCommand.CommandType.BeginTag)) {
        tag = { text: "", head: undefined };
        continue;
      }
      if (tag && isCommand(item, ControlCommand.CommandType.EndTag)) {
        this.readTag(tag.text, tag.head, info);
        tag = undefined;
        continue;
      }
      if (tag && item instanceof StringValue) tag.text += item.value;
      else if (tag && tag.head === undefined) tag.head = tag.text;
      this.scanItem(item, container, region, info);
    }
    // A tag left open here goes on in content we cannot follow: assume the worst of it.
    if (tag) this.readTag(tag.text, tag.head ?? tag.text, info);
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
    } else if (item instanceof DivertTargetValue) {
      // `->-> target` and a divert target passed on the stack: flow may go there.
      addTarget(info, containerAt(item, item.targetPath));
    } else if (item instanceof ChoicePoint) {
      addTarget(info, item.choiceTarget);
      if (item.onceOnly && item.choiceTarget) info.reads.add(item.choiceTarget.path.toString());
    } else if (item instanceof VariableReference) {
      this.scanReference(item, info);
    } else if (item instanceof VariablePointerValue) {
      this.assigned.add(item.variableName);
      this.read(item.variableName, info);
    } else if (item instanceof VariableAssignment) {
      if (!item.isNewDeclaration && item.variableName) {
        this.assigned.add(item.variableName);
        this.read(item.variableName, info);
      }
    } else if (item instanceof Tag) {
      this.readTag(item.text, undefined, info);
    } else if (item instanceof ControlCommand) {
      scanCommand(item, parent, info);
    }
  }

  /**
   * A `claim: <decision>=…` tag reads the decision's variable. `head` is the literal text before
   * a computed part: if that could still turn out to be a claim, it may read anything.
   */
  private readTag(text: string, head: string | undefined, info: Region): void {
    const claim = /^\s*claim\s*:\s*([^=]*)=/.exec(head ?? text);
    if (claim) this.read((claim[1] ?? "").trim(), info);
    else if (head !== undefined && /^\s*([A-Za-z0-9_]+)\s*:/.exec(head)?.[1] === undefined) {
      info.readsAllVariables = true;
    } else if (head !== undefined && /^\s*claim\s*:/.test(head)) {
      info.readsAllVariables = true;
    }
  }

  private scanReference(item: VariableReference, info: Region): void {
    if (!item.pathForCount) {
      this.read(item.name, info);
      return;
    }
    const counted = item.containerForCount;
    if (counted) info.reads.add(counted.path.toString());
    else info.readsAllCounts = true;
  }

  private read(name: string | null, info: Region): void {
    if (name !== null && this.globals.has(name)) info.variables.add(name);
  }
}

function isCommand(item: InkObject, type: number): boolean {
  return item instanceof ControlCommand && item.commandType === type;
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

/** The container a divert target value leads into, as a Divert's target pointer finds it. */
function containerAt(from: InkObject, path: Path | null): Container | null {
  if (!path) return null;
  const found = from.ResolvePath(path).correctObj;
  if (found instanceof Container) return found;
  return found?.parent instanceof Container ? found.parent : null;
}

function addTarget(info: Region, target: Container | null): void {
  if (target) info.targets.add(target);
  else info.unknownFlow = true;
}
