/**
 * Turns the raw runs into the summary (medians, ratios, targets with PASS/MISS) and prints it
 * as a table. A figure that could not be measured is "n/a" with its reason.
 */
import { max, median, medianOf, round } from './stats.mjs';

const KB = 1024;

/** The first reason any run gives for n/a, or null. */
const naReason = (runs) => runs?.find((r) => r?.na)?.na ?? null;
const ok = (runs) => (runs ?? []).filter((r) => r && !r.na);

function row(figure, size, waymark, baseline, relation, target, status, note = '') {
  return { figure, size, waymark, baseline, relation, target, status, note };
}

const fmtMs = (v) => (v === null || v === undefined ? 'n/a' : `${round(v, v < 10 ? 1 : 0)} ms`);
const fmtKb = (v) => (v === null || v === undefined ? 'n/a' : `${round(v / KB, 1)} KB`);
const fmtMb = (v) => (v === null || v === undefined ? 'n/a' : `${round(v / (1024 * 1024), 1)} MB`);

function status(pass) {
  if (pass === null || pass === undefined) return 'n/a';
  return pass ? 'PASS' : 'MISS';
}

/** Builds the summary rows from `results` (see run.mjs for its shape). */
export function summarise(results) {
  const rows = [];
  const sizes = Object.keys(results.sizes)
    .map(Number)
    .sort((a, b) => a - b);

  for (const size of sizes) {
    const s = results.sizes[size];
    const w = ok(s.open?.waymark);
    const b = ok(s.open?.baseline);
    const wMs = medianOf(w, 'ms');
    const bMs = medianOf(b, 'ms');
    const ratio = wMs !== null && bMs ? wMs / bMs : null;
    const notes = [];
    const statuses = new Set(w.map((r) => r.status));
    if (statuses.has('partial'))
      notes.push(
        `virtualised: ${median(w.map((r) => r.count))} of ${size} cards in the DOM, ${median(w.map((r) => r.inViewport))} in view`,
      );
    const reason = naReason(s.open?.waymark) ?? (wMs === null ? naReason(s.open?.baseline) : null);
    rows.push(
      row(
        'Open → all cards painted',
        size,
        wMs === null ? `n/a` : fmtMs(wMs),
        fmtMs(bMs),
        ratio === null ? 'n/a' : `${round(ratio, 2)}×`,
        '≤ 1.3× baseline',
        status(ratio === null ? null : ratio <= 1.3),
        wMs === null ? (reason ?? '') : notes.join('; '),
      ),
    );
    s.summary = { open: { waymarkMs: wMs, baselineMs: bMs, ratio } };

    for (const kind of ['pan', 'zoom', 'drag']) {
      const wr = ok(s[kind]?.waymark);
      const br = ok(s[kind]?.baseline);
      const wShare = medianOf(wr, 'overBudgetShare');
      const bShare = medianOf(br, 'overBudgetShare');
      const wMed = medianOf(wr, 'median');
      const bMed = medianOf(br, 'median');
      const wP95 = medianOf(wr, 'p95');
      const bP95 = medianOf(br, 'p95');
      const wMax = max(wr.map((r) => r.max));
      const bMax = max(br.map((r) => r.max));
      const diff = wShare !== null && bShare !== null ? wShare - bShare : null;
      const reason = wr.length === 0 ? naReason(s[kind]?.waymark) : null;
      const cell = (med, p95, share, mx) =>
        med === null
          ? 'n/a'
          : `${round(med, 1)}/${round(p95, 0)}/${round(mx, 0)} ms, ${round(share, 1)} % over`;
      rows.push(
        row(
          `Frames: ${kind === 'pan' ? 'panning' : kind === 'zoom' ? 'zooming' : 'dragging a card'}`,
          size,
          cell(wMed, wP95, wShare, wMax),
          cell(bMed, bP95, bShare, bMax),
          diff === null ? 'n/a' : `${diff >= 0 ? '+' : ''}${round(diff, 1)} pts`,
          '≤ baseline + 5 pts',
          status(diff === null ? null : diff <= 5),
          reason ?? methodNote(wr),
        ),
      );
      if (kind === 'drag' && size === results.detailSize) {
        rows.push(
          row(
            'Longest frame while dragging',
            size,
            fmtMs(wMax),
            fmtMs(bMax),
            '',
            '≤ 50 ms',
            status(wMax === null ? null : wMax <= 50),
            reason ?? '',
          ),
        );
      }
      s.summary[kind] = {
        waymark: { median: wMed, p95: wP95, max: wMax, overBudgetShare: wShare },
        baseline: { median: bMed, p95: bP95, max: bMax, overBudgetShare: bShare },
        shareDifferencePoints: diff,
      };
    }
  }

  const d = results.detail ?? {};
  const size = results.detailSize;
  // Typing
  if (d.typing) {
    const t = d.typing;
    if (t.na) {
      rows.push(
        row(
          'Keypress → paint, typing in a card',
          size,
          'n/a',
          '—',
          '',
          'median < 30 ms',
          'n/a',
          t.na,
        ),
      );
    } else {
      rows.push(
        row(
          `Keypress → paint, typing in ${t.where === 'card' ? 'a card' : t.where}`,
          size,
          `${fmtMs(t.median)} (p95 ${fmtMs(t.p95)})`,
          '—',
          '',
          'median < 30 ms',
          t.where === 'card' ? status(t.median < 30) : 'n/a',
          t.note ?? '',
        ),
      );
    }
  }
  if (d.autosave) {
    const a = d.autosave;
    if (a.na) {
      rows.push(
        row('Autosave: main thread blocked per save', size, 'n/a', '—', '', '< 10 ms', 'n/a', a.na),
      );
    } else {
      rows.push(
        row(
          'Autosave: longest main-thread task per save (median, max)',
          size,
          `${fmtMs(a.blockMedian)}, max ${fmtMs(a.blockMax)}`,
          '—',
          '',
          '< 10 ms',
          status(a.blockMedian === null ? null : a.blockMedian < 10),
          a.note ?? '',
        ),
      );
      rows.push(
        row(
          'Autosave: main-thread total after the edit task / edit task',
          size,
          `${fmtMs(a.totalMedian)} / ${fmtMs(a.inputTaskMedian)}`,
          '—',
          '',
          '',
          '',
          'edit task = keydown handling incl. render and the synchronous start of the save',
        ),
      );
      rows.push(
        row(
          'Autosave: keypress → "Saved" (committed)',
          size,
          fmtMs(a.commitMedian),
          '—',
          '',
          '',
          '',
          '',
        ),
      );
    }
  }
  if (d.png) {
    const p = d.png;
    const wMs = p.waymark?.na ? null : (p.waymark?.ms ?? null);
    const bMs = p.baseline?.na ? null : (p.baseline?.ms ?? null);
    const ratio = wMs !== null && bMs ? wMs / bMs : null;
    rows.push(
      row(
        'PNG export (baseline: html-to-image)',
        size,
        wMs === null ? 'n/a' : fmtMs(wMs),
        bMs === null ? 'n/a' : fmtMs(bMs),
        ratio === null ? 'n/a' : `${round(ratio, 2)}×`,
        '≤ 0.5× baseline',
        status(ratio === null ? null : ratio <= 0.5),
        [
          p.waymark?.na && `Waymark: ${p.waymark.na}`,
          p.baseline?.na && `baseline: ${p.baseline.na}`,
        ]
          .filter(Boolean)
          .join('; '),
      ),
    );
    rows.push(
      row(
        'PNG export: peak JS heap growth',
        size,
        p.waymark?.na ? 'n/a' : fmtMb(p.waymark?.heapGrowth),
        p.baseline?.na ? 'n/a' : fmtMb(p.baseline?.heapGrowth),
        '',
        '',
        '',
        'JS heap only (usedJSHeapSize, page + CDP samples, minus the value before); canvas bitmaps are not in it',
      ),
    );
  }
  if (d.json) {
    for (const kind of ['export', 'import']) {
      const j = d.json[kind];
      if (!j) continue;
      rows.push(
        row(
          `JSON ${kind}`,
          size,
          j.na ? 'n/a' : fmtMs(j.ms),
          '—',
          '',
          '',
          '',
          j.na ?? j.note ?? '',
        ),
      );
    }
  }
  const js = results.js;
  if (js) {
    if (js.na) {
      rows.push(row('First-screen JS (gzip)', '', 'n/a', '—', '', '< 250 KB', 'n/a', js.na));
    } else {
      rows.push(
        row(
          'First-screen JS (gzip)',
          '',
          fmtKb(js.firstScreenGzip),
          js.baseline ? fmtKb(js.baseline.firstScreenGzip) : '—',
          '',
          '< 250 KB',
          status(js.firstScreenGzip < 250 * KB),
          js.firstScreenChunks.join(', '),
        ),
      );
      rows.push(
        row(
          'All JS (gzip)',
          '',
          fmtKb(js.totalJsGzip),
          js.baseline ? fmtKb(js.baseline.totalJsGzip) : '—',
          '',
          '',
          '',
          `${Object.keys(js.chunks).filter((f) => /\.m?js$/.test(f)).length} chunks`,
        ),
      );
    }
  }
  return rows;
}

function methodNote(runs) {
  const methods = [...new Set(runs.map((r) => r.method).filter(Boolean))];
  return methods.length ? `Waymark via ${methods.join(', ')}` : '';
}

/** A fixed-width table for the terminal. */
export function formatTable(rows) {
  const head = ['Figure', 'Cards', 'Waymark', 'Baseline', 'vs base', 'Target', 'Result'];
  const body = rows.map((r) => [
    r.figure,
    String(r.size ?? ''),
    r.waymark,
    r.baseline,
    r.relation,
    r.target,
    r.status,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((line) => line[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [
    'Frames cells: median / p95 / max rAF delta, and the share of frames over 16.7 ms.',
    line(head),
    widths.map((w) => '─'.repeat(w)).join('  '),
  ];
  for (const [i, cells] of body.entries()) {
    out.push(line(cells));
    if (rows[i].note) out.push(`${' '.repeat(widths[0] + 2)}↳ ${rows[i].note}`);
  }
  return out.join('\n');
}
