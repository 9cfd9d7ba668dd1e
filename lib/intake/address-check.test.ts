import { describe, expect, it } from "vitest";
import { blockedReason, embeddedIpv4, ipv6Bytes, isAllowed, parseAllowList } from "./address-check";
import { parsePageUrl } from "./safe-fetch";

/** The host the fetcher will look at for a url: the WHATWG parser normalises odd IPv4 forms first. */
const hostOf = (url: string) => parsePageUrl(url).hostname.replace(/^\[|\]$/g, "");

describe("blockedReason", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "carrier-grade"],
    ["100.127.255.255", "carrier-grade"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["198.18.0.1", "benchmarking"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["0:0:0:0:0:ffff:a00:1", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["64:ff9b::10.0.0.1", "private"],
    ["2002:7f00:1::", "loopback"],
    ["::127.0.0.1", "loopback"],
    ["[::1]", "loopback"],
    ["fe80::1%eth0", "link-local"],
  ])("refuses %s (%s)", (address, reason) => {
    expect(blockedReason(address)).toContain(reason);
  });

  it.each(["93.184.215.14", "1.1.1.1", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700:4700::1111", "2a00:1450:4001::200e", "::ffff:8.8.8.8", "64:ff9b::808:808"])(
    "allows the public address %s",
    (address) => {
      expect(blockedReason(address)).toBeNull();
    },
  );

  it("refuses what is not an IP address", () => {
    expect(blockedReason("localhost")).toBe("not an IP address");
    expect(blockedReason("")).toBe("not an IP address");
  });
});

describe("odd ways of writing an address", () => {
  it.each([
    ["http://2130706433/", "127.0.0.1"],
    ["http://0x7f000001/", "127.0.0.1"],
    ["http://0x7f.1/", "127.0.0.1"],
    ["http://0177.0.0.1/", "127.0.0.1"],
    ["http://127.1/", "127.0.0.1"],
    ["http://0/", "0.0.0.0"],
    ["http://012.0.0.1/", "10.0.0.1"],
    ["http://3232235777/", "192.168.1.1"],
    ["http://[::ffff:127.0.0.1]/", "::ffff:7f00:1"],
    ["http://[0:0:0:0:0:0:0:1]/", "::1"],
  ])("%s is read as %s and refused", (url, host) => {
    expect(hostOf(url)).toBe(host);
    expect(blockedReason(hostOf(url))).not.toBeNull();
  });
});

describe("IPv6 helpers", () => {
  it("expands compressed forms and embedded dotted quads", () => {
    expect(ipv6Bytes("::1")).toEqual([...Array(15).fill(0), 1]);
    expect(ipv6Bytes("::ffff:1.2.3.4").slice(10)).toEqual([0xff, 0xff, 1, 2, 3, 4]);
    expect(ipv6Bytes("2001:db8::8:800:200c:417a")).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 8, 8, 0, 0x20, 0x0c, 0x41, 0x7a]);
  });
  it("finds the IPv4 address inside mapped, NAT64 and 6to4 forms only", () => {
    expect(embeddedIpv4("::ffff:a9fe:a9fe")).toBe("169.254.169.254");
    expect(embeddedIpv4("64:ff9b::c0a8:101")).toBe("192.168.1.1");
    expect(embeddedIpv4("2002:0a00:0001::1")).toBe("10.0.0.1");
    expect(embeddedIpv4("2606:4700::1111")).toBeNull();
    expect(embeddedIpv4("::1")).toBeNull();
  });
});

describe("the allow list (FETCH_ALLOW_HOSTS)", () => {
  const allow = parseAllowList("wiki.newsroom.example, *.intranet.example 10.20.0.0/16,192.168.5.7 fd00::/8");
  it("allows named hosts, wildcard subdomains, addresses and networks", () => {
    expect(allow.size).toBe(5);
    expect(isAllowed(allow, "wiki.newsroom.example", "10.9.9.9")).toBe(true);
    expect(isAllowed(allow, "WIKI.newsroom.example.", "10.9.9.9")).toBe(true);
    expect(isAllowed(allow, "docs.intranet.example", "192.168.0.1")).toBe(true);
    expect(isAllowed(allow, "intranet.example", "192.168.0.1")).toBe(false);
    expect(isAllowed(allow, "other.example", "10.20.3.4")).toBe(true);
    expect(isAllowed(allow, "other.example", "::ffff:10.20.3.4")).toBe(true);
    expect(isAllowed(allow, "other.example", "10.21.0.1")).toBe(false);
    expect(isAllowed(allow, "other.example", "192.168.5.7")).toBe(true);
    expect(isAllowed(allow, "other.example", "192.168.5.8")).toBe(false);
    expect(isAllowed(allow, "other.example", "fd00::5")).toBe(true);
    expect(isAllowed(allow, "wiki.newsroom.example.evil.test", "10.0.0.1")).toBe(false);
  });
  it("is empty when unset, and a bad entry is named", () => {
    expect(parseAllowList(undefined).size).toBe(0);
    expect(parseAllowList(" , ").size).toBe(0);
    expect(() => parseAllowList("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseAllowList("http://wiki/")).toThrow(/http:\/\/wiki\//);
  });
});
