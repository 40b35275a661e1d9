// The one object that flows through every stage (like a vfile or a spaCy Doc).
import type { Layer, Span } from './layer.js';
import type { CongvanRecord, Extraction } from './schema.js';

export type Severity = 'error' | 'warning' | 'info';

/** A problem or remark about a document. Stages add messages; they do not throw. */
export interface Message {
  stage: string;
  severity: Severity;
  /** Stable machine-readable id, e.g. 'pdf-encrypted', 'ocr-low-confidence'. */
  code: string;
  text: string;
  /** Offsets in the restored text, when the message is about a place in it. */
  span?: Span;
  page?: number;
  /** The document cannot go on through the pipeline. */
  fatal?: boolean;
}

/**
 * Rectangle on a page, origin top-left, in the page's own units (Page.width
 * and height are in the same units): for OCR'd images, pixels of the image as
 * OCR'd (scaled down past 3600 px wide, straightened when skewed 2° or more, a
 * photo's sheet warped to an upright page);
 * for OCR'd PDF pages, pixels of the page rendered at its OCR resolution; for
 * PDF text-layer pages, PDF points (1/72 inch).
 */
export interface BBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A word as read from a page, with its place in the raw text. */
export interface Word {
  text: string;
  /** Offsets into the raw layer. */
  start: number;
  end: number;
  page: number;
  bbox: BBox;
  /** 0-100; 100 for text-layer words. */
  confidence: number;
}

export type TextSource = 'ocr' | 'pdf-text' | 'text';

export type RegionKind =
  | 'issuer' | 'motto' | 'number' | 'place-date' | 'subject' | 'recipients' | 'body'
  | 'signature' | 'copies' | 'table' | 'page-number' | 'running-head' | 'stamp';

/** A layout region of an OCR'd page: where it is, and its range in the raw text. */
export interface Region {
  kind: RegionKind;
  page: number;
  bbox: BBox;
  /** Offsets in the raw layer; a stamp, page number or running head, kept out of the text, has start = end. */
  start: number;
  end: number;
  /** What a region kept out of the text reads. */
  text?: string;
}

export interface Page {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  source: TextSource;
  /** Mean OCR word confidence, 0-100, when OCR'd. */
  confidence?: number;
  /** Degrees (clockwise: 90, 180, 270) the page image was turned to be read; word boxes are in the turned image. */
  turned?: number;
  /** This page's range in the raw text. */
  start: number;
  end: number;
}

/** Per-token restoration result, offsets in the restored layer. */
export interface TokenGuess {
  start: number;
  end: number;
  /** What the token read before restoration. */
  before: string;
  /** 0-1. */
  confidence: number;
  /** Best other readings, most likely first. */
  alternatives: string[];
}

export interface Doc {
  /** File path, or '-' for standard input. */
  path: string;
  /** The input bytes, while the input stages need them. */
  bytes?: Buffer;
  mediaType?: string;
  sha256?: string;
  pages: Page[];
  words: Word[];
  /** Layout regions of OCR'd pages (header parts, body, signature, stamps ...). */
  regions?: Region[];
  raw?: Layer;
  normalized?: Layer;
  restored?: Layer;
  /** The restored text with the blanks of the form filled from the page image (blanks stage); spans are in it when present. */
  filled?: Layer;
  tokens?: TokenGuess[];
  extraction?: Extraction;
  /** The validated output record. */
  record?: CongvanRecord;
  messages: Message[];
  /** Timings per stage in ms. */
  timings: Record<string, number>;
  /** Called by page-reading stages after each page (progress of long PDFs). */
  onPage?: (done: number, pages: number) => void;
}

export type DocKey = keyof Doc;

export function createDoc(path: string, bytes?: Buffer): Doc {
  return { path, bytes, pages: [], words: [], messages: [], timings: {} };
}

/** The top text layer: every span of the extraction and the record is an offset into it. */
export function topLayer(doc: Doc): Layer | undefined {
  return doc.filled ?? doc.restored ?? doc.normalized ?? doc.raw;
}

export function isFatal(doc: Doc): boolean {
  return doc.messages.some((m) => m.fatal);
}

/** The first fatal message, as a one-line reason naming the file. */
export function failureReason(doc: Doc): string | undefined {
  const m = doc.messages.find((x) => x.fatal);
  return m ? `${doc.path}: ${m.text}` : undefined;
}
