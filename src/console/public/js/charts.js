/**
 * Small SVG charts drawn from numbers: vertical bars and a donut. Colours come from the stylesheet.
 * Labels are measured (estimated from their characters: a CJK character is about one em wide, a
 * Latin one about 0.6 em) before the chart is laid out, so that long labels in either language
 * neither overlap nor fall outside the picture: bar labels tilt when they do not fit their slot,
 * and the donut's legend goes below it, the picture as wide as its longest line.
 */
import { s } from './dom.js';
import { formatNumber, formatPercent, t } from './i18n.js';

const LABEL_SIZE = 12;
const LEGEND_SIZE = 13;

let context = null;

/**
 * The width of `text` at `size` px in the page's font: measured on a canvas, with a margin; where
 * there is no canvas, estimated generously from its characters.
 */
export function textWidth(text, size) {
  try {
    context ??= document.createElement('canvas').getContext('2d');
    if (context) {
      context.font = `${size}px ${getComputedStyle(document.documentElement).fontFamily}`;
      return context.measureText(String(text)).width * 1.08 + 2;
    }
  } catch {
    // no canvas: estimate
  }
  let em = 0;
  for (const ch of String(text)) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80) em += 1;
    else if (/[A-Z0-9mwMW%]/.test(ch)) em += 0.72;
    else if (ch === ' ' || /[il.,:;'|]/.test(ch)) em += 0.34;
    else em += 0.62;
  }
  return em * size;
}

const TILT = 35;
const COS = Math.cos((TILT * Math.PI) / 180);
const SIN = Math.sin((TILT * Math.PI) / 180);

/** Vertical bars: [{label, value}]. */
export function barChart(title, data, { id } = {}) {
  // Few bars draw narrower, so that on a phone their labels stay readable.
  const width = Math.min(520, Math.max(320, data.length * 90));
  const top = 24;
  const plot = 180;
  const n = Math.max(1, data.length);
  const widest = Math.max(0, ...data.map((d) => textWidth(d.label, LABEL_SIZE)));
  // Upright labels while each fits its slot; tilted (anchored at the bar's middle) otherwise.
  let left = 12;
  let slot = (width - left * 2) / n;
  const tilted = widest > slot - 6;
  if (tilted) {
    // The first label runs left from its bar's middle: leave room for it (left + slot / 2 ≥ its reach).
    const reach = widest * COS + 6;
    left = Math.max(12, (reach - (width - 12) / (2 * n)) / (1 - 1 / (2 * n)));
    slot = (width - left - 12) / n;
  }
  const bottom = tilted ? Math.ceil(widest * SIN + LABEL_SIZE + 16) : 36;
  const height = top + plot + bottom;
  const bar = Math.min(56, slot * 0.6);
  const max = Math.max(1, ...data.map((d) => d.value));
  return s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: `chart bar-chart${tilted ? ' tilted' : ''}`, role: 'img', 'aria-label': title, id },
    s('title', null, title),
    s('line', { x1: left, x2: width - 12, y1: top + plot, y2: top + plot, class: 'axis' }),
    data.map((d, i) => {
      const x = left + slot * i + (slot - bar) / 2;
      const h = (d.value / max) * plot;
      const y = top + plot - h;
      const cx = x + bar / 2;
      const ly = top + plot + 18;
      return s(
        'g',
        { class: 'bar', 'data-label': d.label, 'data-value': String(d.value) },
        s('title', null, t('report.chart', { label: d.label, value: formatNumber(d.value) })),
        s('rect', { x, y, width: bar, height: Math.max(h, d.value > 0 ? 1 : 0), rx: 3 }),
        s('text', { x: cx, y: y - 6, 'text-anchor': 'middle', class: 'value' }, formatNumber(d.value)),
        tilted
          ? s('text', { x: cx, y: ly, 'text-anchor': 'end', class: 'label', transform: `rotate(-${TILT} ${cx} ${ly})` }, d.label)
          : s('text', { x: cx, y: ly, 'text-anchor': 'middle', class: 'label' }, d.label),
      );
    }),
  );
}

/** A donut of parts [{label, value, class}] with its legend below and the total in the middle. */
export function donutChart(title, parts, { id } = {}) {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const r = 70;
  const circumference = 2 * Math.PI * r;
  const lines = parts.map((p) => `${p.label} ${formatNumber(p.value)}${total > 0 ? ` (${formatPercent(p.value / total)})` : ''}`);
  const legendWidth = 24 + Math.max(0, ...lines.map((line) => textWidth(line, LEGEND_SIZE)));
  const width = Math.ceil(Math.max(200, legendWidth + 16));
  const cx = width / 2;
  const cy = 100;
  const legendTop = 200;
  const height = legendTop + parts.length * 26 + 8;
  const legendLeft = Math.max(8, (width - legendWidth) / 2);
  let offset = 0;
  const arcs = parts.map((p) => {
    const length = total > 0 ? (p.value / total) * circumference : 0;
    const arc = s(
      'circle',
      {
        cx,
        cy,
        r,
        class: `slice ${p.class ?? ''}`,
        'stroke-dasharray': `${length} ${circumference - length}`,
        'stroke-dashoffset': String(-offset),
        transform: `rotate(-90 ${cx} ${cy})`,
      },
      s('title', null, t('report.chart', { label: p.label, value: formatNumber(p.value) })),
    );
    offset += length;
    return arc;
  });
  return s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'chart donut-chart', role: 'img', 'aria-label': title, id },
    s('title', null, title),
    s('circle', { cx, cy, r, class: 'track' }),
    arcs,
    s('text', { x: cx, y: cy + 8, 'text-anchor': 'middle', class: 'total' }, formatNumber(total)),
    parts.map((p, i) =>
      s(
        'g',
        { class: 'legend', 'data-label': p.label, 'data-value': String(p.value) },
        s('rect', { x: legendLeft, y: legendTop + i * 26, width: 16, height: 16, rx: 3, class: `swatch ${p.class ?? ''}` }),
        s('text', { x: legendLeft + 24, y: legendTop + 13 + i * 26, class: 'legend-label' }, lines[i]),
      ),
    ),
  );
}
