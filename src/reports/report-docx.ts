/**
 * A report document as a Word document (.docx, the `docx` package): headings as Word headings (so
 * the navigation pane lists the sections), tables with a header row, the chart as a PNG picture.
 * `docx` is loaded on the first document, not at start: a server that writes none does not hold it.
 */
import type { FileChild } from 'docx';
import type { Block, ReportDocument } from './annual-report.document.ts';

/** A CJK font for Chinese text (Word substitutes a similar one where it is missing). */
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' };

type Docx = typeof import('docx');

const cell = ({ TableCell, Paragraph, TextRun }: Docx, text: string, header: boolean) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })], ...(header ? { shading: { fill: 'F0F3F8' } } : {}) });

function blockChildren(docx: Docx, block: Block): FileChild[] {
  const { AlignmentType, HeadingLevel, ImageRun, Paragraph, Table, TableRow, TextRun, WidthType } = docx;
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER })];
    case 'subtitle':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.text, italics: true, color: '666666' })] })];
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 })];
    case 'paragraph':
      return [new Paragraph({ text: block.text, spacing: { after: 120 } })];
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.headers.map((h) => cell(docx, h, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((c) => cell(docx, c, false)) })),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
    case 'chart':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: block.png,
              transformation: { width: block.width / 2, height: block.height / 2 },
              altText: { title: block.caption, description: block.caption, name: 'chart' },
            }),
          ],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.caption, color: '555555' })] }),
      ];
    default: {
      const exhaustive: never = block;
      return exhaustive;
    }
  }
}

export async function reportDocx(document: ReportDocument): Promise<Buffer> {
  const docx = await import('docx');
  const { Document, Packer } = docx;
  const doc = new Document({
    title: document.title,
    creator: 'Docket',
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [{ children: document.blocks.flatMap((block) => blockChildren(docx, block)) }],
  });
  return Packer.toBuffer(doc);
}
