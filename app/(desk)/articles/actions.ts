"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createArticle, findDuplicateArticles } from "@/lib/data/articles";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZArticleCreate } from "@/lib/validation/article";
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
