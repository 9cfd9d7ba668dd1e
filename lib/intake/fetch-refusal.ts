/** The typed refusals of the safe fetcher: each with a code for callers and a message for people. */

export type FetchRefusalCode =
  | "bad_url"
  | "scheme"
  | "private_address"
  | "dns"
  | "connection"
  | "timeout"
  | "too_many_redirects"
  | "http_status"
  | "content_type"
  | "too_large";

export class FetchRefusal extends Error {
  constructor(
    readonly code: FetchRefusalCode,
    readonly userMessage: string,
    /** the HTTP status, when the server answered with one that is refused */
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(userMessage, options);
    this.name = "FetchRefusal";
  }

  /** The page is gone rather than unreachable for a while: 404 or 410, or its host name no longer exists. */
  get gone(): boolean {
    return this.code === "dns" || (this.code === "http_status" && (this.status === 404 || this.status === 410));
  }
}

export const formatLimit = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
