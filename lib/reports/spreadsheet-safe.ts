/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
 * A leading apostrophe makes the cell plain text in Excel, LibreOffice and Google Sheets.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
