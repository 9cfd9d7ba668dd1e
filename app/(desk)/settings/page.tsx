import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { requirePageAccess } from "@/app/(desk)/require-page-access";
import { listRatings } from "@/lib/data/ratings";
import { getSettings } from "@/lib/data/settings";
import { RatingBadge } from "@/app/_components/rating-badge";
import { EditRatingForm, NewRatingForm, RatingStateForm } from "./rating-forms";
import { TwoPersonRuleForm } from "./two-person-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  requirePageAccess(actor, "/settings");
  const [ratings, settings] = await Promise.all([listRatings(actor, { includeRetired: true }), getSettings(actor)]);
  const nextOrder = Math.min(99, Math.max(0, ...ratings.map((r) => r.order)) + 1);
  return (
    <>
      <h1>Settings</h1>
      <nav aria-label="More settings" className="actions" style={{ marginBottom: "1rem" }}>
        <Link href="/settings/publishing">Organisation and publishing (ClaimReview)</Link>
        <Link href="/settings/webhooks">Webhooks</Link>
        <Link href="/settings/tokens">API tokens</Link>
        <Link href="/api-docs">API documentation</Link>
      </nav>
      <section className="panel" aria-labelledby="scale-title">
        <h2 id="scale-title" style={{ marginTop: 0 }}>Rating scale</h2>
        <p className="muted small">
          The verdicts an editor can give a claim. A retired rating stays on the claims that have it but is no longer offered;
          a rating can be deleted only while no claim uses it.
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">Rating</th>
              <th scope="col">Order</th>
              <th scope="col">ClaimReview value</th>
              <th scope="col">Description</th>
              <th scope="col">State</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {ratings.map((rating) => (
              <tr key={rating.id}>
                <th scope="row"><RatingBadge rating={rating} /></th>
                <td data-label="Order">{rating.order}</td>
                <td data-label="ClaimReview value">{rating.reviewValue ?? <span className="muted">none</span>}</td>
                <td data-label="Description" className="small">{rating.description || <span className="muted">—</span>}</td>
                <td data-label="State" className="small">
                  {rating.retired ? <span className="badge status-unverified">Retired</span> : <span>Active</span>}
                  <div className="muted">{rating.claimCount === 1 ? "1 claim" : `${rating.claimCount} claims`}</div>
                </td>
                <td data-label="Change">
                  <EditRatingForm rating={rating} />
                  <RatingStateForm rating={rating} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel" aria-label="New rating">
        <NewRatingForm nextOrder={nextOrder} />
      </section>
      <section className="panel">
        <TwoPersonRuleForm enabled={settings.twoPersonRule} />
      </section>
    </>
  );
}
