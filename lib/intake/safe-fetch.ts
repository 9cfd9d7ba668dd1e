/**
 * Fetches a web page on the server without letting a url reach inside the desk's network (SSRF): http and
 * https only; every DNS answer, and every redirect's, must be a public address (or allowed by FETCH_ALLOW_HOSTS);
 * the connection goes to the address that was checked (no second lookup a rebinding DNS server could answer
 * differently); redirects are followed by hand, at most 5; the size, the time and the content type are limited.
 */
import dns from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import { blockedReason, isAllowed, parseAllowList, type AllowList } from "./address-check";
import { decodePage } from "./charset";
import { FetchRefusal, formatLimit } from "./fetch-refusal";

export { FetchRefusal } from "./fetch-refusal";

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;
/** What "a web page" is: the content types the fetcher accepts. */
export const PAGE_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface SafeFetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
  /** the desk's allow list; by default FETCH_ALLOW_HOSTS read once */
  allow?: AllowList;
  /** how host names are resolved (tests give their own DNS answers) */
  resolve?: (host: string) => Promise<ResolvedAddress[]>;
}

export interface FetchedPage {
  requestedUrl: string;
  /** where the redirects led */
  finalUrl: string;
  status: number;
  /** the media type without parameters, e.g. text/html */
  contentType: string;
  charset: string;
  text: string;
  /** the body's size in bytes, after decompression */
  size: number;
  fetchedAt: Date;
}

let configured: AllowList | null = null;
/** FETCH_ALLOW_HOSTS, read at the first fetch. */
export function configuredAllowList(): AllowList {
  configured ??= parseAllowList(process.env.FETCH_ALLOW_HOSTS);
  return configured;
}

async function systemResolve(host: string): Promise<ResolvedAddress[]> {
  const answers = await dns.lookup(host, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
}

/** A url the fetcher will try, or a refusal saying why not. */
export function parsePageUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new FetchRefusal("bad_url", "That is not a web address. Give the whole address, starting with http:// or https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchRefusal("scheme", `Only http and https addresses can be fetched, not ${url.protocol.replace(/:$/, "")}.`);
  if (url.username || url.password) throw new FetchRefusal("bad_url", "Addresses with a user name or password cannot be fetched.");
  return url;
}

/**
 * The addresses `url`'s host may be reached at, each checked: a private one refuses the whole fetch
 * (a host that answers with one private address among public ones could be steered to it).
 */
export async function checkedAddresses(url: URL, allow: AllowList, resolve: SafeFetchOptions["resolve"] = systemResolve): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = net.isIP(host);
  let answers: ResolvedAddress[];
  if (literal) answers = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      answers = await resolve(host);
    } catch (error) {
      throw new FetchRefusal("dns", `No server was found for ${host}: the name does not exist, or DNS did not answer.`, null, { cause: error });
    }
    if (answers.length === 0) throw new FetchRefusal("dns", `No server was found for ${host}.`);
  }
  for (const { address } of answers) {
    const reason = blockedReason(address);
    if (reason && !isAllowed(allow, host, address))
      throw new FetchRefusal(
        "private_address",
        `That address points into ${reason} (${host}${host === address ? "" : ` is ${address}`}). Only public web pages can be fetched; ` +
          "an administrator can allow the desk's own intranet hosts with FETCH_ALLOW_HOSTS.",
      );
  }
  return answers;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Fetches a web page (see the module's comment); throws a FetchRefusal for everything it will not do. */
export async function safeFetch(address: string, options: SafeFetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const allow = options.allow ?? configuredAllowList();
  const deadline = AbortSignal.timeout(timeoutMs);
  const timeout = () => new FetchRefusal("timeout", `The server did not answer within ${+(timeoutMs / 1000).toFixed(1)} s.`);
  let url = parsePageUrl(address);
  for (let hop = 0; ; hop++) {
    const addresses = await raceDeadline(checkedAddresses(url, allow, options.resolve), deadline, timeout).catch((error: unknown) => {
      // After a redirect, say so: the person typed an address that looked harmless.
      if (hop > 0 && error instanceof FetchRefusal && error.code !== "timeout")
        throw new FetchRefusal(error.code, `The address redirected to ${url.href}, which cannot be fetched: ${error.userMessage}`, error.status);
      throw error;
    });
    // Every answer was checked; IPv4 first, as many hosts have no working IPv6 route.
    const response = await request(url, addresses.find((a) => a.family === 4) ?? addresses[0], deadline, timeout);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.destroy();
      if (hop >= MAX_REDIRECTS) throw new FetchRefusal("too_many_redirects", `The address redirected more than ${MAX_REDIRECTS} times.`);
      try {
        url = parsePageUrl(new URL(location, url).href);
      } catch (error) {
        if (error instanceof FetchRefusal) throw new FetchRefusal(error.code, `The address redirected to ${location.slice(0, 200)}, which cannot be fetched: ${error.userMessage}`);
        throw error;
      }
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new FetchRefusal("http_status", `The server answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ""}.`, status);
    }
    const { type, charset } = mediaType(response.headers["content-type"]);
    if (type && !(PAGE_TYPES as readonly string[]).includes(type)) {
      response.destroy();
      throw new FetchRefusal("content_type", `Only web pages can be fetched: the address returned ${type}.`);
    }
    const declared = Number(response.headers["content-length"]);
    const tooLarge = () => new FetchRefusal("too_large", `The page is larger than ${formatLimit(maxBytes)}.`);
    if (Number.isFinite(declared) && declared > maxBytes && !response.headers["content-encoding"]) {
      response.destroy();
      throw tooLarge();
    }
    const bytes = await readBody(decompressed(response), maxBytes, deadline, timeout, tooLarge);
    if (!type && bytes.subarray(0, 1024).includes(0))
      throw new FetchRefusal("content_type", "Only web pages can be fetched: the address returned a file without a content type.");
    const decoded = decodePage(bytes, type || "text/html", charset);
    return {
      requestedUrl: address,
      finalUrl: url.href,
      status,
      contentType: type || "text/html",
      charset: decoded.charset,
      text: decoded.text,
      size: bytes.byteLength,
      fetchedAt: new Date(),
    };
  }
}

