import { describe, expect, it } from "vitest";
import { can, ROLES } from "./roles";
import { refusalSentence, restrictionOf } from "./restricted-pages";

describe("restricted pages", () => {
  it("names the roles that may open a page, fewest words first", () => {
    expect(refusalSentence("/admin/users")).toBe("You need the admin role to manage the desk's users.");
    expect(refusalSentence("/imports")).toBe("You need the fact-checker, editor or admin role to import claims and articles.");
    expect(refusalSentence("/articles/new")).toBe("You need the fact-checker, editor or admin role to add articles.");
    expect(refusalSentence("/settings/publishing")).toBe("You need the admin role to change how verdicts are published.");
  });

  it("covers a page's sub-pages, but not everyone's own API tokens under /settings", () => {
    expect(restrictionOf("/admin/users/12")?.path).toBe("/admin/users");
    expect(restrictionOf("/settings")?.permission).toBe("settings.manage");
    expect(restrictionOf("/settings/tokens")).toBeUndefined();
    expect(restrictionOf("/settingsx")).toBeUndefined();
    expect(restrictionOf("/claims")).toBeUndefined();
  });

  it("says something sensible for a page it does not list", () => {
    expect(refusalSentence("/somewhere")).toBe("Your role does not allow you to open this page.");
  });

  it("the roles it names are exactly those that hold the permission", () => {
    const named = refusalSentence("/imports");
    for (const role of ROLES) {
      const label = { admin: "admin", editor: "editor", factchecker: "fact-checker", viewer: "viewer" }[role];
      expect(named.includes(` ${label}`)).toBe(can(role, "claim.create"));
    }
  });
});
