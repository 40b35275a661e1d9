// CSV as RFC 4180 writes it: CRLF line ends, fields quoted when they hold a
// comma, quote, CR or LF, quotes doubled. Files start with a UTF-8 BOM so
// Excel opens Vietnamese text as UTF-8 instead of the ANSI code page.
export const BOM = '\uFEFF';

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}
