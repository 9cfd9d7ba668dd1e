import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { requirePageAccess } from "@/app/(desk)/require-page-access";
import { ArticleIntake } from "./article-from-url";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const actor = await requireActor();
  requirePageAccess(actor, "/articles/new");
  return (
    <>
      <h1>New article</h1>
      <ArticleIntake />
    </>
  );
}