function mediaType(header: string | undefined): { type: string; charset: string | null } {
  if (!header) return { type: "", charset: null };
  const [type, ...params] = header.split(";").map((p) => p.trim());
  const charset = params.map((p) => /^charset\s*=\s*"?([^";\s]+)"?$/i.exec(p)?.[1]).find(Boolean) ?? null;
  return { type: type.toLowerCase(), charset };
}

async function raceDeadline<T>(work: Promise<T>, deadline: AbortSignal, timeout: () => FetchRefusal): Promise<T> {
  if (deadline.aborted) throw timeout();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(timeout());
    deadline.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener("abort", onAbort));
  });
}

/** A DNS lookup that answers with the address already checked, so a connection cannot be steered elsewhere by a second answer. */
export function pinnedLookup(target: ResolvedAddress): net.LookupFunction {
  return (_host, opts, callback) => {
    if ((opts as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
}

/** One GET to `url`'s host at the checked `target` address (the lookup answers with it, so nothing is resolved twice). */
function request(url: URL, target: ResolvedAddress, deadline: AbortSignal, timeout: () => FetchRefusal): Promise<http.IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: "GET",
      agent: false,
      lookup: pinnedLookup(target),
      signal: deadline,
      headers: {
        "User-Agent": "Claimdesk/0.1 (fact-check archive)",
        Accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate, br",
      },
    });
    req.on("response", resolve);
    req.on("error", (error) => {
      if (deadline.aborted) reject(timeout());
      else reject(new FetchRefusal("connection", `Could not connect to ${url.host}: ${connectionProblem(error)}.`, null, { cause: error }));
    });
    req.end();
  });
}

function connectionProblem(error: Error & { code?: string }): string {
  switch (error.code) {
    case "ECONNREFUSED": return "the server refused the connection";
    case "ECONNRESET": return "the server closed the connection";
    case "EHOSTUNREACH": case "ENETUNREACH": return "the server cannot be reached";
    default: return error.code?.startsWith("ERR_TLS") || /certificate/i.test(error.message) ? "its certificate is not valid" : "the connection failed";
  }
}

function decompressed(response: http.IncomingMessage): Readable {
  switch ((response.headers["content-encoding"] ?? "").trim().toLowerCase()) {
    case "gzip": case "x-gzip": return response.pipe(zlib.createGunzip());
    case "deflate": return response.pipe(zlib.createInflate());
    case "br": return response.pipe(zlib.createBrotliDecompress());
    default: return response;
  }
}

/** Reads the body, stopping (and closing the connection) as soon as it passes `maxBytes` or the deadline. */
async function readBody(stream: Readable, maxBytes: number, deadline: AbortSignal, timeout: () => FetchRefusal, tooLarge: () => FetchRefusal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      deadline.removeEventListener("abort", onAbort);
      stream.destroy();
      reject(error);
    };
    const onAbort = () => fail(timeout());
    if (deadline.aborted) return onAbort();
    deadline.addEventListener("abort", onAbort, { once: true });
    stream.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) fail(tooLarge());
      else chunks.push(chunk);
    });
    stream.on("error", (error) =>
      fail(deadline.aborted ? timeout() : new FetchRefusal("connection", "The page could not be read: the connection broke or its compression is damaged.", null, { cause: error })),
    );
    stream.on("end", () => {
      deadline.removeEventListener("abort", onAbort);
      resolve(Buffer.concat(chunks));
    });
  });
}
