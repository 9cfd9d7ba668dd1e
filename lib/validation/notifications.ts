/** Zod schemas of notifications: marking read, mail preferences, webhooks (admins) and the people search. */
import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notify/events";
import { EMAIL_PREFERENCES } from "@/lib/notify/mail-settings";
import { WEBHOOK_FORMATS } from "@/lib/notify/webhook-body";
import { zEnum, zString, zText } from "./common";

export const ZNotificationRef = z.object({ notificationId: z.coerce.number({ error: "Notification is not valid." }).int().positive() });

export const ZEmailPreference = z.object({ email: zEnum(EMAIL_PREFERENCES, "Email preference") });

/** A webhook's address: http or https, no user name or password in it. */
export const zWebhookUrl = zText("URL", 2000).superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: "custom", message: "URL must be a web address starting with http:// or https://." });
    return;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") ctx.addIssue({ code: "custom", message: "URL must start with http:// or https://." });
  else if (url.username || url.password) ctx.addIssue({ code: "custom", message: "Leave the user name and password out of the URL; the secret signs each request." });
});

/** Checkboxes arrive as `event.<kind>=on`: gathered into the list of kinds. */
const eventsFromForm = (value: unknown) => {
  if (!value || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.events)) return value;
  const events = NOTIFICATION_KINDS.filter((kind) => record[`event.${kind}`] === "on" || record[`event.${kind}`] === "true");
  return { ...record, events };
};

export const ZWebhookCreate = z.preprocess(
  eventsFromForm,
  z.object({
    url: zWebhookUrl,
    events: z.array(z.enum(NOTIFICATION_KINDS)).min(1, "Choose at least one event."),
    secret: zString("Secret", { error: "Secret is required." })
      .trim()
      .min(16, "The secret must be at least 16 characters: use a long random string.")
      .max(200, "The secret must be at most 200 characters."),
    format: zEnum(WEBHOOK_FORMATS, "Format"),
  }),
);
export type TWebhookCreate = { url: string; events: NotificationKind[]; secret: string; format: (typeof WEBHOOK_FORMATS)[number] };

export const ZWebhookRef = z.object({ webhookId: z.coerce.number({ error: "Webhook is not valid." }).int().positive() });

export const ZWebhookActive = ZWebhookRef.extend({ active: z.enum(["true", "false"]).transform((v) => v === "true") });

/** The people search behind `@` completion: a short prefix, a few answers. */
export const PEOPLE_SEARCH_MAX = 8;
export const ZPeopleSearch = z.object({
  q: zString("Search").trim().max(50, "Search must be at most 50 characters.").default(""),
  limit: z.coerce.number({ error: "Limit must be a number." }).int().min(1).max(PEOPLE_SEARCH_MAX).default(PEOPLE_SEARCH_MAX),
});
