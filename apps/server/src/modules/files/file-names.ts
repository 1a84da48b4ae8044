/**
 * Characters a file name never keeps: C0 and C1 controls and DEL, and the invisible formatting
 * characters that make a name display as something else: bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069; "invoice\u202Efdp.exe" shows as "invoiceexe.pdf"), the
 * directional marks (U+200E, U+200F, U+061C), the line and paragraph separators and the BOM.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Half a surrogate pair (a name cut in the middle of an emoji): encodeURIComponent would throw on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A name as stored and offered back on download: no control or bidi characters, no path, at most 200 characters. */
export function safeFileName(name: string, fallback = 'file'): string {
  const cleaned = name.replace(LONE_SURROGATE, '').replace(INVISIBLE, '').replace(/[\\/]/g, '_').trim();
  return Array.from(cleaned).slice(0, 200).join('') || fallback;
}
