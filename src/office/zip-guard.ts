/**
 * An .xlsx is a zip archive, and a small archive can inflate to gigabytes. Before a workbook is
 * handed to the spreadsheet reader, every entry is inflated here once with a hard output limit
 * (zlib's maxOutputLength), so the sizes are measured, not taken from headers that can lie.
 */
import { inflateRawSync } from 'node:zlib';
import { DomainError } from '../errors.ts';

export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 2_000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

const notXlsx = (detail: string) => new DomainError('invalid_xlsx', `the file is not a readable .xlsx workbook: ${detail}`, 422);

function endOfDirectory(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw notXlsx('no zip directory');
}

/** Throws 422 unless the archive is a plain zip whose entries inflate to at most `limit` bytes in all. */
export function checkZip(zip: Buffer, limit = MAX_UNZIPPED_BYTES): void {
  if (zip.length < 22) throw notXlsx('too short');
  const end = endOfDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  if (entries > MAX_ENTRIES) throw notXlsx(`${entries} entries`);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw notXlsx('a damaged zip directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    const next = at + 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (compressed === 0xffffffff || local === 0xffffffff) throw notXlsx('zip64 archives are not read');
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw notXlsx('a damaged zip entry');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (data.length !== compressed) throw notXlsx('a truncated zip entry');
    if (method === 0) total += compressed;
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - total + 1) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') total = limit + 1;
        else throw notXlsx('a zip entry does not inflate');
      }
    } else throw notXlsx(`zip compression method ${method}`);
    if (total > limit) {
      throw new DomainError('xlsx_too_large', `the workbook unpacks to more than ${limit} bytes; split it`, 413, { maxUnzippedBytes: limit });
    }
    at = next;
  }
}
