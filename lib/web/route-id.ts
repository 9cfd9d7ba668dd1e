/** A record id from a route segment (`[id]`): a positive integer written plainly ("12", not "012" or "1e1"), else null. */
export function parseRouteId(raw: string): number | null {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 && String(id) === raw ? id : null;
}
