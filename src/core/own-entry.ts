/**
 * Looks an id up in a record read from a file (variables.json, a save, the record) by its own
 * properties only: an id such as `constructor`, `toString` or `__proto__` must find nothing,
 * not a function inherited from Object.prototype.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
