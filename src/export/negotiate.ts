/**
 * Content negotiation for every listing and view: which format the caller asked for (`Accept`:
 * JSON, CSV or an .xlsx workbook), in which language (`Accept-Language`: Chinese by default, or
 * English), and the file name an export is saved under (`Content-Disposition`, RFC 6266, with the
 * UTF-8 name in `filename*` per RFC 8187/5987 and an ASCII one for old clients).
 */
import { CSV_TYPE, XLSX_TYPE } from '../office/media-types.ts';

export type Format = 'json' | 'csv' | 'xlsx';
export type Language = 'zh-CN' | 'en';

export const MEDIA_TYPES: Readonly<Record<Format, string>> = { json: 'application/json', csv: CSV_TYPE, xlsx: XLSX_TYPE };
export const EXTENSIONS: Readonly<Record<Exclude<Format, 'json'>, string>> = { csv: 'csv', xlsx: 'xlsx' };

/** In order of preference when the caller likes several equally (`*\/*` is JSON). */
const FORMATS: readonly Format[] = ['json', 'csv', 'xlsx'];

interface Range {
  type: string;
  subtype: string;
  q: number;
}

function qOf(params: readonly string[]): number {
  for (const param of params) {
    const [name, value] = param.split('=').map((s) => s.trim());
    if (name?.toLowerCase() === 'q') {
      const q = Number(value);
      return Number.isFinite(q) ? Math.min(1, Math.max(0, q)) : 0;
    }
  }
  return 1;
}

function ranges(accept: string): Range[] {
  return accept.split(',').flatMap((part) => {
    const [media = '', ...params] = part.split(';');
    const [type, subtype] = media.trim().toLowerCase().split('/');
    return type && subtype ? [{ type, subtype, q: qOf(params) }] : [];
  });
}

/** The q the caller gives a media type: that of its most specific matching range (RFC 9110 §12.5.1). */
function quality(all: readonly Range[], mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  const exact = all.find((r) => r.type === type && r.subtype === subtype);
  const partial = all.find((r) => r.type === type && r.subtype === '*');
  const any = all.find((r) => r.type === '*' && r.subtype === '*');
  return (exact ?? partial ?? any)?.q ?? 0;
}

/** The offered media type the caller gives the highest q (ties: the first offered); the first when it sends no Accept; null when it accepts none. */
export function preferredType<T extends string>(accept: string | undefined, offered: readonly T[]): T | null {
  if (!accept) return offered[0] ?? null;
  const all = ranges(accept);
  let best: T | null = null;
  let bestQ = 0;
  for (const type of offered) {
    const q = quality(all, type);
    if (q > bestQ) {
      best = type;
      bestQ = q;
    }
  }
  return best;
}

/** JSON unless the caller prefers CSV or .xlsx; a caller accepting none of the three gets JSON too. */
export function formatOf(accept: string | undefined): Format {
  const type = preferredType(accept, FORMATS.map((f) => MEDIA_TYPES[f]));
  return FORMATS.find((f) => MEDIA_TYPES[f] === type) ?? 'json';
}

/** English when the caller's most preferred language we have is English; Chinese otherwise. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const tags = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      return { tag: tag.trim().toLowerCase(), q: qOf(params), index };
    })
    .filter((t) => t.q > 0 && (t.tag === 'en' || t.tag.startsWith('en-') || t.tag === 'zh' || t.tag.startsWith('zh-')))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return tags[0]?.tag.startsWith('en') ? 'en' : 'zh-CN';
}

/** RFC 8187 ext-value: UTF-8, percent-encoding everything but attr-char. */
const extValue = (name: string) => `UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/** `attachment` with the file name; `asciiName` for clients that do not read `filename*`. */
export function contentDisposition(name: string, asciiName: string): string {
  const fallback = asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=${extValue(name)}`;
}
