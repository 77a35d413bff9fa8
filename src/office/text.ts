/**
 * Text from office files, the one decoder: bytes are read in the charset the sender declared
 * (`charset=` of the Content-Type) or, when none is declared, the one detected — valid UTF-8 is
 * UTF-8, anything else GB18030 (what Chinese Excel and WPS save as "CSV"; a superset of GBK and
 * GB2312). A UTF-8 byte order mark wins over both. Bytes the charset cannot decode become U+FFFD,
 * and `badCharacter` finds those and control characters so that an import refuses them, naming the
 * row and column, before anything reaches the log.
 */
import iconv from 'iconv-lite';
import { DomainError } from '../errors.ts';

export type Charset = 'utf-8' | 'gb18030';

const CHARSETS: Readonly<Record<string, Charset>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
};

export const SUPPORTED_CHARSETS = Object.keys(CHARSETS);

const unsupported = (charset: string) =>
  new DomainError('unsupported_charset', `the charset ${JSON.stringify(charset)} is not supported; send UTF-8 or GB18030/GBK`, 415, {
    charset,
    supported: SUPPORTED_CHARSETS,
  });

/** The charset a Content-Type declares (null when none); 415 for one we do not read. */
export function declaredCharset(contentType: string | undefined): Charset | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  if (!match?.[1]) return null;
  const charset = CHARSETS[match[1].toLowerCase()];
  if (!charset) throw unsupported(match[1]);
  return charset;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Buffer, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The text of `bytes` (without a BOM), and the charset it was read in. */
export function decodeText(bytes: Buffer, declared: Charset | null): { text: string; charset: Charset } {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new DomainError('unsupported_charset', 'the file is UTF-16 ("Unicode text"); save it as "CSV UTF-8" or plain CSV', 415, {
      charset: 'utf-16',
      supported: SUPPORTED_CHARSETS,
    });
  }
  const charset: Charset = startsWith(bytes, UTF8_BOM) ? 'utf-8' : (declared ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030'));
  // Both decoders turn bytes they cannot read into U+FFFD, which badCharacter then finds with its place.
  const text = charset === 'utf-8' ? new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes) : iconv.decode(bytes, 'gb18030');
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, charset };
}

/**
 * U+FFFD (a byte some decoder could not read), C0 and C1 control characters other than tab and line
 * breaks, DEL, and lone surrogates: text that an import must not store.
 */
const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface BadCharacter {
  /** The character as U+XXXX. */
  character: string;
  /** Why it is refused. */
  reason: string;
}

export function badCharacter(text: string): BadCharacter | null {
  const match = BAD.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  const character = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0xfffd) {
    return { character, reason: 'holds U+FFFD, the mark of bytes that could not be decoded: is the file in the charset it says (UTF-8 or GB18030)?' };
  }
  if (code >= 0xd800 && code <= 0xdfff) return { character, reason: `holds a lone surrogate (${character}), which is not text` };
  return { character, reason: `holds the control character ${character}` };
}
