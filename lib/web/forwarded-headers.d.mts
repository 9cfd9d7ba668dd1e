import type { BlockList } from "node:net";
import type { IncomingMessage } from "node:http";

export interface TrustedProxies {
  list: BlockList;
  count: number;
}
export declare function parseTrustedProxies(value: string | undefined): TrustedProxies;
export declare function isTrustedProxy(trusted: TrustedProxies, address: string): boolean;
export declare function resolveClient(
  trusted: TrustedProxies,
  peer: string | undefined,
  forwardedFor: string | undefined,
): { client: string; keepForwarded: boolean };
export declare function normalizeForwardedHeaders(trusted: TrustedProxies, request: IncomingMessage): void;
