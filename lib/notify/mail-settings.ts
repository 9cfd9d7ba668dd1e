/** Mail settings from the environment: SMTP_URL, MAIL_FROM, MAIL_DIGEST_HOUR. Pure. */

export const EMAIL_PREFERENCES = ["immediately", "digest", "off"] as const;
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number];

export function isEmailPreference(value: unknown): value is EmailPreference {
  return typeof value === "string" && (EMAIL_PREFERENCES as readonly string[]).includes(value);
}

export interface MailSettings {
  smtpUrl: string;
  from: string;
}

/** The SMTP server and sender, or null when no SMTP server is configured (then no mail is queued). */
export function mailSettings(env: Record<string, string | undefined> = process.env): MailSettings | null {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return null;
  return { smtpUrl, from: env.MAIL_FROM?.trim() || "Claimdesk <claimdesk@localhost>" };
}

/** The hour (UTC, 0–23) the daily digest goes out; 17 unless MAIL_DIGEST_HOUR says otherwise. */
export function digestHour(env: Record<string, string | undefined> = process.env): number {
  const hour = Number(env.MAIL_DIGEST_HOUR);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 17;
}

/** The next digest time strictly after `now`, and its day as a key ("2026-11-30"). */
export function nextDigestAt(now: Date, hour: number): { at: Date; day: string } {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour));
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return { at, day: at.toISOString().slice(0, 10) };
}
