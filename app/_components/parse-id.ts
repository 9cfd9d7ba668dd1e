import { notFound } from "next/navigation";

/** A route's numeric id, or the 404 page for anything else. */
export function parseId(raw: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== raw) notFound();
  return id;
}
