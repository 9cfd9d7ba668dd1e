import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllowList } from "./address-check";
import { FetchRefusal, pinnedLookup, safeFetch, type SafeFetchOptions } from "./safe-fetch";
import { FIXTURE_ARTICLE_TITLE, startFixtureSite, type FixtureSite } from "./testing/fixture-site";

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

/** The fixture server is on 127.0.0.1: the tests allow exactly that address, as a desk would its intranet. */
const allowFixture: SafeFetchOptions = { allow: parseAllowList("127.0.0.1") };

async function refusal(run: Promise<unknown>): Promise<FetchRefusal> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FetchRefusal);
  return error as FetchRefusal;
}

describe("safeFetch against the fixture site", () => {
  it("fetches a page allowed by the allow list, with its status, type and charset", async () => {
    const page = await safeFetch(`${site.origin}/article.html`, allowFixture);
    expect(page.status).toBe(200);
    expect(page.contentType).toBe("text/html");
    expect(page.charset).toBe("utf-8");
    expect(page.text).toContain(FIXTURE_ARTICLE_TITLE);
    expect(page.finalUrl).toBe(`${site.origin}/article.html`);
  });

  it("refuses the same loopback server without the allow list", async () => {
    const before = site.hits.get("/article.html") ?? 0;
    const error = await refusal(safeFetch(`${site.origin}/article.html`, { allow: parseAllowList("") }));
    expect(error.code).toBe("private_address");
    expect(error.userMessage).toMatch(/^That address points into this machine \(loopback\)/);
    expect(site.hits.get("/article.html") ?? 0).toBe(before);
  });

  it("follows a redirect and reports where it led", async () => {
    const page = await safeFetch(`${site.origin}/moved`, allowFixture);
    expect(page.finalUrl).toBe(`${site.origin}/article.html`);
    expect(page.requestedUrl).toBe(`${site.origin}/moved`);
  });

  it("refuses a redirect to a private address, without connecting to it", async () => {
    const error = await refusal(safeFetch(`${site.origin}/redirect-private`, allowFixture));
    expect(error.code).toBe("private_address");
    expect(error.userMessage).toMatch(/^The address redirected to http:\/\/10\.0\.0\.1\/admin, which cannot be fetched: That address points into a private network \(10\.0\.0\.1\)/);
  });

  it("refuses a redirect to a host whose DNS answers include a private address", async () => {
    const other = await startFixtureSite({ redirectTarget: "http://intranet.test/secret" });
    try {
      const resolve = async (host: string) => (host === "intranet.test" ? [{ address: "93.184.215.14", family: 4 as const }, { address: "192.168.0.10", family: 4 as const }] : []);
      const error = await refusal(safeFetch(`${other.origin}/redirect-private`, { ...allowFixture, resolve }));
      expect(error.code).toBe("private_address");
      expect(error.userMessage).toContain("intranet.test is 192.168.0.10");
    } finally {
      await other.close();
    }
  });

  it("refuses a redirect to another scheme", async () => {
    const error = await refusal(safeFetch(`${site.origin}/redirect-ftp`, allowFixture));
    expect(error.code).toBe("scheme");
    expect(error.userMessage).toBe("The address redirected to ftp://127.0.0.1/file, which cannot be fetched: Only http and https addresses can be fetched, not ftp.");
  });

  it("stops after 5 redirects", async () => {
    const error = await refusal(safeFetch(`${site.origin}/loop`, allowFixture));
    expect(error.code).toBe("too_many_redirects");
    expect(error.userMessage).toBe("The address redirected more than 5 times.");
  });

  it("connects to the address it checked: one DNS answer per hop, no second lookup (DNS rebinding)", async () => {
    const answers = ["127.0.0.1", "10.0.0.1"];
    let lookups = 0;
    const resolve = async () => [{ address: answers[Math.min(lookups++, 1)], family: 4 as const }];
    const page = await safeFetch(`http://news.fixture.test:${site.port}/article.html`, { allow: parseAllowList("127.0.0.1"), resolve });
    expect(page.status).toBe(200);
    expect(lookups).toBe(1);
    // The name was never looked up by the system (it does not exist): the socket went to the checked address.
    expect(site.lastHost).toBe(`news.fixture.test:${site.port}`);
  });

  it("refuses a page larger than the limit while it streams", async () => {
    const error = await refusal(safeFetch(`${site.origin}/big.html`, allowFixture));
    expect(error.code).toBe("too_large");
    expect(error.userMessage).toBe("The page is larger than 5 MB.");
  });

  it("refuses a declared oversize body before reading it", async () => {
    const error = await refusal(safeFetch(`${site.origin}/declared-big.html`, { ...allowFixture, maxBytes: 1024 * 1024 }));
    expect(error.userMessage).toBe("The page is larger than 1 MB.");
  });

  it("gives up on a slow server at the time limit", async () => {
    const started = Date.now();
    const error = await refusal(safeFetch(`${site.origin}/slow.html`, { ...allowFixture, timeoutMs: 400 }));
    expect(error.code).toBe("timeout");
    expect(error.userMessage).toBe("The server did not answer within 0.4 s.");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("refuses what is not a web page", async () => {
    const error = await refusal(safeFetch(`${site.origin}/report.pdf`, allowFixture));
    expect(error.code).toBe("content_type");
    expect(error.userMessage).toBe("Only web pages can be fetched: the address returned application/pdf.");
  });

  it("reports a missing page with its status, as gone", async () => {
    const error = await refusal(safeFetch(`${site.origin}/nowhere`, allowFixture));
    expect(error.code).toBe("http_status");
    expect(error.status).toBe(404);
    expect(error.gone).toBe(true);
    expect(error.userMessage).toBe("The server answered 404 Not Found.");
  });

  it("decompresses gzip, and reads a charset declared only in the page", async () => {
    expect((await safeFetch(`${site.origin}/gzip.html`, allowFixture)).text).toContain(FIXTURE_ARTICLE_TITLE);
    const latin = await safeFetch(`${site.origin}/latin.html`, allowFixture);
    expect(latin.charset).toBe("windows-1252");
    expect(latin.text).toContain("A coffee costs 3 € at the café");
  });

  it("accepts plain text", async () => {
    const page = await safeFetch(`${site.origin}/notes.txt`, allowFixture);
    expect(page.contentType).toBe("text/plain");
  });
});

describe("safeFetch refuses before connecting", () => {
  const none = { allow: parseAllowList("") };
  it.each([
    ["file:///etc/passwd", "scheme", "Only http and https addresses can be fetched, not file."],
    ["gopher://example.org/", "scheme", "Only http and https addresses can be fetched, not gopher."],
    ["not a url", "bad_url", "That is not a web address. Give the whole address, starting with http:// or https://."],
    ["http://user:pw@example.org/", "bad_url", "Addresses with a user name or password cannot be fetched."],
    ["http://[::1]:3000/", "private_address", null],
    ["http://2130706433/", "private_address", null],
    ["http://0x7f.1/", "private_address", null],
    ["http://[::ffff:127.0.0.1]/", "private_address", null],
    ["http://169.254.169.254/latest/meta-data/", "private_address", null],
  ])("%s", async (url, code, message) => {
    const error = await refusal(safeFetch(url, none));
    expect(error.code).toBe(code);
    if (message) expect(error.userMessage).toBe(message);
  });

  it("says so when a name does not resolve, and counts that as gone", async () => {
    const resolve = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    const error = await refusal(safeFetch("https://no-such-host.example/", { ...none, resolve }));
    expect(error.code).toBe("dns");
    expect(error.gone).toBe(true);
    expect(error.userMessage).toMatch(/^No server was found for no-such-host\.example/);
  });

  it("refuses a name that resolves to localhost", async () => {
    const resolve = async () => [{ address: "::1", family: 6 as const }];
    const error = await refusal(safeFetch("http://localtest.example/", { ...none, resolve }));
    expect(error.userMessage).toContain("this machine (loopback) (localtest.example is ::1)");
  });
});

describe("pinnedLookup", () => {
  it("connects to the checked address without asking DNS: a name that can never resolve still reaches it", async () => {
    const port = new URL(site.origin).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`http://never-resolves.invalid:${port}/article.html`, { agent: false, lookup: pinnedLookup({ address: "127.0.0.1", family: 4 }) });
      req.on("response", (response) => { response.resume(); resolve(response.statusCode ?? 0); });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(200);
  });
});
