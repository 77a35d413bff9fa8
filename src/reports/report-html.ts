/** A report document as one self-contained HTML page (its chart inlined as a data: URL, no script). */
import type { Block, ReportDocument } from './annual-report.document.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}
h1{font-size:1.6rem;text-align:center;margin-bottom:.2rem}.subtitle{text-align:center;color:#666;margin-top:0}
h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}table{border-collapse:collapse;margin:.8rem 0;width:100%}
th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left}th{background:#f0f3f8}figure{margin:1rem 0;text-align:center}
figure img{max-width:100%;height:auto}figcaption{color:#555;font-size:.9rem}`;

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'subtitle':
      return `<p class="subtitle">${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'table':
      return (
        `<table><thead><tr>${block.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>` +
        block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('') +
        '</tbody></table>'
      );
    case 'chart':
      return (
        `<figure><img src="data:image/png;base64,${block.png.toString('base64')}" width="${block.width / 2}" height="${block.height / 2}" ` +
        `alt="${escapeHtml(block.caption)}"><figcaption>${escapeHtml(block.caption)}</figcaption></figure>`
      );
    default: {
      const exhaustive: never = block;
      return exhaustive;
    }
  }
}

export function reportHtml(document: ReportDocument): string {
  return (
    `<!doctype html>\n<html lang="${document.language}"><head><meta charset="utf-8"><title>${escapeHtml(document.title)}</title>` +
    `<style>${STYLE}</style></head><body>\n${document.blocks.map(blockHtml).join('\n')}\n</body></html>\n`
  );
}
