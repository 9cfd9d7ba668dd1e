/**
 * The webhooks' I/O edge: one signed POST, with a time limit, redirects not followed. The address is checked
 * first as the url fetcher checks pages (lib/intake): a host that resolves to a private, loopback or link-local
 * address is refused unless FETCH_ALLOW_HOSTS allows it. (The POST then resolves the name again itself; pinning
 * the checked address, as the fetcher's GET does, is not done here.)
 */
import { EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhookBody } from "./webhook-body";
import { checkedAddresses, configuredAllowList, FetchRefusal } from "@/lib/intake/safe-fetch";

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
  try {
    await checkedAddresses(new URL(url), configuredAllowList());
  } catch (error) {
    if (error instanceof FetchRefusal) return { ok: false, permanent: error.code === "private_address", statusCode: null, error: error.userMessage, durationMs: elapsed() };
    throw error;
  }
  try {
    const response = await fetch(url, {
      method: "POST",
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS),
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Claimdesk-Webhook/1",
        [SIGNATURE_HEADER]: signWebhookBody(options.secret, body),
        [TIMESTAMP_HEADER]: String(options.timestamp),
        [EVENT_HEADER]: options.event,
      },
    });
    // The answer's body is not needed; reading a little releases the connection.
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `The receiver answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`, durationMs: elapsed() };
  } catch (error) {
    return { ok: false, statusCode: null, error: describeFetchError(error), durationMs: elapsed() };
  }
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "No answer within the time limit.";
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return `Could not reach the receiver (${cause.code}).`;
  return `Could not reach the receiver${error instanceof Error ? `: ${error.message}` : ""}.`;
}
