/**
 * The entry of the extraction worker thread: takes an article's text, answers with the claims found in
 * it. Pure work, no database: the server stores the suggestions itself, in one transaction.
 */
import { parentPort } from "node:worker_threads";
import { extractClaims } from "@/lib/extraction/extract";

parentPort!.on("message", ({ id, text }: { id: number; text: string }) => {
  try {
    parentPort!.postMessage({ id, claims: extractClaims(text) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
