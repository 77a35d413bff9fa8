/**
 * Download buttons for a listing or view: the same API path the page reads, asked for as an Excel
 * workbook or as CSV, with column headers in the console's language; the server names the file.
 */
import { h } from './dom.js';
import { lang, t } from './i18n.js';
import { ApiError, download } from './api.js';

const FORMATS = [
  { format: 'xlsx', accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'download.xlsx' },
  { format: 'csv', accept: 'text/csv', label: 'download.csv' },
];

function save(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * `path`: the API path of the listing with its filters (e.g. /views/suggestions/pending-replies?overdue=true);
 * `formats`: what to offer (a report offers its own: a Word document, an HTML page).
 */
export function downloadButtons(path, formats = FORMATS) {
  const status = h('span', { class: 'download-status small', role: 'status' });
  const buttons = formats.map(({ format, accept, label }) => {
    const button = h('button', { type: 'button', class: 'download', dataset: { format } }, t(label));
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = t('download.preparing');
      try {
        const { blob, fileName } = await download(path, accept, lang());
        save(blob, fileName);
        status.textContent = '';
      } catch (error) {
        status.textContent = error instanceof ApiError ? error.text() : t('error.network');
      } finally {
        button.disabled = false;
      }
    });
    return button;
  });
  return h('span', { class: 'downloads no-print' }, buttons, status);
}
