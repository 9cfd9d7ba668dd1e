/** The mails notifications send: one per notification, or one digest of the day's. Plain text, pure. */
import { notificationSentence, type NotificationKind } from "./events";

export interface MailNotification {
  kind: NotificationKind;
  claimId: number;
  statement: string;
  actorName: string | null;
  createdAt: Date;
}

export interface MailMessage {
  subject: string;
  text: string;
}

const claimUrl = (baseUrl: string, claimId: number) => `${baseUrl}/claims/${claimId}`;
const short = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const PREFERENCES = (baseUrl: string) => `You get this mail because of your notification settings: ${baseUrl}/notifications/settings`;

export function notificationMail(n: MailNotification, baseUrl: string): MailMessage {
  const sentence = notificationSentence(n.kind, n.actorName, n.claimId);
  return {
    subject: `Claimdesk: ${sentence}`,
    text: [`${sentence}.`, "", `“${short(n.statement, 400)}”`, "", `Open the claim: ${claimUrl(baseUrl, n.claimId)}`, "", "-- ", PREFERENCES(baseUrl)].join("\n"),
  };
}

/** One mail for the day: every notification, oldest first, each with its link. */
export function digestMail(items: MailNotification[], baseUrl: string): MailMessage {
  const sorted = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lines = sorted.flatMap((n) => [
    `- ${notificationSentence(n.kind, n.actorName, n.claimId)} (${n.createdAt.toISOString().slice(11, 16)} UTC)`,
    `  “${short(n.statement)}”`,
    `  ${claimUrl(baseUrl, n.claimId)}`,
  ]);
  const count = sorted.length === 1 ? "1 notification" : `${sorted.length} notifications`;
  return {
    subject: `Claimdesk: your daily digest (${count})`,
    text: [`Your ${count} since the last digest:`, "", ...lines, "", `All of them: ${baseUrl}/notifications`, "", "-- ", PREFERENCES(baseUrl)].join("\n"),
  };
}
