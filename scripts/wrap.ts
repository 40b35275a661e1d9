// `npm run eval -- --wrap N`: re-wraps a text as a PDF text layer without layout gives it, to measure how
// the rules stand line breaks the golds' sources do not have. Choices:
// - a paragraph is a line and the lines after it that open with a lower-case letter (a source wrapped by
//   its own tool goes on that way); it is joined with spaces and broken again at spaces, at most N a line;
// - kept as they are: blank lines, table rows (a tab, a bar, or a run of three spaces between words: the
//   columns of a layout dump) and lines under 40 characters (letter-head cells, labels, signature lines),
//   which neither open a paragraph nor join one, except a short lower-case tail of a paragraph;
// - a word longer than N stands on its own line.

export const SHORT_LINE = 40;

const isRow = (line: string) => /[\t|]/.test(line) || /\S {3,}\S/.test(line.trim());
// a lower-case letter that is not an item's mark ("a)", "đ.")
const opensLower = (line: string) => /^\p{Ll}(?![).])/u.test(line.trim());

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
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || isRow(line) || line.trim().length < SHORT_LINE) {
      out.push(line);
      continue;
    }
    let para = line.trim();
    while (i + 1 < lines.length && lines[i + 1]!.trim() && !isRow(lines[i + 1]!) && opensLower(lines[i + 1]!)) para += ' ' + lines[++i]!.trim();
    out.push(...breakLine(para, width));
  }
  return out.join('\n');
}
