/** One check of a web source for its archive: fetch it safely and read its text, or say why that failed. */
import { readPage } from "./page-reader";
import { FetchRefusal, safeFetch, type SafeFetchOptions } from "./safe-fetch";

/** What one fetch found: the page's readable text, or why there is none (gone: 404, 410, or the host no longer exists). */
export type CheckResult =
  | { ok: true; finalUrl: string; httpStatus: number; contentType: string; title: string; text: string }
  | { ok: false; gone: boolean; httpStatus: number | null; error: string };

export async function checkWebPage(url: string, options?: SafeFetchOptions): Promise<CheckResult> {
  try {
    const page = await safeFetch(url, options);
    const read = readPage(page);
    return { ok: true, finalUrl: page.finalUrl, httpStatus: page.status, contentType: page.contentType, title: read.title, text: read.text };
  } catch (error) {
    if (error instanceof FetchRefusal) return { ok: false, gone: error.gone, httpStatus: error.status, error: error.userMessage };
    throw error;
  }
}
