// `npm run eval -- --wrap N`: re-wraps a text as a PDF text layer without layout gives it, to measure how
// the rules stand line breaks the golds' sources do not have. Choices:
// - a paragraph is a line and the lines after it that open with a lower-case letter (a source wrapped by
//   its own tool goes on that way); it is joined with spaces and broken again at spaces, at most N a line;
// - kept as they are: blank lines, table rows (a tab, a bar, or a run of three spaces between words: the
//   columns of a layout dump), the lines of a table (a row at most 8 lines above and below: cells over
//   lines; after a row of three tab cells or more, up to a blank line: tables converted one cell a line)
//   and lines under 40 characters (letter-head cells, labels, signature lines), which neither open a
//   paragraph nor join one, except a short lower-case tail of a paragraph;
// - a word longer than N stands on its own line.

export const SHORT_LINE = 40;

const isRow = (line: string) => /[\t|]/.test(line) || /\S {3,}\S/.test(line.trim());
// a lower-case letter that is not an item's mark ("a)", "đ."), or a number going on in lower case ("2025 của")
const opensLower = (line: string) => /^(?:\p{Ll}(?![).])|\d(?:[\d/.,-]*\d)?\s+\p{Ll})/u.test(line.trim());

/** Which lines stand in a table: near rows on both sides, or under a row of three cells up to a blank line. */
function tableLines(lines: string[]): boolean[] {
  const rows = lines.map(isRow);
  const near = (i: number, step: number) => {
    for (let k = 1; k <= 8; k++) if (rows[i + k * step]) return true;
    return false;
  };
  const out = lines.map((_, i) => rows[i]! || (near(i, -1) && near(i, 1)));
  let cells = false;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) cells = false;
    else if ((lines[i]!.match(/\t/g) ?? []).length >= 2) cells = true;
    else if (cells) out[i] = true;
  }
  return out;
}

/** Break one paragraph at spaces into lines of at most `width` characters. */
export function breakLine(text: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

/** The text re-wrapped at `width` characters a line (see the choices above). */
export function wrapText(text: string, width: number): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const table = tableLines(lines);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || table[i] || line.trim().length < SHORT_LINE) {
      out.push(line);
      continue;
    }
    let para = line.trim();
    while (i + 1 < lines.length && lines[i + 1]!.trim() && !table[i + 1] && opensLower(lines[i + 1]!)) para += ' ' + lines[++i]!.trim();
    out.push(...breakLine(para, width));
  }
  return out.join('\n');
}
