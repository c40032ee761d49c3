/**
 * Small helpers shared by the fast scanner and the mdast reference: `{{ … }}` placeholder ranges and
 * HTML comments inside an HTML range. Both sides must agree on these exactly, so they live in one place.
 */
import type { HtmlComment } from './types';
import { Code } from './char-codes';

/**
 * Ranges of `{{ … }}` in `text` from `from`, as flat [start, end, start, end, …]. Same matches, in the
 * same order, as `/\{\{([^{}]*)\}\}/g` from `from` (what `findPlaceholders` uses): a `{{` followed by
 * anything but braces and then `}}`. Hand-written: one `indexOf` per candidate, no regex state.
 */
export function findMustaches(text: string, from: number, to: number = text.length, out: number[] = []): number[] {
  out.length = 0;
  let at = text.indexOf('{{', from);
  while (at !== -1 && at < to) {
    let k = at + 2;
    let c = text.charCodeAt(k);
    while (k < to && c !== Code.leftCurlyBrace && c !== Code.rightCurlyBrace) c = text.charCodeAt(++k);
    if (c === Code.rightCurlyBrace && k + 1 < to && text.charCodeAt(k + 1) === Code.rightCurlyBrace) {
      out.push(at, k + 2);
      at = text.indexOf('{{', k + 2);
    } else {
      at = text.indexOf('{{', at + 1);
    }
  }
  return out;
}

/**
 * The first occurrence of `needle` at or after a position, remembered: asked in increasing order (as
 * a scan does), the text is read once. An unbounded `indexOf` per HTML node read to the end of the
 * document when the needle was missing: 200k HTML blocks, and no comment, took 38 s.
 */
export class NextIndex {
  private from = -1;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  at(q: number): number {
    if (this.from === -1 || q < this.from || (this.found !== -1 && q > this.found)) {
      this.from = q;
      this.found = this.text.indexOf(this.needle, q);
    }
    return this.found;
  }
}

/** Finders of comment openings and closings in one text, shared by the calls of one scan. */
export interface CommentFinders {
  readonly open: NextIndex;
  readonly close: NextIndex;
}

export function commentFinders(text: string): CommentFinders {
  return { open: new NextIndex(text, '<!--'), close: new NextIndex(text, '-->') };
}

/**
 * Every complete `<!-- … -->` inside [start, end) of an HTML node. A comment ends at the first `-->`
 * after `<!-`, so `<!-->` and `<!--->` are (empty) comments, as in micromark. Unterminated ones are
 * not reported. `finders` must be over `text`.
 */
export function collectComments(text: string, start: number, end: number, out: HtmlComment[], finders: CommentFinders): void {
  let at = finders.open.at(start);
  while (at !== -1 && at + 4 <= end) {
    const close = finders.close.at(at + 2);
    if (close === -1 || close + 3 > end) return;
    out.push({ start: at, end: close + 3, body: close > at + 4 ? text.slice(at + 4, close) : '' });
    at = finders.open.at(close + 3);
  }
}
