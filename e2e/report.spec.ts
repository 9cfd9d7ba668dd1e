import zlib from "node:zlib";
import type { Page } from "@playwright/test";
import { test, expect, createArticle, createClaim, publishClaim, unique } from "./fixtures";
import { toPdfText } from "../lib/reports/pdf-text";

const SEED_ARTICLE = "Civilians evacuated from last ISIS holdout in Syria";
const SEED_CORRECTION = "An earlier version of this fact-check gave the count as 16 trucks; the footage shows 17.";

/** The number in the cell next to a row's label in a chart's data table. */
async function tableCount(page: Page, table: string, row: string): Promise<number> {
  const cell = page.getByRole("table", { name: table }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: row, exact: true }) }).getByRole("cell");
  return Number(await cell.textContent());
}

/** The figure on a summary card. */
async function cardFigure(page: Page, label: string): Promise<string> {
  return (await page.getByRole("region", { name: "Summary" }).getByRole("listitem").filter({ hasText: label }).locator(".count").textContent()) ?? "";
}

/** The PDF with each deflated stream (pdfkit's page contents) inflated in place. */
function inflateStreams(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  return raw.replace(/stream\r?\n([^]*?)\r?\nendstream/g, (whole, data: string) => {
    try {
      return `stream\n${zlib.inflateSync(Buffer.from(data, "latin1")).toString("latin1")}\nendstream`;
    } catch {
      return whole; // not deflated
    }
  });
}

/**
 * The text of a pdfkit PDF: standard-font text runs are hex strings of WinAnsi bytes in
 * `[<...> kerning <...>] TJ` arrays (or `<...> Tj`), one per line. Whitespace is collapsed, so wrapped lines read on.
 */
function pdfText(pdf: Buffer): string {
  return textRuns(inflateStreams(pdf));
}

function textRuns(content: string): string {
  const lines: string[] = [];
  for (const match of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]<])*)\]\s*TJ|(<[0-9a-fA-F]*>)\s*Tj/g)) {
    const run = match[1] ?? match[2];
    const hex = [...run.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join("");
    lines.push(Buffer.from(hex, "hex").toString("latin1").replace(/\x80/g, "€"));
  }
  return lines.join("\n").replace(/\s+/g, " ");
}
const asPdf = (text: string) => toPdfText(text).replace(/\s+/g, " ");

