// The clerk's page in the browser: uploads and progress on the inbox; boxes,
// keyboard and saving on the review page. No framework, no build step; all
// document text arrives escaped in the HTML or is set with textContent.
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

function say(el, text, bad) {
  if (!el) return;
  el.textContent = text;
  el.classList.toggle('bad', !!bad);
}

// ---- inbox -------------------------------------------------------------

function inbox() {
  const form = $('#upload');
  const input = $('#file');
  const status = $('#upload-status');
  const tbody = $('#docs tbody');
  let timer = 0;

  async function refresh() {
    const res = await fetch('/api/docs/rows', { headers: { Accept: 'text/html' } });
    if (res.ok) tbody.innerHTML = await res.text(); // rendered and escaped by the server
    clearTimeout(timer);
    if ($('tr[data-pending]', tbody)) timer = setTimeout(refresh, 700);
  }

  async function upload(files) {
    if (!files.length) return;
    const body = new FormData();
    for (const f of files) body.append('file', f, f.name);
    say(status, `Đang tải lên ${files.length} tệp…`);
    try {
      const res = await fetch('/api/upload', { method: 'POST', body, headers: { Accept: 'application/json' } });
      const out = await res.json();
      const refused = (out.refused || []).map((r) => `${r.name}: ${r.code}`);
      const added = (out.added || []).length;
      say(status, `Đã nhận ${added} tệp.${refused.length ? ' Bị từ chối: ' + refused.join('; ') : ''}`, refused.length > 0);
    } catch (err) {
      say(status, `Không tải lên được: ${err}`, true);
    }
    input.value = '';
    refresh();
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    upload([...input.files]);
  });
  input.addEventListener('change', () => upload([...input.files]));
  for (const ev of ['dragenter', 'dragover']) {
    form.addEventListener(ev, (e) => {
      e.preventDefault();
      form.classList.add('over');
    });
  }
  form.addEventListener('dragleave', () => form.classList.remove('over'));
  form.addEventListener('drop', (e) => {
    e.preventDefault();
    form.classList.remove('over');
    upload([...e.dataTransfer.files]);
  });
  if ($('tr[data-pending]', tbody)) refresh();
}

// ---- review ------------------------------------------------------------

