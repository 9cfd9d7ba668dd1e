import { z } from "zod";
import { zOptionalDate, zOptionalUrl, zString, zText } from "./common";

export const MAX_ARTICLE_BODY = 200_000;

export const ZArticleCreate = z.object({
  title: zText("Title", 300),
  outlet: zText("Outlet", 120),
  url: zOptionalUrl("Article URL"),
  publishedAt: zOptionalDate("Published date"),
  body: zString("Article text", { error: "Article text is required." })
    .max(MAX_ARTICLE_BODY, `Article text must be at most ${MAX_ARTICLE_BODY.toLocaleString("en-US")} characters.`)
    .refine((body) => body.trim().length > 0, "Article text is required.")
    .transform((body) => body.replace(/\r\n?/g, "\n")),
});
export type TArticleCreate = z.infer<typeof ZArticleCreate>;
