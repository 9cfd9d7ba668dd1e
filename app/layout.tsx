import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimdesk", template: "%s · Claimdesk" },
  description: "Fact-claim tracking and verification for newsrooms",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
