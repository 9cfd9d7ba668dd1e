"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createArticle } from "@/lib/data/articles";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZArticleCreate } from "@/lib/validation/article";

export async function createArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZArticleCreate, createArticle);
  if ("state" in outcome) return outcome.state;
  revalidatePath("/articles");
  redirect(`/articles/${outcome.result.id}`);
}
