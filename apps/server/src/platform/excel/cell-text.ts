/**
 * Text that a spreadsheet would take for a formula once someone edits the cell or saves the sheet
 * as CSV (=, +, -, @, and tab or carriage return before them): written with a leading apostrophe,
 * as OWASP advises for CSV and formula injection, so "=HYPERLINK(…)" typed into a name or a note
 * stays text in every export. Numbers are not text: a negative number stays a number.
 */
export function inertText(text: string): string {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? `'${text}` : text;
}
