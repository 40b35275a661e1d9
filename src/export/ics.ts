// iCalendar (RFC 5545) by hand: the few rules that matter are text escaping
// (3.3.11), CRLF line ends and folding at 75 octets without splitting a UTF-8
// character (3.1). A library would add a dependency for ~40 lines.
export function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold one content line: at most 75 octets per physical line, continuations start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > 75) {
      out.push(cur);
      cur = ' ';
      bytes = 1;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n') + '\r\n';
}

/** 2025-11-15 -> 20251115 */
export function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}

export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** UTC date-time as DTSTAMP wants it: 20251127T153000Z */
export function icsStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface IcsEvent {
  uid: string;
  /** ISO date of the all-day event. */
  date: string;
  summary: string;
  description?: string;
}

export function icsEvent(e: IcsEvent, stamp: Date): string {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${icsStamp(stamp)}`,
    `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(e.date))}`,
    `SUMMARY:${icsText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${icsText(e.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]
    .map(foldLine)
    .join('');
}

export function icsHeader(prodVersion: string): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//congvan//congvan ${prodVersion}//VI`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Hạn nhiệm vụ (congvan)']
    .map(foldLine)
    .join('');
}

export const ICS_FOOTER = 'END:VCALENDAR\r\n';
