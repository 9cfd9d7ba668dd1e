import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { countArticles, LIST_COUNT_CAP, listArticles } from "@/lib/data/articles";
import { Pager, positiveInt } from "@/app/_components/pager";
import { can } from "@/lib/access/roles";
import { formatCount, formatDate } from "@/lib/web/format";
import { MarkedText } from "@/app/_components/marked-text";
import { cutText } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const q = Array.isArray(params.q) ? params.q[0] : params.q;
  const query = typeof q === "string" ? cutText(q.trim(), 200) : "";
  const after = positiveInt(params.after);
  const before = after ? undefined : positiveInt(params.before);
  const [{ articles, next, previous, total: matched }, counted] = await Promise.all([
    listArticles(actor, { q: query || undefined, after, before }),
    query ? null : countArticles(actor),
  ]);
  const total = matched ?? counted ?? 0;
  return (
    <>
      <div className="page-head">
        <h1>Articles</h1>
        <span className="muted">{formatCount(Math.min(total, LIST_COUNT_CAP), total > LIST_COUNT_CAP)} {total === 1 ? "article" : "articles"}</span>
        {can(actor.role, "article.create") && (
          <Link href="/articles/new" className="button">
            New article
          </Link>
        )}
      </div>
      <form role="search" className="filters">
        <div className="field">
          <label htmlFor="q">Search title, outlet or text</label>
          <input id="q" name="q" type="search" defaultValue={query} />
        </div>
        <button type="submit" className="secondary">Search</button>
      </form>
      {articles.length === 0 ? (
        <p className="empty">{query ? "No article matches that search." : "No articles yet. Add one to start recording its claims."}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              <th scope="col">Claims</th>
              <th scope="col">Added by</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td data-label="Title">
                  <Link href={`/articles/${article.id}`}>{article.highlight?.title ? <MarkedText pieces={article.highlight.title} /> : article.title}</Link>
                  {article.highlight?.snippet && (
                    <div className="small muted search-snippet">
                      <MarkedText pieces={article.highlight.snippet} />
                    </div>
                  )}
                </td>
                <td data-label="Outlet">{article.outlet}</td>
                <td data-label="Published">{formatDate(article.publishedAt)}</td>
                <td data-label="Claims">{article._count.claims}</td>
                <td data-label="Added by">{article.createdBy.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager path="/articles" params={{ q: query || undefined }} previous={previous} next={next} words={["← Newer", "Older →"]} />
    </>
  );
}
