"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createArticle, findDuplicateArticles } from "@/lib/data/articles";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZArticleCreate, ZArticleFromUrl } from "@/lib/validation/article";
import { previewArticleFromUrl } from "@/lib/intake/article-preview";
import { formDataObject } from "@/lib/validation/common";

export async function createArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const saveAnyway = formData.get("saveAnyway") === "1";
  const outcome = await runFormAction(formData, ZArticleCreate, async (actor, input) => {
    // Warn before saving an article the desk may already have; saving anyway is the person's call.
    const duplicates = saveAnyway ? [] : await findDuplicateArticles(actor, input);
    return duplicates.length ? { duplicates } : { article: await createArticle(actor, input) };
  });
  if ("state" in outcome) return outcome.state;
  if ("duplicates" in outcome.result) {
    const values = formDataObject(formData);
    return {
      values,
      duplicates: outcome.result.duplicates,
      message: "This looks like an article already on the desk. Nothing was saved yet: open it, or add this one anyway.",
    };
  }
  revalidatePath("/articles");
  redirect(`/articles/${outcome.result.article.id}`);
}

/** "Add from url": fetches the page and hands its fields to the article form for review; nothing is saved. */
export async function previewArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZArticleFromUrl, (actor, { url }) => previewArticleFromUrl(actor, url));
  if ("state" in outcome) return outcome.state;
  const preview = outcome.result;
  return {
    ok: true,
    message: `Read “${preview.title}” from ${preview.outlet}. Check the fields below, then add the article.`,
    values: { url: preview.url },
    preview: {
      title: preview.title,
      outlet: preview.outlet,
      url: preview.url,
      publishedAt: preview.publishedAt ? preview.publishedAt.toISOString().slice(0, 10) : "",
      byline: preview.byline ?? "",
      body: preview.body,
    },
  };
}
