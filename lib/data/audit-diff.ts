/** Which fields a change touched, for audit records. */
type Plain = Record<string, unknown>;

function comparable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

/**
 * The fields that differ between two versions of a record, as JSON-ready before/after objects.
 * Only `fields` are compared, so bookkeeping columns never show up in the history.
 */
export function diffFields(before: Plain, after: Plain, fields: readonly string[]) {
  const was: Plain = {};
  const now: Plain = {};
  for (const field of fields) {
    const a = comparable(before[field]);
    const b = comparable(after[field]);
    if (a !== b) {
      was[field] = a;
      now[field] = b;
    }
  }
  return { before: was, after: now, changed: Object.keys(now) };
}

export function pickFields(record: Plain, fields: readonly string[]): Plain {
  return Object.fromEntries(fields.map((field) => [field, comparable(record[field])]));
}
