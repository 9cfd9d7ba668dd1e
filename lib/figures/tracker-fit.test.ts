import { describe, expect, it } from "vitest";
import { trackerFit, TRACKER_DATE_REACH_DAYS, type TrackerProfile } from "./tracker-fit";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const tracker: TrackerProfile = {
  unit: "civilian",
  description: "Civilians evacuated from Baghouz",
  reports: [{ text: "Nearly 20,000 civilians had left the shrinking area around Baghouz in recent weeks, the SDF said.", date: day("2019-02-20") }],
};

describe("trackerFit", () => {
  it("fits a claim with the unit, the key terms and a date near the reports", () => {
    expect(trackerFit(tracker, { unit: "civilian", text: "About 3,000 civilians were evacuated from Baghouz on Thursday.", date: day("2019-02-21") })).toMatchObject({ fits: true });
  });

  it("fits through a report's wording when the description's terms are missing", () => {
    const fit = trackerFit(tracker, { unit: "civilian", text: "More than 20,000 civilians have left the shrinking area in recent weeks.", date: day("2019-02-22") });
    expect(fit.fits).toBe(true);
    expect(fit.score).toBeGreaterThan(0.2);
  });

  it("refuses another unit, unrelated wording, or a date far from the reports", () => {
    expect(trackerFit(tracker, { unit: "truck", text: "17 trucks were evacuated from Baghouz.", date: day("2019-02-20") }).fits).toBe(false);
    expect(trackerFit(tracker, { unit: "civilian", text: "Cholera has sickened 400 civilians in Lusaka.", date: day("2019-02-20") }).fits).toBe(false);
    const late = new Date(day("2019-02-20").getTime() + (TRACKER_DATE_REACH_DAYS + 1) * 86_400_000);
    expect(trackerFit(tracker, { unit: "civilian", text: "3,000 civilians were evacuated from Baghouz.", date: late }).fits).toBe(false);
  });

  it("takes any date while the tracker has no reports", () => {
    expect(trackerFit({ ...tracker, reports: [] }, { unit: "civilian", text: "Civilians evacuated from Baghouz number 5,000.", date: day("2030-01-01") }).fits).toBe(true);
  });
});
