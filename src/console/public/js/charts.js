/** Small SVG charts drawn from numbers: vertical bars and a donut. Colours come from the stylesheet. */
import { s } from './dom.js';
import { formatNumber, formatPercent, t } from './i18n.js';

/** Vertical bars: [{label, value}]. */
export function barChart(title, data, { id } = {}) {
  const width = 520;
  const height = 240;
  const top = 24;
  const bottom = 36;
  const left = 12;
  const max = Math.max(1, ...data.map((d) => d.value));
  const slot = (width - left * 2) / Math.max(1, data.length);
  const bar = Math.min(56, slot * 0.6);
  const plot = height - top - bottom;
  return s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'chart bar-chart', role: 'img', 'aria-label': title, id },
    s('title', null, title),
    s('line', { x1: left, x2: width - left, y1: top + plot, y2: top + plot, class: 'axis' }),
    data.map((d, i) => {
      const x = left + slot * i + (slot - bar) / 2;
      const h = (d.value / max) * plot;
      const y = top + plot - h;
      return s(
        'g',
        { class: 'bar', 'data-label': d.label, 'data-value': String(d.value) },
        s('title', null, t('report.chart', { label: d.label, value: formatNumber(d.value) })),
        s('rect', { x, y, width: bar, height: Math.max(h, d.value > 0 ? 1 : 0), rx: 3 }),
        s('text', { x: x + bar / 2, y: y - 6, 'text-anchor': 'middle', class: 'value' }, formatNumber(d.value)),
        s('text', { x: x + bar / 2, y: height - bottom + 18, 'text-anchor': 'middle', class: 'label' }, d.label),
      );
    }),
  );
}

/** A donut of parts [{label, value, class}] with a legend and the total in the middle. */
export function donutChart(title, parts, { id } = {}) {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const r = 70;
  const circumference = 2 * Math.PI * r;
  let offset = 0;
  const arcs = parts.map((p) => {
    const length = total > 0 ? (p.value / total) * circumference : 0;
    const arc = s(
      'circle',
      {
        cx: 100,
        cy: 100,
        r,
        class: `slice ${p.class ?? ''}`,
        'stroke-dasharray': `${length} ${circumference - length}`,
        'stroke-dashoffset': String(-offset),
        transform: 'rotate(-90 100 100)',
      },
      s('title', null, t('report.chart', { label: p.label, value: formatNumber(p.value) })),
    );
    offset += length;
    return arc;
  });
  return s(
    'svg',
    { viewBox: '0 0 420 200', class: 'chart donut-chart', role: 'img', 'aria-label': title, id },
    s('title', null, title),
    s('circle', { cx: 100, cy: 100, r, class: 'track' }),
    arcs,
    s('text', { x: 100, y: 108, 'text-anchor': 'middle', class: 'total' }, formatNumber(total)),
    parts.map((p, i) =>
      s(
        'g',
        { class: 'legend', 'data-label': p.label, 'data-value': String(p.value) },
        s('rect', { x: 220, y: 50 + i * 34, width: 16, height: 16, rx: 3, class: `swatch ${p.class ?? ''}` }),
        s(
          'text',
          { x: 244, y: 63 + i * 34, class: 'label' },
          `${p.label} ${formatNumber(p.value)}${total > 0 ? ` (${formatPercent(p.value / total)})` : ''}`,
        ),
      ),
    ),
  );
}
