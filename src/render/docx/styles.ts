import { ADDED_STYLE_NAMES } from '../../model/added-styles.ts';
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

/** Page geometry, in twentieths of a point (twips). */
export const PAGE = {
  /** A4 portrait. */
  width: 11906,
  height: 16838,
  margin: { top: 1247, bottom: 1247, left: 1134, right: 1134, header: 567, footer: 567 },
} as const;

/** The width of the text between the margins (17 cm on A4 with 2 cm margins). */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Body font: Arial, which LibreOffice replaces with the metric-compatible Liberation Sans. */
export const FONT = 'Arial';
export const MONO_FONT = 'Courier New';

/** Sizes in half-points. */
export const SIZE = { body: 21, table: 18, small: 16, footer: 16 } as const;

/** Colours, each with a contrast of at least 4.5:1 against its background. */
export const COLOUR = {
  text: '1A1A1A',
  heading: '1F3864',
  muted: '595959',
  link: '0B57A4',
  rule: 'A6A6A6',
  headerFill: '1F3864',
  headerText: 'FFFFFF',
  zebra: 'F2F2F2',
  bad: '9C0006',
  badFill: 'FFC7CE',
  warn: '7A4A00',
  good: '1E5E1E',
  draft: 'B00020',
} as const;

/** The ids of the document's own paragraph styles. */
export const STYLE = {
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  coverDetail: 'CoverDetail',
  tocHeading: 'TOCHeading',
  note: 'Note',
  muted: 'Muted',
  header: 'Header',
  footer: 'Footer',
  // What chc adds to an answer's cells beside the landlord's own text: named so that a reader (chc import) tells them apart.
  evidenceDocument: 'EvidenceDocument',
  actionItem: 'ActionItem',
  answerNote: 'AnswerNote',
} as const;

/** Numbering references: bullets, and an ordered list for each start number used. */
export const BULLETS = 'chc-bullets';
export const orderedRef = (start: number) => `chc-ordered-${start}`;

/** Indent of a list level, in twips: where the text of level `level` starts, and how far its marker hangs. */
export function listIndent(level: number, compact: boolean): { left: number; hanging: number } {
  const step = compact ? 284 : 360;
  return { left: step * (level + 1), hanging: compact ? 227 : 284 };
}

const BULLET_CHARS = ['•', '◦', '▪'];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;

/** The list definitions: bullets, and one ordered list for each start number the document's lists use. */
export function numberingOptions(starts: Iterable<number>): INumberingOptions {
  const levels = (ordered: boolean, start: number) => Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? ORDERED_FORMATS[level % 3]! : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : BULLET_CHARS[level % 3]!,
    start: ordered ? start : 1,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: { indent: listIndent(level, false) },
      ...(ordered ? {} : { run: { font: FONT } }),
    },
  }));
  return {
    config: [
      { reference: BULLETS, levels: levels(false, 1) },
      ...[...new Set(starts)].sort((a, b) => a - b).map((start) => ({ reference: orderedRef(start), levels: levels(true, start) })),
    ],
  };
}

/** Styles: Arial throughout, British English, real heading styles for the navigation pane and screen readers. */
export function stylesOptions(): IStylesOptions {
  const heading = (size: number, before: number, after: number) => ({
    run: { font: FONT, size, bold: true, color: COLOUR.heading },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, color: COLOUR.text, language: { value: 'en-GB', eastAsia: 'en-GB', bidirectional: 'ar-SA' } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONT, size: 48, bold: true, color: COLOUR.heading } },
      heading1: heading(32, 360, 160),
      heading2: heading(26, 280, 120),
      heading3: heading(22, 220, 100),
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
      {
        id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal', quickFormat: true,
        run: { size: SIZE.table },
        paragraph: { spacing: { before: 0, after: 60, line: 240, lineRule: LineRuleType.AUTO } },
      },
      ...([['evidenceDocument', {}], ['actionItem', {}], ['answerNote', {}]] as const).map(([key]) => ({
        id: STYLE[key], name: ADDED_STYLE_NAMES[key], basedOn: STYLE.tableText, next: STYLE.tableText,
      })),
      {
        id: STYLE.tableHeading, name: 'Table Heading', basedOn: STYLE.tableText, next: STYLE.tableText,
        run: { bold: true, color: COLOUR.headerText },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.coverTitle, name: 'Cover Title', basedOn: 'Normal', next: 'Normal',
        run: { size: 52, bold: true, color: COLOUR.heading },
        paragraph: { spacing: { before: 0, after: 240, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.coverSubtitle, name: 'Cover Subtitle', basedOn: 'Normal', next: 'Normal',
        run: { size: 32, color: COLOUR.heading },
        paragraph: { spacing: { after: 480, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.coverDetail, name: 'Cover Detail', basedOn: 'Normal', next: 'Normal',
        run: { size: 22 },
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: STYLE.tocHeading, name: 'TOC Heading', basedOn: 'Normal', next: 'Normal',
        run: { size: 32, bold: true, color: COLOUR.heading },
        paragraph: { spacing: { before: 0, after: 160 } },
      },
      {
        id: STYLE.note, name: 'Note', basedOn: 'Normal', next: 'Normal',
        run: { size: SIZE.small, italics: true, color: COLOUR.muted },
      },
      {
        id: STYLE.muted, name: 'Muted', basedOn: 'Normal', next: 'Normal',
        run: { color: COLOUR.muted },
      },
      {
        id: STYLE.header, name: 'header', basedOn: 'Normal',
        run: { size: SIZE.footer, color: COLOUR.muted },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.footer, name: 'footer', basedOn: 'Normal',
        run: { size: SIZE.footer, color: COLOUR.muted },
        paragraph: { spacing: { after: 0 } },
      },
      ...[1, 2].map((level) => ({
        id: `TOC${level}`, name: `toc ${level}`, basedOn: 'Normal', next: 'Normal',
        run: level === 1 ? { bold: true } : {},
        paragraph: { indent: { left: (level - 1) * 360 }, spacing: { before: level === 1 ? 80 : 0, after: 40 } },
      })),
    ],
    characterStyles: [
      {
        id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont',
        run: { color: COLOUR.link, underline: {} },
      },
    ],
  };
}
