import { revalidatePath } from "next/cache";
import { assertCan } from "@/lib/access/authorize";
import { importArticleFile } from "@/lib/data/imports";
import { MAX_ARTICLE_FILE_BYTES } from "@/lib/imports/article-file";
import { withActor } from "@/lib/web/http";
import { fieldErrorsOf, formDataObject } from "@/lib/validation/common";
import { ZArticleFileFields } from "@/lib/validation/imports";
import { AppError } from "@/lib/platform/errors";
import { readMultipart, uploadedFile } from "@/lib/web/multipart";

export const dynamic = "force-dynamic";

/** An article from a .txt, .md or .html file; answers with the new article's id. */
export const POST = withActor(async (request, actor) => {
  assertCan(actor, "article.create");
  const form = await readMultipart(request, { maxFileBytes: MAX_ARTICLE_FILE_BYTES, sizeLabel: "6 MB", outcome: "Nothing was imported." });
  const fields = ZArticleFileFields.safeParse(formDataObject(form));
  const file = await uploadedFile(form);
  const errors = fields.success ? {} : fieldErrorsOf(fields.error);
  if (!file) errors.file = ["Choose a .txt, .md or .html file."];
  if (!fields.success || !file) throw new AppError("invalid", "Please correct the highlighted fields. Nothing was imported.", { fields: errors });
  const article = await importArticleFile(actor, file, fields.data);
  revalidatePath("/articles");
  return Response.json({ article: { id: article.id, title: article.title } }, { status: 201 });
});

