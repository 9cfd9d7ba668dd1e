/**
 * Which network addresses the server may fetch from: public ones only, unless the desk's allow list
 * (FETCH_ALLOW_HOSTS) names the host or its network. Used by the safe fetcher for every DNS answer.
 */
import net from "node:net";

/** IPv4 ranges that are not the public internet (RFC 6890 and friends). */
const BLOCKED_V4: [string, number, string][] = [
  ["0.0.0.0", 8, "an unspecified (this-network) address"],
  ["10.0.0.0", 8, "a private network"],
  ["100.64.0.0", 10, "a carrier-grade NAT network"],
  ["127.0.0.0", 8, "this machine (loopback)"],
  ["169.254.0.0", 16, "a link-local network"],
  ["172.16.0.0", 12, "a private network"],
  ["192.0.0.0", 24, "a reserved network"],
  ["192.0.2.0", 24, "a documentation network"],
  ["192.88.99.0", 24, "a reserved network"],
  ["192.168.0.0", 16, "a private network"],
  ["198.18.0.0", 15, "a benchmarking network"],
  ["198.51.100.0", 24, "a documentation network"],
  ["203.0.113.0", 24, "a documentation network"],
  ["224.0.0.0", 4, "a multicast group"],
  ["240.0.0.0", 4, "a reserved network"],
];

/** IPv6 ranges that are not the public internet. Forms that carry an IPv4 address are checked by that address. */
const BLOCKED_V6: [string, number, string][] = [
  ["::", 128, "an unspecified address"],
  ["::1", 128, "this machine (loopback)"],
  ["100::", 64, "a discard network"],
  ["2001::", 23, "a reserved network"],
  ["2001:db8::", 32, "a documentation network"],
  ["fc00::", 7, "a private (unique-local) network"],
  ["fe80::", 10, "a link-local network"],
  ["fec0::", 10, "a private (site-local) network"],
  ["ff00::", 8, "a multicast group"],
];

function blockList(ranges: [string, number, string][], family: "ipv4" | "ipv6") {
  return ranges.map(([address, prefix, reason]) => {
    const list = new net.BlockList();
    list.addSubnet(address, prefix, family);
    return { list, reason, family };
  });
}
const V4 = blockList(BLOCKED_V4, "ipv4");
const V6 = blockList(BLOCKED_V6, "ipv6");

/** The 16 bytes of an IPv6 address (which net.isIPv6 accepted), an embedded dotted quad included. */
export function ipv6Bytes(address: string): number[] {
  let text = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "").toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null];
  const groups = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = groups(head);
  const right = tail === null ? [] : groups(tail);
  const words = tail === null ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}

const dotted = (bytes: number[]) => bytes.join(".");

/** The IPv4 address an IPv6 address stands for: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16). */
export function embeddedIpv4(address: string): string | null {
  const b = ipv6Bytes(address);
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return dotted(b.slice(12));
  if (zeros(0, 12) && !zeros(12, 15)) return dotted(b.slice(12));
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return dotted(b.slice(12));
  if (b[0] === 0x20 && b[1] === 0x02) return dotted(b.slice(2, 6));
  return null;
}

/**
 * Why the server must not connect to `address` (an IP literal), in words ("a private network"), or null
 * when it is a public address. Anything that is not a valid IP address is refused.
 */
export function blockedReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = net.isIP(bare);
  if (family === 4) {
    if (bare === "255.255.255.255") return "a broadcast address";
    return V4.find((range) => range.list.check(bare, "ipv4"))?.reason ?? null;
  }
  if (family === 6) {
    const inner = embeddedIpv4(bare);
    if (inner) return blockedReason(inner);
    return V6.find((range) => range.list.check(bare, "ipv6"))?.reason ?? null;
  }
  return "not an IP address";
}

/** The desk's own hosts and networks the fetcher may reach although they are private (FETCH_ALLOW_HOSTS). */
export interface AllowList {
  /** exact host names, lower case */
  hosts: Set<string>;
  /** `.intranet.example` for an entry `*.intranet.example` */
  suffixes: string[];
  /** IP addresses and CIDR ranges */
  networks: net.BlockList;
  /** how many entries it has, for messages and tests */
  size: number;
}

/**
 * Reads an allow list: host names (`wiki.newsroom.example`), wildcards (`*.newsroom.example`), IP addresses
 * and CIDR ranges (`10.20.0.0/16`, `fd00::/8`), separated by commas or spaces. A bad entry throws, naming it,
 * so a typo in the setting stops the server at its first fetch rather than silently allowing less or more.
 */
export function parseAllowList(text: string | undefined): AllowList {
  const allow: AllowList = { hosts: new Set(), suffixes: [], networks: new net.BlockList(), size: 0 };
  for (const entry of (text ?? "").split(/[\s,]+/).map((e) => e.trim().toLowerCase()).filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = net.isIP(address.replace(/^\[|\]$/g, ""));
    if (family) {
      const bare = address.replace(/^\[|\]$/g, "");
      const type = family === 4 ? "ipv4" : "ipv6";
      if (prefix === undefined) allow.networks.addAddress(bare, type);
      else {
        const bits = Number(prefix);
        if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) throw new Error(`FETCH_ALLOW_HOSTS: "${entry}" is not a valid network.`);
        allow.networks.addSubnet(bare, bits, type);
      }
    } else if (/^\*\.[a-z0-9.-]+$/.test(entry)) allow.suffixes.push(entry.slice(1));
    else if (/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(entry)) allow.hosts.add(entry.replace(/\.$/, ""));
    else throw new Error(`FETCH_ALLOW_HOSTS: "${entry}" is not a host name, IP address or CIDR range.`);
    allow.size++;
  }
  return allow;
}

/** Whether the allow list lets the fetcher reach `host` (a name as in the url), or `address` (what it resolved to). */
export function isAllowed(allow: AllowList, host: string, address: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");
  if (allow.hosts.has(name) || allow.suffixes.some((suffix) => name.endsWith(suffix))) return true;
  const bare = address.replace(/^\[|\]$/g, "");
  const family = net.isIP(bare);
  if (!family) return false;
  if (allow.networks.check(bare, family === 4 ? "ipv4" : "ipv6")) return true;
  const inner = family === 6 ? embeddedIpv4(bare) : null;
  return inner !== null && allow.networks.check(inner, "ipv4");
}
