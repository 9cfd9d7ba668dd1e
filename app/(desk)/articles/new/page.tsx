import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/session";
import { can } from "@/lib/domain/roles";
import { ArticleForm } from "./article-form";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const actor = await requireActor();
  if (!can(actor.role, "article.create")) redirect("/articles");
  return (
    <>
      <h1>New article</h1>
      <ArticleForm />
    </>
  );
}
