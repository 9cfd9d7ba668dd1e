import Link from "next/link";
import type { Metadata } from "next";
import { publicBaseUrl } from "@/lib/platform/base-url";
import { getVerifiedClaims } from "@/lib/data/reports";
import { getSettings } from "@/lib/data/settings";
import { buildClaimReviews } from "@/lib/reports/claim-review";
import { requireActor } from "@/lib/platform/session";
import { requirePageAccess } from "@/app/(desk)/require-page-access";
import { OrganizationForm, PublishingForm } from "./publishing-forms";

export const metadata: Metadata = { title: "Publishing settings" };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function PublishingSettingsPage() {
  const actor = await requireActor();
  requirePageAccess(actor, "/settings/publishing");
  const [settings, claims] = await Promise.all([getSettings(actor), getVerifiedClaims(actor, {})]);
  const org = { name: settings.organizationName, url: settings.organizationUrl };
  const { records, skipped, warnings } = buildClaimReviews(claims, org, publicBaseUrl());
  const warningCounts = new Map<string, number>();
  for (const w of warnings.flatMap((entry) => entry.warnings)) warningCounts.set(w, (warningCounts.get(w) ?? 0) + 1);

  return (
    <>
      <p className="small"><Link href="/settings">← Settings</Link></p>
      <h1>Publishing</h1>
      <p className="muted">
        Published verdicts can be exported as schema.org ClaimReview markup, which search engines and fact-check aggregators read,
        and shown on public fact-check pages.
      </p>
      <section className="panel"><OrganizationForm name={settings.organizationName} url={settings.organizationUrl} /></section>
      <section className="panel"><PublishingForm enabled={settings.publishingEnabled} /></section>
      <section className="panel" aria-labelledby="markup-title">
        <h2 id="markup-title" style={{ marginTop: 0 }}>ClaimReview check</h2>
        <p>
          {plural(records.length, "published verdict is", "published verdicts are")} ready;{" "}
          {plural(skipped.length, "is", "are")} left out of the export.{" "}
          <a href="/api/v1/reports/verified?format=claimreview" download>Download ClaimReview JSON-LD</a>
        </p>
        {skipped.length > 0 && (
          <>
            <h3>Left out</h3>
            <ul className="small">
              {skipped.map((s) => (
                <li key={s.claimId}>
                  <Link href={`/claims/${s.claimId}`}>{s.statement || `Claim ${s.claimId}`}</Link>: {s.reasons.join("; ")}
                </li>
              ))}
            </ul>
          </>
        )}
        {warningCounts.size > 0 && (
          <>
            <h3>Recommended fields missing</h3>
            <ul className="small">
              {[...warningCounts].map(([warning, count]) => (
                <li key={warning}>{warning} ({plural(count, "verdict", "verdicts")})</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
