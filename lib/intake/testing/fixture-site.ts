/**
 * A local web site for the fetcher's tests and the browser tests: fixture pages written for Claimdesk (no
 * copies of real articles), plus the awkward answers a fetcher must survive (redirects, oversize, slow,
 * wrong type, gone). Pages can be changed while it runs, to test re-checks.
 */
import http from "node:http";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";

export const FIXTURE_ARTICLE_TITLE = "Harbour flood leaves at least 1,200 homes damaged";

export const FIXTURE_ARTICLE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${FIXTURE_ARTICLE_TITLE} | Riverside Courier</title>
<meta property="og:title" content="${FIXTURE_ARTICLE_TITLE}">
<meta property="og:site_name" content="Riverside Courier">
<meta name="author" content="Jane Okafor">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${FIXTURE_ARTICLE_TITLE}","datePublished":"2026-11-28T09:30:00Z","author":{"@type":"Person","name":"Jane Okafor"},"publisher":{"@type":"Organization","name":"Riverside Courier"}}</script>
<script>document.title = "scripts must not run";</script>
<style>.ad { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<aside class="sponsor banner">Advertisement: subscribe today for only 1 dollar.</aside>
<article>
<h1>${FIXTURE_ARTICLE_TITLE}</h1>
<p class="byline">By Jane Okafor</p>
<p>The harbour district flooded overnight after the river rose faster than forecast, and the city council said on Friday that at least 1,200 homes had been damaged by the water.</p>
<p>Mayor Daniel Reyes said nearly 3,000 residents spent the night in emergency shelters set up in schools and sports halls across the city.</p>
<p>"We have never seen the water come up this quickly," said Amira Haddad, a spokeswoman for the regional fire service, adding that crews had rescued 85 people from rooftops and cars.</p>
<p>The council estimated the cost of the repairs at about 40 million euros, although insurers said it was too early to give a figure.</p>
<p>Forecasters expect more rain over the weekend, and the fire service has asked people living near the river to stay away from the embankments until the level falls.</p>
</article>
<footer>Copyright Riverside Courier. All rights reserved.</footer>
</body></html>`;

export const FIXTURE_EVIDENCE = (edition: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Flood bulletin ${edition}</title>
<meta property="og:site_name" content="Regional Fire Service"></head><body>
<article><h1>Flood bulletin ${edition}</h1>
<p>The regional fire service rescued 85 people from rooftops and vehicles during the harbour flood.</p>
<p>Crews remain on duty along the embankments. This bulletin is edition ${edition}.</p>
<p>Residents are asked to report blocked drains to the council's hotline rather than to the fire service.</p>
</article></body></html>`;

export interface FixtureSite {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  /** serves `body` at `path` from now on (a page that changed) */
  setPage(path: string, body: string, type?: string): void;
  /** `path` answers 410 Gone from now on */
  remove(path: string): void;
  /** how many requests reached each path, and the Host header of the last one */
  hits: Map<string, number>;
  lastHost: string | null;
  close(): Promise<void>;
}

/** Starts the fixture site on 127.0.0.1 (on `port`, or a free one). `redirectTarget` is where /redirect-private points. */
export async function startFixtureSite(options: { port?: number; redirectTarget?: string } = {}): Promise<FixtureSite> {
  const pages = new Map<string, { body: string | Buffer; type: string }>([
    ["/article.html", { body: FIXTURE_ARTICLE, type: "text/html; charset=utf-8" }],
    ["/bulletin.html", { body: FIXTURE_EVIDENCE("1"), type: "text/html; charset=utf-8" }],
    ["/notes.txt", { body: "Flood notes\n\nAt least 1,200 homes were damaged, the council said.\n", type: "text/plain; charset=utf-8" }],
    // Windows-1252 bytes, declared only by the page's own <meta>: "café" and a euro sign.
    ["/latin.html", { body: Buffer.from("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 prices</title></head><body><p>A coffee costs 3 \x80 at the caf\xe9 by the harbour, the owner said on Friday.</p></body></html>", "latin1"), type: "text/html" }],
    ["/report.pdf", { body: Buffer.from("%PDF-1.4\n% fixture\n%%EOF\n"), type: "application/pdf" }],
  ]);
  const gone = new Set<string>();
  const site = { hits: new Map<string, number>(), lastHost: null as string | null };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture");
    const path = url.pathname;
    site.hits.set(path, (site.hits.get(path) ?? 0) + 1);
    site.lastHost = req.headers.host ?? null;
    if (gone.has(path)) return void res.writeHead(410, { "content-type": "text/html" }).end("<p>Gone</p>");
    const page = pages.get(path);
    if (page) return void res.writeHead(200, { "content-type": page.type }).end(page.body);
    switch (path) {
      case "/moved":
        return void res.writeHead(301, { location: "/article.html" }).end();
      case "/redirect-private":
        return void res.writeHead(302, { location: options.redirectTarget ?? "http://10.0.0.1/admin" }).end();
      case "/redirect-ftp":
        return void res.writeHead(302, { location: "ftp://127.0.0.1/file" }).end();
      case "/loop": {
        const n = Number(url.searchParams.get("n") ?? 0);
        return void res.writeHead(302, { location: `/loop?n=${n + 1}` }).end();
      }
      case "/gzip.html":
        return void res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" }).end(zlib.gzipSync(FIXTURE_ARTICLE));
      case "/big.html": {
        // 6 MB streamed without a Content-Length, so only counting the bytes can stop it.
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = `<p>${"x".repeat(64 * 1024 - 7)}</p>`;
        let sent = 0;
        const more = () => {
          while (sent < 96) {
            sent++;
            if (!res.write(chunk)) return void res.once("drain", more);
          }
          res.end();
        };
        return more();
      }
      case "/declared-big.html":
        return void res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) }).end();
      case "/slow.html":
        // Headers at once, then nothing: the total time limit must end it.
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>Loading");
        return;
      default:
        return void res.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    get hits() {
      return site.hits;
    },
    get lastHost() {
      return site.lastHost;
    },
    setPage(path, body, type = "text/html; charset=utf-8") {
      gone.delete(path);
      pages.set(path, { body, type });
    },
    remove(path) {
      gone.add(path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
