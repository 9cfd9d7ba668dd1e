import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/platform/session";
import { requirePageAccess } from "@/app/(desk)/require-page-access";
import { can } from "@/lib/access/roles";
import { listRecentExternalFactChecks } from "@/lib/data/external-fact-checks";
import { ArticleFileImport } from "./article-file-import";
import { ClaimCsvImport } from "./claim-csv-import";
import { ClaimReviewImportForm } from "./claim-review-import";
import { ExternalFactCheckTable } from "./external-fact-check-table";

export const metadata: Metadata = { title: "Import" };

export default async function ImportsPage() {
  const actor = await requireActor();
  requirePageAccess(actor, "/imports");
  const factChecks = await listRecentExternalFactChecks(actor);
  return (
    <>
      <h1>Import</h1>
      <section className="panel" aria-labelledby="import-csv">
        <h2 id="import-csv">Claims from a CSV file</h2>
        <p className="muted small">
          Use the columns of the <Link href="/reports">report&apos;s CSV export</Link>. Rows are checked first; the import
          saves all of them or none, and rows imported before are skipped.
        </p>
        <ClaimCsvImport />
      </section>
      <section className="panel" aria-labelledby="import-claim-reviews">
        <h2 id="import-claim-reviews">Fact-checks from other organisations</h2>
        <p className="muted small">
          schema.org ClaimReview JSON-LD. Each fact-check is linked to the desk&apos;s claim with the same or a very similar
          statement; importing the same address again updates it.
        </p>
        <ClaimReviewImportForm />
        <h3>Imported fact-checks</h3>
        <ExternalFactCheckTable items={factChecks} />
      </section>
      {can(actor.role, "article.create") && (
        <section className="panel" aria-labelledby="import-article">
          <h2 id="import-article">Article from a file</h2>
          <ArticleFileImport />
        </section>
      )}
    </>
  );
}
