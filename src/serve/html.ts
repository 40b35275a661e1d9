// HTML by template strings. Every piece of document text goes through esc():
// an OCR'd "<script>" is shown as text, never run (and the CSP forbids inline
// scripts besides).
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(v: unknown): string {
  return String(v ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** 2025-11-15 -> 15/11/2025 */
export function vnDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function layout(title: string, body: string, page: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · congvan</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body data-page="${esc(page)}">
<header class="top"><strong>congvan</strong>
<nav><a href="/">Văn bản đến</a><a href="/register">Sổ đăng ký</a></nav></header>
<main>
${body}
</main>
</body>
</html>
`;
}
