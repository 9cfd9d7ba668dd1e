/**
 * A table looked up by words of an article. "constructor", "valueOf" and "toString" are words an article may hold,
 * and an object literal answers them from Object.prototype (a function where a unit or a number was wanted); this
 * table has no prototype, so a word it does not list finds nothing.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
