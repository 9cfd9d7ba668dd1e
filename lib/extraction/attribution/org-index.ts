/**
 * The bodies an article has named, filed under the keys a look-up can find them by (a word of the name, an alias,
 * a modifier, an acronym, the last word), so a look-up reads the few that may match instead of every body named so
 * far: over a long text that keeps naming new bodies, each look-up then costs the same however many came before.
 */

/** A set that files each new member under `prefix + member` in an index, for members added at any time. */
export class IndexedSet<T> extends Set<string> {
  constructor(
    private readonly index: OrgIndex<T>,
    private readonly owner: T,
    private readonly prefix: string,
  ) {
    super();
  }

  override add(member: string): this {
    if (!this.has(member)) this.index.file(this.prefix + member, this.owner);
    return super.add(member);
  }
}

export class OrgIndex<T> {
  private lists = new Map<string, T[]>();
  /** Each body's place in the order of first mention. */
  private order = new Map<T, number>();

  /** Registers a new body (in order of first mention) under the keys it will always have. */
  register(item: T, keys: Iterable<string>): void {
    this.order.set(item, this.order.size);
    for (const key of keys) this.file(key, item);
  }

  file(key: string, item: T): void {
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [item]);
    else if (list[list.length - 1] !== item) list.push(item);
  }

  /**
   * The body `under(keys).filter(fits)` ends with when reduced by `(a, b) => (at(b) >= at(a) ? b : a)`: the greatest
   * `at`, the later first mention on a tie. Read without building, sorting or filtering the list: `fits` is asked only
   * of a body that would beat the best so far (the same answer, as the order by `at`, then mention, is total).
   */
  latest(keys: readonly string[], fits: (item: T) => boolean, at: (item: T) => number): T | null {
    let best: T | null = null;
    let bestAt = 0;
    let bestOrder = -1;
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) continue;
      // From the end: the bodies filed last are mostly those mentioned last, so fewer are asked.
      for (let k = list.length - 1; k >= 0; k--) {
        const item = list[k];
        const itemAt = at(item);
        if (best !== null && itemAt < bestAt) continue;
        const order = this.order.get(item)!;
        if (best !== null && itemAt === bestAt && order <= bestOrder) continue;
        if (!fits(item)) continue;
        best = item;
        bestAt = itemAt;
        bestOrder = order;
      }
    }
    return best;
  }

  /** The body `under(keys).find(fits)` gives (the first mentioned that fits), without building or sorting the list. */
  first(keys: readonly string[], fits: (item: T) => boolean): T | null {
    let best: T | null = null;
    let bestOrder = Infinity;
    for (const key of keys) {
      for (const item of this.lists.get(key) ?? []) {
        const order = this.order.get(item)!;
        // A list is filed in any order (aliases come later), so each is read whole; only an earlier body is asked.
        if (order < bestOrder && fits(item)) {
          best = item;
          bestOrder = order;
        }
      }
    }
    return best;
  }

  /** The bodies filed under any of `keys`, each once, in order of first mention: a superset for the caller to filter. */
  under(keys: readonly string[]): T[] {
    const found = new Set<T>();
    for (const key of keys) for (const item of this.lists.get(key) ?? []) found.add(item);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}
