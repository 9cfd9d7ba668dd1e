/**
 * The webhooks' I/O edge: one signed POST, with a time limit, redirects not followed. The address is checked
 * first as the url fetcher checks pages (lib/intake): a host that resolves to a private, loopback or link-local
 * address is refused unless FETCH_ALLOW_HOSTS allows it, and the POST connects to the address that was checked
 * (no second DNS lookup a rebinding server could answer differently).
 */
import http from "node:http";
import https from "node:https";
import { EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhookBody } from "./webhook-body";
import { checkedAddresses, configuredAllowList, FetchRefusal, pinnedLookup, type ResolvedAddress } from "@/lib/intake/safe-fetch";

export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface PostOutcome {
  ok: boolean;
  /** a refusal that trying again would not change (the address is inside the desk's network) */
  permanent?: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** POSTs the body; a 2xx answer is a success, anything else (or no answer in time) a failure with its reason. */
export async function postWebhook(url: string, body: string, options: { secret: string; event: string; timestamp: number; timeoutMs?: number }): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  let addresses: ResolvedAddress[];
  try {
    addresses = await checkedAddresses(target, configuredAllowList());
  } catch (error) {
    if (error instanceof FetchRefusal) return { ok: false, permanent: error.code === "private_address", statusCode: null, error: error.userMessage, durationMs: elapsed() };
    throw error;
  }
  try {
    const status = await post(target, addresses.find((a) => a.family === 4) ?? addresses[0], body, options.timeoutMs ?? WEBHOOK_TIMEOUT_MS, {
      "Content-Type": "application/json",
      "User-Agent": "Claimdesk-Webhook/1",
      [SIGNATURE_HEADER]: signWebhookBody(options.secret, body),
      [TIMESTAMP_HEADER]: String(options.timestamp),
      [EVENT_HEADER]: options.event,
    });
    const ok = status.code >= 200 && status.code < 300;
    return { ok, statusCode: status.code, error: ok ? null : `The receiver answered ${status.code}${status.text ? ` ${status.text}` : ""}.`, durationMs: elapsed() };
  } catch (error) {
    return { ok: false, statusCode: null, error: describeFetchError(error), durationMs: elapsed() };
  }
}

/** One POST to the checked address; the answer's body is discarded (redirects are not followed). */
function post(url: URL, address: ResolvedAddress, body: string, timeoutMs: number, headers: Record<string, string>): Promise<{ code: number; text: string }> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method: "POST", agent: false, lookup: pinnedLookup(address), signal: AbortSignal.timeout(timeoutMs), headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } });
    req.on("response", (response) => {
      response.resume();
      resolve({ code: response.statusCode ?? 0, text: response.statusMessage ?? "" });
    });
    req.on("error", reject);
    req.end(body);
  });
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "No answer within the time limit.";
  const code = error instanceof Error ? ((error as { code?: string }).code ?? (error.cause as { code?: string } | undefined)?.code) : undefined;
  if (code) return `Could not reach the receiver (${code}).`;
  return `Could not reach the receiver${error instanceof Error ? `: ${error.message}` : ""}.`;
}