test.describe("verified-claims report", () => {
  test.use({ role: "viewer" });

  test("summary figures and three accessible charts hold the seed's verdicts", async ({ page }) => {
    await page.goto("/reports");
    expect(Number(await cardFigure(page, "Published verdicts"))).toBeGreaterThanOrEqual(3);
    expect(Number(await cardFigure(page, "Corrections"))).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole("region", { name: "Summary" })).toContainText("Rated false or mostly false");

    for (const title of ["Verdicts by rating", "Claims by speaker (top 10)", /Checked claims over time \(per (week|month)\)/]) {
      const chart = page.getByRole("region", { name: title });
      await expect(chart.getByRole("heading", { name: title })).toBeVisible();
      await expect(chart.getByRole("img")).toHaveAttribute("aria-label", /chart/);
      await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
      expect(await chart.getByRole("table").getByRole("row").count()).toBeGreaterThan(1);
    }
    expect(await tableCount(page, "Verdicts by rating", "True")).toBeGreaterThanOrEqual(2);
    expect(await tableCount(page, "Verdicts by rating", "Unverifiable")).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole("region", { name: "Verdicts by rating" }).getByRole("img")).toHaveAttribute("aria-label", /True \d+.*Unverifiable \d+/);
  });

  test("print hides the navigation, filters and buttons, and shows the charts' figures", async ({ page }) => {
    await page.goto("/reports");
    await expect(page.getByRole("form", { name: "Filter the report" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("form", { name: "Filter the report" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Download PDF" })).toBeHidden();
    await expect(page.getByRole("table", { name: "Verdicts by rating" })).toBeVisible();
    await expect(page.getByRole("heading", { name: SEED_ARTICLE })).toBeVisible();
    const chartWidth = await page.locator(".chart-frame svg").first().evaluate((svg) => svg.getBoundingClientRect().width);
    const mainWidth = await page.locator("main").evaluate((main) => main.getBoundingClientRect().width);
    expect(chartWidth).toBeLessThanOrEqual(mainWidth);
  });

  test("the PDF holds the seed claims, their verdicts and the corrections", async ({ page }) => {
    const json = await (await page.request.get("/api/v1/reports/verified?format=json")).json();
    const seed = json.claims.filter((c: { article_title: string }) => c.article_title === SEED_ARTICLE) as { statement: string; rating: string }[];
    expect(seed.length).toBeGreaterThanOrEqual(3);

    await page.goto("/reports");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download PDF" }).click();
    expect((await download).suggestedFilename()).toMatch(/^claimdesk-report-\d{4}-\d{2}-\d{2}\.pdf$/);

    const response = await page.request.get("/api/v1/reports/pdf");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="claimdesk-report-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The pages' text is deflated: none of it reads in the raw file.
    expect(pdf.toString("latin1")).toContain("/Filter /FlateDecode");
    expect(textRuns(pdf.toString("latin1"))).not.toContain("Verified-claims report");
    const text = pdfText(pdf);
    expect(text).toContain("Verified-claims report");
    expect(text).toContain("Verdicts by rating");
    for (const claim of seed) {
      expect(text).toContain(asPdf(claim.statement));
      expect(text).toContain(`Verdict: ${claim.rating}`);
    }
    expect(text).toContain("Corrections");
    expect(text).toContain(asPdf(SEED_CORRECTION));
  });

  test("the PDF is for signed-in users with valid filters only", async ({ page, browser }) => {
    expect((await page.request.get("/api/v1/reports/pdf?from=2026-02-30")).status()).toBe(422);
    const anonymous = await browser.newContext();
    const response = await anonymous.request.get(new URL("/api/v1/reports/pdf", page.url()).toString());
    expect(response.status()).toBe(401);
    await anonymous.close();
  });
});

test.describe("report filters", () => {
  test.use({ role: "editor" });

  test("speaker, rating and assignee narrow the report, its figures and its PDF", async ({ page, browser }) => {
    const article = await createArticle(page.request, { title: unique("Report filters") });
    const first = unique("Pat Quinn");
    const second = unique("Lee Moss");
    const assigned = await createClaim(page.request, { articleId: article.id, statement: unique("About 300 trucks left"), newSpeakerName: first, qualifier: "approximately", value: 300, unit: "truck" });
    const falseClaim = await createClaim(page.request, { articleId: article.id, statement: unique("The bridge “closed” in 2019"), newSpeakerName: first });
    const third = await createClaim(page.request, { articleId: article.id, statement: unique("Rainfall doubled"), newSpeakerName: second });
    const statements = await Promise.all([assigned, falseClaim, third].map(async (c) => (await (await page.request.get(`/api/v1/claims/${c.id}`)).json()).claim.statement as string));

    await page.goto(`/claims/${assigned.id}`);
    const assign = page.getByRole("form", { name: "Assignment" });
    // The others are assigned to the fact-checker who starts their review.
    await assign.getByLabel("Assigned to").selectOption({ label: "Eddie Editor (Editor)" });
    await assign.getByRole("button", { name: "Save assignment" }).click();
    await expect(assign.getByRole("status")).toContainText("Assignment saved.");
    await publishClaim(browser, assigned.id, "True");
    await publishClaim(browser, falseClaim.id, "False");
    await publishClaim(browser, third.id, "Unverifiable");

    await page.goto(`/reports?article=${article.id}`);
    expect(await cardFigure(page, "Published verdicts")).toBe("3");
    expect(await cardFigure(page, "Speakers")).toBe("2");
    expect(await cardFigure(page, "Rated false or mostly false")).toBe("33%");
    expect(await cardFigure(page, "Claims with a figure")).toBe("1");
    expect(await tableCount(page, "Verdicts by rating", "False")).toBe(1);
    expect(await tableCount(page, "Claims by speaker (top 10)", first)).toBe(2);
    expect(await tableCount(page, "Claims by speaker (top 10)", second)).toBe(1);

    const filters = page.getByRole("form", { name: "Filter the report" });
    const showsOnly = async (index: number) => {
      for (const [i, statement] of statements.entries())
        await expect(page.getByRole("heading", { name: statement })).toHaveCount(i === index ? 1 : 0);
      expect(await cardFigure(page, "Published verdicts")).toBe("1");
    };

    // The speaker is picked by typing its name and choosing it from the list.
    await filters.getByRole("combobox", { name: "Speaker" }).fill(second);
    await page.getByRole("listbox", { name: "Speaker" }).getByRole("option", { name: second, exact: true }).click();
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/speaker=\d+/);
    await showsOnly(2);
    await expect(page.getByText(`Speaker: ${second}`)).toBeVisible();

    await filters.getByRole("combobox", { name: "Speaker" }).fill("");
    await filters.getByLabel("Rating").selectOption({ label: "False" });
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/rating=\d+/);
    await showsOnly(1);

    await filters.getByLabel("Rating").selectOption({ label: "All ratings" });
    await filters.getByLabel("Assignee").selectOption({ label: "Eddie Editor" });
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/assignee=/);
    await showsOnly(0);

    // The PDF link carries the same selection.
    const href = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
    expect(href).toContain(`article=${article.id}`);
    expect(href).toContain("assignee=");
    const text = pdfText(await (await page.request.get(href!)).body());
    expect(text).toContain(asPdf(statements[0]));
    expect(text).not.toContain(asPdf(statements[1]));
    expect(text).toContain("Assigned to: Eddie Editor");
    expect(text).toContain("Figure: about 300 trucks");
  });

  test("an empty selection says so instead of drawing empty charts", async ({ page }) => {
    const article = await createArticle(page.request);
    await page.goto(`/reports?article=${article.id}`);
    expect(await cardFigure(page, "Published verdicts")).toBe("0");
    await expect(page.getByRole("region", { name: "Verdicts by rating" })).toContainText("Nothing to chart in this selection.");
    await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
    await expect(page.getByText("No verdict has been published in this selection yet.")).toBeVisible();
  });
});
