import { z } from "zod";
import { ACTIVITY_KINDS } from "@/lib/data/activity";
import { zOptionalId } from "@/lib/validation/common";

/** The feed's filters as they sit in the URL; anything unrecognised is dropped instead of failing the page. */
export const ZActivityQuery = z.object({
  person: z.string().trim().min(1).max(100).optional().catch(undefined),
  claim: zOptionalId("Claim").catch(undefined),
  kind: z.enum(ACTIVITY_KINDS).optional().catch(undefined),
  /** paging: the id of the record to continue after (older) or before (newer) */
  after: zOptionalId("after").catch(undefined),
  before: zOptionalId("before").catch(undefined),
});
export type TActivityQuery = z.infer<typeof ZActivityQuery>;

export function activityHref(query: TActivityQuery, change: Partial<TActivityQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.person) params.set("person", next.person);
  if (next.claim) params.set("claim", String(next.claim));
  if (next.kind) params.set("kind", next.kind);
  if (next.after) params.set("after", String(next.after));
  else if (next.before) params.set("before", String(next.before));
  const qs = params.toString();
  return qs ? `/activity?${qs}` : "/activity";
}
