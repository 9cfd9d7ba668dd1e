/** The claim-summary select shared by every list that shows claims. */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A claim's figure: what the lists show as "about 1,500 people". */
export const CLAIM_FIGURE_SELECT = { qualifier: true, value: true, low: true, high: true, unit: true } satisfies Prisma.ClaimSelect;

/** What every list of claims shows of one claim; each list adds the links it needs (speaker, article, ...). */
export const CLAIM_SUMMARY_SELECT = { id: true, statement: true, status: true, ...CLAIM_FIGURE_SELECT } satisfies Prisma.ClaimSelect;

export const SPEAKER_LINK_SELECT = { select: { id: true, name: true } } as const;
export const ARTICLE_LINK_SELECT = { select: { id: true, title: true } } as const;
export const RATING_BADGE_SELECT = { select: { name: true, colour: true } } as const;
