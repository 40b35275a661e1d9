// A text layer derived from the previous one by non-overlapping replacements.
// Layers are never edited in place: each keeps the edits that made it, so any
// offset can be walked back to the layer below (and, through OCR words, to a page).

export interface Span {
  start: number;
  end: number;
}

/** Replace prev.slice(start, end) with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export class Layer {
  /** `edits` are sorted, non-overlapping, in the previous layer's offsets. */
  private constructor(
    readonly text: string,
    readonly edits: readonly Edit[],
    /** Start of each edit in this layer's text (parallel to edits). */
    private readonly outStarts: readonly number[],
  ) {
    this.prevStarts = edits.map((e) => e.start);
  }

  private readonly prevStarts: readonly number[];

  /** The bottom layer: nothing below it. */
  static base(text: string): Layer {
    return new Layer(text, [], []);
  }

  /** Apply edits to `prev`. Edits must be sorted and must not overlap. */
  static derive(prev: string, edits: Edit[]): Layer {
    const kept = edits.filter((e) => !(e.start === e.end && e.text === '') && prev.slice(e.start, e.end) !== e.text);
    let out = '';
    let at = 0;
    const outStarts: number[] = [];
    for (const e of kept) {
      if (e.start < at || e.end < e.start || e.end > prev.length) {
        throw new RangeError(`bad edit ${e.start}-${e.end} after ${at} (length ${prev.length})`);
      }
      out += prev.slice(at, e.start);
      outStarts.push(out.length);
      out += e.text;
      at = e.end;
    }
    out += prev.slice(at);
    return new Layer(out, kept, outStarts);
  }

  /** Map an offset in this layer to the previous layer. A start inside a
   *  replacement maps to the edit's start, an end to the edit's end; at a
   *  boundary, a start skips deleted text and an end stops before it. */
  toPrev(offset: number, side: 'start' | 'end' = 'start'): number {
    let i = lastAtOrBefore(this.outStarts, offset);
    if (i < 0) return offset;
    if (side === 'end' && this.outStarts[i] === offset) {
      while (i > 0 && this.outStarts[i - 1] === offset) i--;
      return this.edits[i]!.start;
    }
    const e = this.edits[i]!;
    const s = this.outStarts[i]!;
    if (offset < s + e.text.length) return side === 'start' ? e.start : e.end;
    return offset + e.end - (s + e.text.length);
  }

  spanToPrev(span: Span): Span {
    return { start: this.toPrev(span.start, 'start'), end: this.toPrev(span.end, 'end') };
  }

  /** Map an offset in the previous layer to this one (inverse of toPrev). */
  fromPrev(offset: number, side: 'start' | 'end' = 'start'): number {
    let i = lastAtOrBefore(this.prevStarts, offset);
    if (i < 0) return offset;
    if (side === 'end' && this.prevStarts[i] === offset) {
      while (i > 0 && this.prevStarts[i - 1] === offset) i--;
      return this.outStarts[i]!;
    }
    const e = this.edits[i]!;
    const s = this.outStarts[i]!;
    if (offset < e.end) return side === 'start' ? s : s + e.text.length;
    return offset + s + e.text.length - e.end;
  }

  spanFromPrev(span: Span): Span {
    return { start: this.fromPrev(span.start, 'start'), end: this.fromPrev(span.end, 'end') };
  }
}

/**
 * Move every span inside `value` (objects with numeric start and end, and no
 * text or name of their own) from the layer below `layer` up to it, in place.
 */
export function spansUp(value: unknown, layer: Layer, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  // A span object may be shared (a reference's span is its first mention): move it once.
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) spansUp(v, layer, seen);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && !('text' in o) && !('name' in o)) {
    const s = layer.spanFromPrev({ start: o.start, end: o.end });
    o.start = s.start;
    o.end = s.end;
    return;
  }
  for (const v of Object.values(o)) spansUp(v, layer, seen);
}

/** Index of the last element <= x in a sorted array, or -1. */
function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
