import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/platform/session";
import { can } from "@/lib/access/roles";
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
