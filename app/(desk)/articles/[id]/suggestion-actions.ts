"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptAllSuggestions, acceptSuggestion, acceptSuggestionAsSameClaim, dismissSuggestion, findClaimsInArticle } from "@/lib/data/suggestions";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";

const ZSuggestionDecision = z.object({
  suggestionId: z.coerce.number().int().positive(),
  decision: z.enum(["accept", "dismiss"]),
});

export async function decideSuggestionAction(articleId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZSuggestionDecision, async (actor, input): Promise<string> => {
    if (input.decision === "dismiss") {
      await dismissSuggestion(actor, input.suggestionId);
      return "Suggestion dismissed; it will not be offered again.";
    }
    const claim = await acceptSuggestion(actor, input.suggestionId);
    return `Accepted as claim #${claim.id}.`;
  });
  if ("state" in outcome) return outcome.state;
  revalidatePath(`/articles/${articleId}`);
  revalidatePath("/claims");
  return { ok: true, message: outcome.result };
}

const ZSuggestionId = z.object({ suggestionId: z.coerce.number().int().positive() });

/** Records the suggestion as another appearance of the published claim it matches, and opens the new claim. */
export async function acceptAsSameClaimAction(articleId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZSuggestionId, (actor, input) => acceptSuggestionAsSameClaim(actor, input.suggestionId));
  if ("state" in outcome) return outcome.state;
  revalidatePath(`/articles/${articleId}`);
  revalidatePath("/claims");
  revalidatePath(`/claims/${outcome.result.sameAsId}`);
  redirect(`/claims/${outcome.result.id}`);
}

const ZNothing = z.object({});

export async function acceptAllAction(articleId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZNothing, (actor) => acceptAllSuggestions(actor, articleId));
  if ("state" in outcome) return outcome.state;
  revalidatePath(`/articles/${articleId}`);
  revalidatePath("/claims");
  return { ok: true, message: `${outcome.result} ${outcome.result === 1 ? "claim" : "claims"} added.` };
}

export async function findClaimsAction(articleId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZNothing, (actor) => findClaimsInArticle(actor, articleId));
  if ("state" in outcome) return outcome.state;
  revalidatePath(`/articles/${articleId}`);
  const added = outcome.result;
  return { ok: true, message: added ? `Found ${added} new ${added === 1 ? "suggestion" : "suggestions"}.` : "No new claims found." };
}
