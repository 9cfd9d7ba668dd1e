import { z } from "zod";
import { cutText, zOptionalId } from "./common";

/** How many rows a list answer holds at most; more asked for is capped, not refused. */
const zLimit = (fallback: number) => z.coerce.number().int().min(1).transform((n) => Math.min(n, 200)).optional().catch(fallback);
// Longer text is cut, as the lists have always done, rather than refused.
const zSearch = z.string().trim().transform((text) => cutText(text, 200)).optional();

export const ZSpeakerListQuery = z.object({
  /** names starting with this (case ignored): the type-ahead picker's search */
  prefix: zSearch,
  /** the id of the last speaker already seen (the previous answer's nextCursor) */
  after: zOptionalId("after"),
  limit: zLimit(50),
});

export const ZArticleListQuery = z.object({
  q: zSearch.transform((q) => q || undefined),
  /** titles starting with this (case ignored), by title: the type-ahead picker's search */
  prefix: zSearch,
  /** the id of the last article already seen (the previous answer's nextCursor) */
  after: zOptionalId("after"),
  limit: zLimit(50),
});
