/**
 * A bar chart as a PNG, drawn without a browser or native library, so the Word document, the HTML
 * page and any viewer show the same picture. Values and category labels are drawn with a small
 * built-in bitmap font that knows digits and a few signs (decades such as "1980s", counts,
 * percentages); other characters are left out, so captions in words belong beside the image.
 */
import { deflateSync } from 'node:zlib';

export interface Bar {
  label: string;
  value: number;
}

/** 5×7 glyphs, one string of five bits per row. */
const GLYPHS: Record<string, readonly string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  s: ['00000', '00000', '01111', '10000', '01110', '00001', '11110'],
  '%': ['11001', '11010', '00010', '00100', '01000', '01011', '10011'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
};

type Rgb = readonly [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const BAR: Rgb = [47, 94, 158];
const AXIS: Rgb = [120, 120, 120];
const TEXT: Rgb = [40, 40, 40];

class Canvas {
  readonly pixels: Buffer;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = Buffer.alloc(width * height * 3);
    this.rect(0, 0, width, height, WHITE);
  }

  rect(x: number, y: number, w: number, h: number, [r, g, b]: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let py = y0; py < y1; py++) {
      for (let px = x0; px < x1; px++) {
        const i = (py * this.width + px) * 3;
        this.pixels[i] = r;
        this.pixels[i + 1] = g;
        this.pixels[i + 2] = b;
      }
    }
  }

  /** Text centred on `cx`, its top at `y`; `scale` pixels per font dot. */
  text(value: string, cx: number, y: number, scale: number, colour: Rgb): void {
    const glyphs = [...value].map((c) => GLYPHS[c]).filter((g): g is readonly string[] => g !== undefined);
    const advance = 6 * scale;
    let x = cx - (glyphs.length * advance - scale) / 2;
    for (const glyph of glyphs) {
      glyph.forEach((row, gy) => {
        for (let gx = 0; gx < 5; gx++) if (row[gx] === '1') this.rect(x + gx * scale, y + gy * scale, scale, scale, colour);
      });
      x += advance;
    }
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(canvas: Canvas): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(canvas.width, 0);
  header.writeUInt32BE(canvas.height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  const stride = canvas.width * 3;
  const raw = Buffer.alloc((stride + 1) * canvas.height);
  for (let y = 0; y < canvas.height; y++) canvas.pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const CHART_SIZE = { width: 960, height: 480 } as const;

/** Vertical bars with their value above and their label below. */
export function barChartPng(bars: readonly Bar[]): Buffer {
  const { width, height } = CHART_SIZE;
  const canvas = new Canvas(width, height);
  const margin = { left: 40, right: 40, top: 50, bottom: 60 };
  const plotHeight = height - margin.top - margin.bottom;
  const baseline = height - margin.bottom;
  const slot = (width - margin.left - margin.right) / Math.max(1, bars.length);
  const max = Math.max(1, ...bars.map((b) => b.value));
  bars.forEach((bar, i) => {
    const barHeight = (bar.value / max) * plotHeight;
    const x = margin.left + i * slot + slot * 0.2;
    canvas.rect(x, baseline - barHeight, slot * 0.6, barHeight, BAR);
    canvas.text(String(bar.value), x + slot * 0.3, baseline - barHeight - 30, 3, TEXT);
    canvas.text(bar.label, x + slot * 0.3, baseline + 16, 3, TEXT);
  });
  canvas.rect(margin.left - 10, baseline, width - margin.left - margin.right + 20, 3, AXIS);
  return encodePng(canvas);
}
