/** Dates as the desk reads them, always in UTC so every reader sees the same day. */
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export const formatDate = (date: Date | null | undefined) => (date ? dateFormat.format(date) : "");
export const formatDateTime = (date: Date | null | undefined) => (date ? dateTimeFormat.format(date) : "");
/** YYYY-MM-DD, what date inputs take. */
export const isoDay = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");

/** A list's total as counted up to a cap: "1,234", or "10,000+" when the count stopped at the cap. */
export function formatCount(total: number, capped: boolean): string {
  return `${total.toLocaleString("en-GB")}${capped ? "+" : ""}`;
}
