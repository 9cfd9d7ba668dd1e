/** What API v1's tracker operations answer: checked on every answer and published in the OpenAPI document. */
import { z } from "zod";
import { QUALIFIERS } from "@/lib/figures/vocabulary";
import { TRACKER_KINDS } from "@/lib/validation/tracker";

const id = z.number().int().positive();
/** The tracker export writes its dates itself, as text. */
const isoDateTime = z.iso.datetime().meta({ description: "ISO 8601 date and time" });
const isoDate = z.iso.date();

export const ZTracker = z
  .looseObject({ id, description: z.string(), unit: z.string(), kind: z.enum(TRACKER_KINDS), createdAt: z.date(), updatedAt: z.date() })
  .meta({ id: "Tracker", description: "The list adds `reportCount`" });

const bound = z.number().nullable().meta({ description: "null when the interval is open-ended on this side" });

export const ZTrackerReport = z
  .object({
    claimId: id,
    date: isoDate.meta({ description: "The date the figure refers to: the claim's as-of date, else its article's date" }),
    dateFrom: z.enum(["as_of", "article", "recorded"]),
    source: z.string().meta({ description: "The speaker, else the outlet" }),
    figure: z.string().nullable().meta({ description: "The figure as a reader would say it: “nearly 20,000 civilians”" }),
    qualifier: z.enum(QUALIFIERS).nullable(),
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    unit: z.string().nullable(),
    interval: z
      .object({ low: bound, high: bound, lowOpen: z.boolean(), highOpen: z.boolean() })
      .nullable()
      .meta({ description: "The values the report allows: “about” widened by 10%, “nearly” reaching 10% below, vague figures by the parser's bounds" }),
    statement: z.string(),
    speaker: z.string().nullable(),
    article: z.object({ id, title: z.string(), outlet: z.string(), url: z.string().nullable() }).nullable(),
  })
  .meta({ id: "TrackerReport" });

export const ZTrackerConflict = z
  .object({
    kind: z.enum(["same_window", "cumulative_fall"]).meta({ description: "Two reports of one day that cannot both hold, or a running total that falls" }),
    firstClaimId: id,
    secondClaimId: id,
    reason: z.string(),
  })
  .meta({ id: "TrackerConflict" });

export const ZTrackerDetail = z
  .object({
    id,
    description: z.string(),
    unit: z.string(),
    kind: z.enum(TRACKER_KINDS),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    estimate: z
      .object({ low: z.number(), best: z.number(), high: z.number(), sources: z.number().int(), claimIds: z.array(id), asOf: isoDate })
      .nullable()
      .meta({ description: "From each source's latest report; the rules are shown on the tracker page" }),
    reports: z.array(ZTrackerReport),
    conflicts: z.array(ZTrackerConflict),
  })
  .meta({ id: "TrackerDetail" });
