import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * Import boundaries: which layer may reach which. Each rule names the `@/` form and the relative
 * forms (`../data/x`, `../../lib/platform/db`) of the same target.
 */
const target = (path) => `^(@/lib/|(\\.\\./)+(lib/)?)${path}`;
const PRISMA = { regex: `${target("generated/prisma")}|^@prisma/`, message: "Only lib/data talks to the database: go through a lib/data function." };
const DB = { regex: `${target("platform/db")}(\\.ts)?$`, message: "Only lib/data talks to the database: go through a lib/data function." };
const NEXT = { regex: "^next(/|$)", message: "Next.js belongs in app/ and lib/web; this layer must run without it." };
const DATA = { regex: `${target("data")}(/|$)`, message: "Pure code takes its data as arguments; it does not load it." };
const VALIDATION = { regex: `${target("validation")}(/|$)`, message: "Pure code does not depend on the validation layer; let the caller pass the schema in." };
const FILES = { regex: "^(node:)?(fs|fs/promises|child_process|net|http|https)$", message: "Pure code does no I/O; put it in a clearly named I/O edge (like lib/uploads/storage.ts)." };

/** Pure subsystems: parsing, rules and formatting, no I/O. lib/uploads/storage.ts is the uploads' I/O edge. */
const PURE_FILES = [
  "lib/extraction/**/*.ts",
  "lib/figures/**/*.ts",
  "lib/workflow/**/*.ts",
  "lib/access/roles.ts",
  "lib/reports/**/*.ts",
  "lib/imports/**/*.ts",
  "lib/uploads/file-type.ts",
  "lib/notify/**/*.ts",
];
/** The I/O edges of the pure folders. */
const IO_EDGES = ["lib/notify/post-webhook.ts", "lib/notify/send-mail.ts"];

const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const config = [
  ...nextVitals,
  ...nextTs,
  { files: PURE_FILES, ignores: ["**/*.test.ts", ...IO_EDGES], rules: restrict(PRISMA, DB, NEXT, DATA, VALIDATION, FILES) },
  { files: ["lib/data/**/*.ts"], rules: restrict(NEXT) },
  // app/ reaches the database only through lib/data.
  { files: ["app/**/*.ts", "app/**/*.tsx"], rules: restrict(PRISMA, DB) },
  // Playwright fixtures call `use`, which is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
