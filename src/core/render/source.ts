import type { KbDocument } from '../kb/document';
import type { Range } from '../types';

/** A stretch of the file, as offsets into `doc.text`. */
export interface Src {
  readonly start: number;
  readonly end: number;
}

interface Point {
  readonly offset?: number;
}

interface Positioned {
  readonly position?: { readonly start?: Point; readonly end?: Point };
}

/**
 * The document body as the renderers parse it, and the one place where tree
 * positions (body-relative unist offsets) become file offsets and 0-based
 * ranges.
 */
export class RenderSource {
  /** File offset of the body's first character. */
  readonly bodyStart: number;
  readonly body: string;

  constructor(readonly doc: KbDocument) {
    let start = doc.bodyOffset;
    // micromark drops a byte order mark and counts offsets without it.
    if (doc.text.charCodeAt(start) === 0xfeff) start++;
    this.bodyStart = start;
    this.body = doc.text.slice(start);
  }

  /** File offsets of a tree node, when it has a position. */
  src(node: Positioned | undefined): Src | undefined {
    const start = node?.position?.start?.offset;
    const end = node?.position?.end?.offset;
    if (start === undefined || end === undefined) return undefined;
    return { start: this.bodyStart + start, end: this.bodyStart + end };
  }

  /** File offsets of a body-relative span. */
  bodySrc(start: number, end: number): Src {
    return { start: this.bodyStart + start, end: this.bodyStart + end };
  }

  range(src: Src | undefined): Range | undefined {
    return src && this.doc.lines.range(src.start, src.end);
  }

  /** The whole body, for warnings about the message as a whole. */
  get bodyRange(): Range {
    return this.doc.lines.range(this.bodyStart, this.doc.text.length);
  }
}

/** The smallest span covering both (either may be absent). */
export function joinSrc(a: Src | undefined, b: Src | undefined): Src | undefined {
  if (!a) return b;
  if (!b) return a;
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