function review() {
  const root = $('.review');
  const id = root.dataset.id;
  const status = $('#save-status');
  const pages = $('#pages');
  const controls = $$('[data-field]', $('#fields'));
  // Doubted fields first, then the rest in form order.
  const order = [...controls.filter((c) => c.dataset.flag), ...controls.filter((c) => !c.dataset.flag)];
  let lastField = null;

  function light(path, on) {
    // Boxes on a page image, or marked spans of a text file's text.
    const rects = [...$$('rect.box').filter((r) => r.dataset.field === path), ...$$('.fld').filter((m) => m.dataset.fields.split(' ').includes(path))];
    for (const r of rects) r.classList.toggle('on', on);
    if (on && rects[0]) {
      // Scroll the page pane (not the window) so the box is in view.
      const box = rects[0].getBoundingClientRect();
      const pane = pages.getBoundingClientRect();
      if (box.top < pane.top || box.bottom > pane.bottom) pages.scrollBy({ top: box.top - pane.top - pane.height / 3, behavior: 'smooth' });
    }
  }

  for (const c of controls) {
    c.addEventListener('focus', () => {
      lastField = c;
      light(c.dataset.field, true);
    });
    c.addEventListener('blur', () => light(c.dataset.field, false));
    c.addEventListener('mouseenter', () => light(c.dataset.field, true));
    c.addEventListener('mouseleave', () => document.activeElement !== c && light(c.dataset.field, false));
    c.addEventListener('input', () => c.classList.toggle('changed', c.value !== c.dataset.orig));
  }
  for (const r of $$('rect.box')) {
    r.addEventListener('click', () => {
      const c = document.getElementById('f-' + r.dataset.field);
      if (c) c.focus();
    });
  }
  for (const a of $$('[data-go]')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const c = document.getElementById('f-' + a.dataset.go);
      if (c) {
        c.focus();
        c.scrollIntoView({ block: 'center' });
      }
    });
  }

  function move(step) {
    const at = order.indexOf(document.activeElement);
    const next = at < 0 ? order[step > 0 ? 0 : order.length - 1] : order[(at + step + order.length) % order.length];
    if (next) {
      next.focus();
      next.scrollIntoView({ block: 'center' });
    }
  }

  function accept() {
    const c = document.activeElement;
    if (order.includes(c)) {
      c.closest('.field').classList.add('accepted');
      c.closest('.field').classList.remove('flag');
    }
    move(1);
  }

  async function save(thenNext) {
    const changes = controls.filter((c) => c.value !== c.dataset.orig).map((c) => ({ field: c.dataset.field, value: c.value }));
    say(status, 'Đang lưu…');
    const res = await fetch(`/api/doc/${id}/save`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ changes }) });
    const out = await res.json().catch(() => ({}));
    if (!res.ok) return say(status, `Chưa lưu: ${out.text || res.status}`, true);
    for (const c of controls) {
      c.dataset.orig = c.value;
      c.classList.remove('changed');
    }
    const reg = out.registered ? ` Số đến ${out.registered.number}.` : '';
    say(status, `Đã lưu (${out.changed} chỗ sửa).${reg}`);
    if (thenNext) location.href = root.dataset.next || '/';
  }

  async function reprocess(discard) {
    if (discard && !confirm('Đọc lại văn bản và bỏ mọi chỗ đã sửa?')) return;
    const res = await fetch(`/api/doc/${id}/reprocess${discard ? '?discard=1' : ''}`, { method: 'POST' });
    if (res.ok) location.href = '/';
    else say(status, 'Không đọc lại được', true);
  }

  $('#save').addEventListener('click', () => save(false));
  $('#save-next').addEventListener('click', () => save(true));
  $('#reprocess').addEventListener('click', () => reprocess(false));
  $('#reprocess-discard').addEventListener('click', () => reprocess(true));

  document.addEventListener('keydown', (e) => {
    if (e.altKey && e.key === 'ArrowDown') move(1);
    else if (e.altKey && e.key === 'ArrowUp') move(-1);
    else if (e.altKey && e.key === 'Enter') accept();
    else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') save(true);
    else if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S')) save(false);
    else if (e.key === 'Escape') $('#alts').hidden = true;
    else return;
    e.preventDefault();
  });

  // A restored word: show what it read before and the other readings; a
  // reading clicked replaces the word in the field last worked on.
  const alts = $('#alts');
  for (const t of $$('button.tok')) {
    t.addEventListener('click', () => {
      alts.replaceChildren();
      const head = document.createElement('p');
      head.textContent = `“${t.textContent}” (${t.dataset.conf}%), trước khi khôi phục: “${t.dataset.before}”. Cách đọc khác:`;
      alts.append(head);
      for (const a of JSON.parse(t.dataset.alts || '[]')) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = a;
        b.addEventListener('click', () => {
          if (lastField && lastField.value.includes(t.textContent)) {
            lastField.value = lastField.value.replace(t.textContent, a);
            lastField.dispatchEvent(new Event('input'));
            say(status, `Đã thay “${t.textContent}” bằng “${a}” trong trường đang sửa.`);
          }
          alts.hidden = true;
        });
        alts.append(b);
      }
      const r = t.getBoundingClientRect();
      alts.hidden = false;
      alts.style.setProperty('top', `${window.scrollY + r.bottom + 4}px`);
      alts.style.setProperty('left', `${window.scrollX + r.left}px`);
    });
  }
  if (order[0] && order[0].dataset.flag) order[0].focus();
}

document.addEventListener('DOMContentLoaded', () => {
  const page = document.body.dataset.page;
  if (page === 'inbox') inbox();
  if (page === 'review') review();
});
