/** Mail's I/O edge: sends one message through the configured SMTP server with nodemailer. */
import nodemailer from "nodemailer";
import type { MailMessage } from "./mail-text";
import type { MailSettings } from "./mail-settings";

export async function sendMail(settings: MailSettings, to: string, message: MailMessage): Promise<void> {
  const transport = nodemailer.createTransport(settings.smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  try {
    await transport.sendMail({ from: settings.from, to, subject: message.subject, text: message.text });
  } finally {
    transport.close();
  }
}
