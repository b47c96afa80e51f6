/**
 * A small cache of computed results that holds while the data they were computed from is unchanged: each
 * value is kept under the data's version (what the engine says changes with every write), and a new
 * version drops them all. The least recently used go first beyond `size`. Search results use it: a next
 * page of the same search costs a page, not a new full-text scan.
 */
export class VersionedCache<Value> {
  readonly #entries = new Map<string, Value>();
  #version: string | null = null;

  constructor(readonly size: number) {}

  /** The value kept under `key` at this version, or undefined. */
  get(version: string, key: string): Value | undefined {
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
      return undefined;
    }
    const known = this.#entries.get(key);
    if (known !== undefined) {
      // Most recently used last: a Map keeps insertion order.
      this.#entries.delete(key);
      this.#entries.set(key, known);
    }
    return known;
  }

  /** Keeps a value computed at `version`, unless the data has changed since (then it is already stale). */
  set(version: string, key: string, value: Value): void {
    if (version !== this.#version) return;
    this.#entries.set(key, value);
    if (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
