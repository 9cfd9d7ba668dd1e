/** Public fact-check pages: the published verdicts that may be shown without signing in. */
import "server-only";
import { cache } from "react";
import { db } from "@/lib/platform/db";
import { claimIdOfSlug } from "@/lib/reports/claim-review";
import { readSettings } from "./settings";

/**
 * A published verdict as the public reads it, or null: when the desk does not publish fact-check pages,
 * when the address names no claim, or when the claim's verdict is not published. There is no actor: the
 * permission is the desk's publishing setting plus the claim's state, both in the query. Only public
 * fields are selected (no people, no interview notes, no uploaded documents).
 */
export const getPublicFactCheck = cache(async (slug: string) => {
  const id = claimIdOfSlug(slug);
  if (id === null) return null;
  const settings = await readSettings();
  if (!settings.publishingEnabled) return null;
  const claim = await db.claim.findFirst({
    where: { id, status: "published", ratingId: { not: null } },
    select: {
      id: true,
      statement: true,
      attribution: true,
      asOf: true,
      explanation: true,
      publishedAt: true,
      rating: { select: { name: true, colour: true, reviewValue: true, description: true } },
      speaker: { select: { name: true, kind: true, description: true } },
      article: { select: { title: true, outlet: true, url: true, publishedAt: true } },
      evidence: { where: { kind: "url", url: { not: null } }, orderBy: { createdAt: "asc" }, select: { title: true, url: true, publisher: true, stance: true } },
      corrections: { orderBy: { createdAt: "asc" }, select: { note: true, createdAt: true, previousRatingName: true, newRatingName: true } },
    },
  });
  if (!claim) return null;
  return { claim, organization: { name: settings.organizationName, url: settings.organizationUrl } };
});

export type PublicFactCheck = NonNullable<Awaited<ReturnType<typeof getPublicFactCheck>>>;
