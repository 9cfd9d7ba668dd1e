import { describe, expect, it } from "vitest";
import { claimPageSql } from "./claim-page-sql";

describe("claimPageSql", () => {
  it("takes the claim's id as its only parameter on either engine", () => {
    expect(claimPageSql("sqlite").match(/\?/g)).toHaveLength(1);
    expect(claimPageSql("sqlite")).not.toMatch(/\$\d/);
    expect(claimPageSql("postgres").match(/\$\d+/g)).toEqual(["$1"]);
    expect(claimPageSql("postgres")).not.toMatch(/\?/);
  });

  it("writes each engine's JSON functions and no other's", () => {
    expect(claimPageSql("sqlite")).toMatch(/json_group_array/);
    expect(claimPageSql("sqlite")).not.toMatch(/json_agg|json_build_object|::/);
    expect(claimPageSql("postgres")).toMatch(/json_agg/);
    expect(claimPageSql("postgres")).not.toMatch(/json_group_array|json_extract|json_object\(/);
  });
});
