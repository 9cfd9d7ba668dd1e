/**
 * Reads a fetched page as an article: its title, outlet, publication date, byline and readable text, with
 * Mozilla's Readability over jsdom (no scripts run, nothing else is loaded). Used for "Add from url" and
 * for archiving web evidence.
 */
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";
import { htmlToText } from "@/lib/imports/article-file";
import { cutText } from "@/lib/platform/text";

export interface ReadPage {
  title: string;
  /** the site or publisher's name; the host name when the page does not say */
  outlet: string;
  publishedAt: Date | null;
  byline: string | null;
  /** the article's text, paragraphs separated by blank lines */
  text: string;
}

const clean = (text: string | null | undefined, max: number) => {
  const s = (text ?? "").replace(/\s+/g, " ").trim();
  return s ? (s.length > max ? `${cutText(s, max - 1).trimEnd()}…` : s) : null;
};

function hostOutlet(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** A date people and machines wrote in a page's metadata; null when it is not one. */
function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1900 ? null : date;
}

/** The JSON-LD objects of a page, flattened (a @graph's members too); unparseable blocks are skipped. */
function jsonLd(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      found.push(node as Record<string, unknown>);
      if ("@graph" in node) visit((node as { "@graph": unknown })["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // a broken block says nothing
    }
  }
  return found;
}

const nameOf = (value: unknown): string | null => {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(", ") || null;
  if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string") return (value as { name: string }).name;
  return null;
};

/** What the page's metadata says, read before Readability (which rewrites the document). */
function metadata(document: Document) {
  const meta = (...selectors: string[]) =>
    selectors.map((s) => document.querySelector(s)?.getAttribute("content") ?? null).find((v) => v?.trim()) ?? null;
  const ld = jsonLd(document);
  const ldArticle = ld.find((o) => typeof o.datePublished === "string" || typeof o.headline === "string");
  return {
    title: meta('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? (ldArticle?.headline as string | undefined) ?? null,
    outlet: meta('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? nameOf(ldArticle?.publisher) ?? null,
    published:
      meta('meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[itemprop="datePublished"]', 'meta[name="dc.date"]') ??
      (ldArticle?.datePublished as string | undefined) ??
      document.querySelector("time[datetime]")?.getAttribute("datetime") ??
      null,
    byline: meta('meta[name="author"]', 'meta[property="article:author"]') ?? nameOf(ldArticle?.author),
  };
}

/** The article text without a first line that only repeats the byline ("By Jane Okafor"), which the form has its own field for. */
function withoutBylineLine(text: string, byline: string | null): string {
  if (!byline) return text;
  const [first, ...rest] = text.split("\n\n");
  const bare = first.replace(/^\s*by\s+/i, "").trim().toLowerCase();
  return rest.length && bare === byline.toLowerCase() ? rest.join("\n\n") : text;
}

/** Reads an HTML page fetched from `url` as an article. */
export function readHtmlPage(html: string, url: string): ReadPage {
  const dom = new JSDOM(html, { url });
  try {
    const document = dom.window.document;
    const found = metadata(document);
    const documentTitle = document.title;
    const article = new Readability(document).parse();
    const byline = clean(article?.byline ?? found.byline, 200);
    const text = withoutBylineLine(htmlToText(article?.content ?? document.body?.innerHTML ?? ""), byline);
    return {
      title: clean(found.title ?? article?.title ?? documentTitle, 300) ?? clean(text.split("\n")[0], 300) ?? hostOutlet(url),
      outlet: clean(article?.siteName ?? found.outlet, 120) ?? hostOutlet(url),
      publishedAt: parseDate(article?.publishedTime) ?? parseDate(found.published),
      byline,
      text,
    };
  } finally {
    dom.window.close();
  }
}

/** Reads a plain-text page: its first line is the title. */
export function readTextPage(text: string, url: string): ReadPage {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").trim();
  const first = body.split("\n").find((line) => line.trim()) ?? "";
  return { title: clean(first, 300) ?? hostOutlet(url), outlet: hostOutlet(url), publishedAt: null, byline: null, text: body };
}

/** Reads a fetched page of either kind. */
export function readPage(page: { text: string; contentType: string; finalUrl: string }): ReadPage {
  return page.contentType === "text/plain" ? readTextPage(page.text, page.finalUrl) : readHtmlPage(page.text, page.finalUrl);
}
