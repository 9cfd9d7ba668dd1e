/**
 * Articles from files: plain text, Markdown or HTML, reduced to the plain text an article holds, with
 * the title taken from the file. Pure: the caller reads the upload and stores the article.
 */
import { compile } from "html-to-text";
import { cutText } from "@/lib/platform/text";

export const MAX_ARTICLE_FILE_BYTES = 6 * 1024 * 1024;
export const ARTICLE_FILE_ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

export type ArticleFileKind = "text" | "markdown" | "html";
const KIND_OF: Record<string, ArticleFileKind> = { txt: "text", md: "markdown", markdown: "markdown", html: "html", htm: "html" };

export type ArticleFileCheck = { ok: true; kind: ArticleFileKind; text: string } | { ok: false; reason: string };

/** C0 controls other than tab, LF, FF and CR (NUL among them) mean the bytes are not a text file. */
function hasBinaryControl(bytes: Uint8Array): boolean {
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) return true;
  return false;
}

/** Accepts .txt, .md and .html files of UTF-8 text up to 6 MB; the name and the bytes must both agree. */
export function checkArticleFile({ bytes, name }: { bytes: Uint8Array; name: string }): ArticleFileCheck {
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(name.trim())?.[1].toLowerCase();
  const kind = extension && Object.hasOwn(KIND_OF, extension) ? KIND_OF[extension] : undefined;
  if (!kind) return { ok: false, reason: "Only .txt, .md or .html files can be imported as articles." };
  if (bytes.byteLength === 0) return { ok: false, reason: "The file is empty." };
  if (bytes.byteLength > MAX_ARTICLE_FILE_BYTES) return { ok: false, reason: "The file is larger than 6 MB." };
  const notText = `This file says .${extension} but it is not UTF-8 text. Save it as UTF-8 text and try again.`;
  if (hasBinaryControl(bytes)) return { ok: false, reason: notText };
  try {
    return { ok: true, kind, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: notText };
  }
}

const MAX_TITLE = 300;
const clip = (title: string) => (title.length > MAX_TITLE ? `${cutText(title, MAX_TITLE - 1).trimEnd()}…` : title);
const tidy = (text: string) =>
  text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

const skip = (selector: string) => ({ selector, format: "skip" as const });
const plain = (selector: string) => ({ selector, options: { uppercase: false } });
/** Text only: scripts, styles, forms and media dropped; links as their text; no wrapping, so offsets hold. */
const htmlText = compile({
  wordwrap: false,
  selectors: [
    ...["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button", "head", "img", "video", "audio"].map(skip),
    { selector: "a", options: { ignoreHref: true } },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map(plain),
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
});
const inlineText = compile({ wordwrap: false, selectors: [skip("script"), skip("style")] });

/** An HTML fragment (or page) as the plain text an article holds: paragraphs apart, no markup, no scripts. */
export const htmlToText = (html: string) => tidy(htmlText(html));

function fromHtml(html: string): { title: string; body: string } {
  const inner = (tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, "i").exec(html)?.[1];
  const heading = (source: string | undefined) => (source === undefined ? "" : inlineText(source).replace(/\s+/g, " ").trim());
  const body = tidy(htmlText(html));
  const title = heading(inner("title")) || heading(inner("h1")) || firstLine(body);
  return { title, body };
}

const firstLine = (text: string) => text.split("\n").find((line) => line.trim())?.trim() ?? "";

/** Markdown without its syntax: headings, emphasis, code marks, quotes, rules, images and links become text. */
export function markdownToText(markdown: string): string {
  const text = markdown
    .replace(/\r\n?/g, "\n")
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/^[ \t]{0,3}(`{3,}|~{3,}).*$/gm, "")
    .replace(/^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, "")
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, "$1")
    .replace(/^(.+)\n[ \t]{0,3}(=+|-+)[ \t]*$/gm, "$1")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "")
    .replace(/^([ \t]*)[-*+][ \t]+/gm, "$1")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+.*$/gm, "")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?!\w)/g, "$1$3")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
  return tidy(text);
}

/** Drops the title line from the top of the text, unless that would leave nothing. */
function withoutTitleLine(text: string, titleLine: RegExp): string {
  const rest = tidy(text.replace(titleLine, ""));
  return rest || text;
}

/** The title and plain-text body of an article file. */
export function articleFromFile(kind: ArticleFileKind, text: string): { title: string; body: string } {
  const source = text.replace(/^\uFEFF/, "");
  if (kind === "html") {
    const { title, body } = fromHtml(source);
    return { title: clip(title), body };
  }
  if (kind === "markdown") {
    const heading = /^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(source);
    const body = markdownToText(source);
    const title = heading ? markdownToText(heading[1]) : firstLine(body);
    // The heading is the title; it stays in the body only when it is the whole file.
    const start = heading && !source.slice(0, heading.index).trim() ? withoutTitleLine(body, /^.*(\n|$)/) : body;
    return { title: clip(title), body: start };
  }
  const body = tidy(source);
  return { title: clip(firstLine(body)), body: withoutTitleLine(body, /^.*(\n|$)/) };
}
