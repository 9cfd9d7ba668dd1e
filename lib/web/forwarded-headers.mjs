/** Which forwarded headers to believe: only those set by a trusted proxy (TRUSTED_PROXIES). */
import { BlockList, isIP } from "node:net";

/**
 * Which `X-Forwarded-*` headers to believe. Only scripts/serve.mjs sees the TCP peer's address, so it
 * rewrites the headers before Next.js runs, and everything after it (the sign-in limits, the auth
 * library, HSTS) trusts them as they arrive:
 * - from a peer that is not in TRUSTED_PROXIES (the default: none), any forwarded headers the client
 *   sent are dropped and `X-Forwarded-For` becomes the peer's own address;
 * - from a trusted proxy, `X-Forwarded-For` is walked from the right past the trusted hops, and the
 *   first address that is not a trusted proxy becomes the client (the entries left of it could be forged).
 */

/**
 * Parses TRUSTED_PROXIES: a comma-separated list of IP addresses and CIDR ranges.
 * @param {string | undefined} value
 */
export function parseTrustedProxies(value) {
  const list = new BlockList();
  const entries = (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32))
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range.`);
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { list, count: entries.length };
}

/** "::ffff:127.0.0.1" (IPv4 on a dual-stack socket) as the plain IPv4 address. */
function plainAddress(address) {
  const trimmed = (address ?? "").trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * @param {{ list: BlockList, count: number }} trusted
 * @param {string} address
 */
export function isTrustedProxy(trusted, address) {
  const plain = plainAddress(address);
  const family = isIP(plain);
  return trusted.count > 0 && family !== 0 && trusted.list.check(plain, family === 6 ? "ipv6" : "ipv4");
}

const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * The client's address for a request from `peer` carrying `forwardedFor`, and whether the other
 * forwarded headers (proto, host) may be kept.
 * @param {{ list: BlockList, count: number }} trusted
 * @param {string | undefined} peer
 * @param {string | undefined} forwardedFor
 */
export function resolveClient(trusted, peer, forwardedFor) {
  const peerAddress = plainAddress(peer);
  if (!isTrustedProxy(trusted, peerAddress)) return { client: peerAddress, keepForwarded: false };
  const chain = (forwardedFor ?? "").split(",").map(plainAddress).filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!isIP(chain[i])) break; // garbage in the chain: stop at the last hop we can vouch for
    if (!isTrustedProxy(trusted, chain[i])) return { client: chain[i], keepForwarded: true };
  }
  // Only proxies (or nothing usable) in the chain: the nearest one is the best we know.
  return { client: chain.findLast((entry) => isIP(entry)) ?? peerAddress, keepForwarded: true };
}

/**
 * Rewrites a Node request's forwarded headers in place, as described above.
 * @param {{ list: BlockList, count: number }} trusted
 * @param {import("node:http").IncomingMessage} request
 */
export function normalizeForwardedHeaders(trusted, request) {
  const forwardedFor = [request.headers["x-forwarded-for"]].flat().join(",");
  const { client, keepForwarded } = resolveClient(trusted, request.socket.remoteAddress, forwardedFor);
  if (!keepForwarded) for (const name of FORWARDED_HEADERS) delete request.headers[name];
  request.headers["x-forwarded-for"] = client;
}
