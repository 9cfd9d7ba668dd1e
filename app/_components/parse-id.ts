import { notFound } from "next/navigation";
import { parseRouteId } from "@/lib/web/route-id";

/** A route's numeric id, or the 404 page for anything else. */
export function parseId(raw: string): number {
  return parseRouteId(raw) ?? notFound();
}
