/**
 * The entry of the extraction worker thread: takes an article's text, answers with the claims found in
 * it and the hash duplicate detection compares. Pure work, no database: the server stores the suggestions itself, in one transaction.
 */
import { parentPort } from "node:worker_threads";
import { extractClaims } from "@/lib/extraction/extract";
import { articleTextHash } from "@/lib/imports/duplicate-article";

parentPort!.on("message", ({ id, text }: { id: number; text: string }) => {
  try {
    parentPort!.postMessage({ id, claims: extractClaims(text), textHash: articleTextHash(text) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
