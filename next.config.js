/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets two checkouts' test runs share a machine without clobbering each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // forbidden() renders app/(desk)/forbidden.tsx with status 403 for pages a role may not open.
  // Articles may be up to 5 million characters; the new-article form posts the text to a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  // The headers that are the same for every response. Those that depend on the request (the pages'
  // Content-Security-Policy with its nonce, HSTS over https) are set in proxy.ts.
  async headers() {
    const noStore = [{ key: "Cache-Control", value: "no-store" }];
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
        ],
      },
      // API answers and exports hold the desk's data: no browser or proxy may keep a copy.
      { source: "/api/:path*", headers: noStore },
      { source: "/imports/:route(claims-csv|claim-reviews|article-file)", headers: noStore },
      { source: "/imports/jobs/:id", headers: noStore },
    ];
  },
};

module.exports = nextConfig;
