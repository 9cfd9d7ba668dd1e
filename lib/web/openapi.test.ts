import { describe, expect, it } from "vitest";
import { getOpenApiDocument } from "./openapi";
import { ZClaimListApiQuery, ZReportExportQuery } from "@/lib/validation/filters";

describe("the OpenAPI document", () => {
  const doc = JSON.parse(JSON.stringify(getOpenApiDocument()));

  it("is OpenAPI 3.1 with bearer auth and the error shape", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.schemas.Error.properties.error.required).toEqual(expect.arrayContaining(["code", "message", "fields"]));
  });

  it("lists every v1 path", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/v1/article-previews", "/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/claims", "/api/v1/claims/{id}", "/api/v1/claims/{id}/evidence",
        "/api/v1/claims/{id}/workflow", "/api/v1/evidence/{id}/file", "/api/v1/openapi.json", "/api/v1/people", "/api/v1/ratings",
        "/api/v1/reports/verified", "/api/v1/reports/pdf", "/api/v1/claims/{id}/external-fact-checks", "/api/v1/claims/{id}/matches", "/api/v1/speakers", "/api/v1/speakers/{id}", "/api/v1/tokens", "/api/v1/tokens/{id}",
        "/api/v1/trackers", "/api/v1/trackers/{id}", "/api/v1/trackers/{id}/claims", "/api/v1/trackers/{id}/export",
      ].sort(),
    );
  });

  it("describes the article preview and the archive checks on evidence", () => {
    const preview = doc.paths["/api/v1/article-previews"].post;
    expect(preview.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ArticleFromUrl" });
    expect(Object.keys(preview.responses)).toEqual(expect.arrayContaining(["200", "403", "422"]));
    expect(doc.components.schemas.ArticlePreview.required).toEqual(expect.arrayContaining(["title", "outlet", "url", "body"]));
    expect(doc.components.schemas.WebSnapshot.properties.outcome.enum).toEqual(["archived", "unchanged", "changed", "gone", "failed"]);
  });

  it("takes request bodies from the shared validation schemas", () => {
    const body = doc.paths["/api/v1/claims"].post.requestBody.content["application/json"].schema;
    expect(body).toEqual({ $ref: "#/components/schemas/ClaimCreate" });
    expect(doc.components.schemas.ClaimCreate.required).toContain("statement");
    // PATCH is a merge patch: only the version is required; a nullable field may be cleared with null.
    expect(doc.components.schemas.ClaimPatch.required).toEqual(["version"]);
    expect(JSON.stringify(doc.components.schemas.ClaimPatch.properties.unit)).toContain("null");
    expect(doc.components.schemas.ClaimPatch.additionalProperties).toBe(false);
    expect(doc.components.schemas.TokenCreate.properties.scope.enum).toEqual(["read", "write"]);
  });

  it("describes trackers: the create body, reports with their intervals, conflicts and both export formats", () => {
    expect(doc.components.schemas.TrackerCreate.properties.kind.enum).toEqual(["cumulative", "level"]);
    expect(doc.components.schemas.TrackerCreate.required).toEqual(expect.arrayContaining(["description", "unit", "kind"]));
    expect(doc.components.schemas.TrackerReport.properties.interval).toBeDefined();
    expect(doc.components.schemas.TrackerConflict.properties.kind.enum).toEqual(["same_window", "cumulative_fall"]);
    expect(Object.keys(doc.paths["/api/v1/trackers/{id}/export"].get.responses["200"].content)).toEqual(["text/csv", "application/json"]);
    expect(doc.paths["/api/v1/trackers/{id}/claims"].post.responses["409"]).toBeDefined();
  });

  it("documents cursor pagination and the 409 on a stale edit", () => {
    const names = doc.paths["/api/v1/claims"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(["cursor", "limit", "q", "article"]));
    expect(doc.paths["/api/v1/claims/{id}"].patch.responses["409"]).toBeDefined();
  });

  it("takes query parameters from the schemas the handlers parse queries with", () => {
    const names = (path: string) => doc.paths[path].get.parameters.map((p: { name: string }) => p.name).sort();
    expect(names("/api/v1/claims")).toEqual(Object.keys(ZClaimListApiQuery.shape).sort());
    expect(names("/api/v1/reports/verified")).toEqual(Object.keys(ZReportExportQuery.shape).sort());
    const status = doc.paths["/api/v1/claims"].get.parameters.find((p: { name: string }) => p.name === "status");
    expect(status.schema.enum).toEqual(["unverified", "in_review", "verdict_proposed", "published"]);
  });

  it("describes answers with the schemas every JSON answer is checked against, dates as date-time strings", () => {
    const page = doc.paths["/api/v1/claims"].get.responses["200"].content["application/json"].schema;
    expect(page.properties.claims.items).toEqual({ $ref: "#/components/schemas/ClaimSummary" });
    expect(doc.components.schemas.ClaimSummary.properties.updatedAt).toEqual({ type: "string", format: "date-time" });
    expect(doc.components.schemas.Error.properties.error.properties.code.enum).toEqual(
      expect.arrayContaining(["bad_request", "payload_too_large", "unsupported_media_type", "invalid"]),
    );
  });
});
