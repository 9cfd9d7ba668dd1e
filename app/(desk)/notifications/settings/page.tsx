import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { getEmailPreference } from "@/lib/data/notification-delivery";
import { digestHour, mailSettings } from "@/lib/notify/mail-settings";
import { EmailPreferenceForm } from "./email-preference-form";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const actor = await requireActor();
  const preference = await getEmailPreference(actor);
  const mailOn = mailSettings() !== null;
  return (
    <>
      <h1>Notification settings</h1>
      <p><Link href="/notifications">← Your notifications</Link></p>
      <section className="panel">
        {!mailOn && (
          <p className="form-message" role="note">
            No mail server is set up for this desk yet, so nothing is mailed for now; your choice applies once an admin sets one (<code>SMTP_URL</code>).
          </p>
        )}
        <EmailPreferenceForm current={preference} email={actor.email} digestHour={digestHour()} />
      </section>
    </>
  );
}
