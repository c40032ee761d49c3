/**
 * HTML blocks (micromark html-flow): none of it is prose, but the `<!-- … -->` comments inside carry
 * the `support-kb-disable` directives. The seven kinds differ in how they start and end: kinds 1–5
 * end on a line holding their end marker, kinds 6 and 7 at a blank line.
 */
import { isAsciiAlpha, isAsciiDigit } from '../../../text/micromark-chars';
import { Code } from '../char-codes';
import { charAt } from './line-text';

export const enum HtmlKind {
  /** `<pre`, `<script`, `<style`, `<textarea`: ends at the matching closing tag. */
  raw = 1,
  comment = 2,
  instruction = 3,
  declaration = 4,
  cdata = 5,
  /** A known block tag name: ends at a blank line. */
  block = 6,
  /** Any other complete tag alone on its line: ends at a blank line, cannot interrupt a paragraph. */
  complete = 7,
}

const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);
const BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link',
  'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);

/** The longest raw tag name (`textarea`): a closing tag is read no further. */
const LONGEST_RAW_NAME = 8;

/** The open HTML block, if any, and how HTML blocks start. */
export class HtmlBlock {
  private text = '';
  kind: HtmlKind = HtmlKind.raw;
  /** Where the block starts (its line's content) and where its last line so far ends. */
  start = 0;
  end = 0;
  /** Where `startKind` says the end condition of a kind 1–5 block is looked for on its first line. */
  searchFrom = 0;
  /** The next end marker of the open block (-2 not searched yet, -1 none until the end of the text). */
  private endAt = -2;

  reset(text: string): void {
    this.text = text;
    this.endAt = -2;
  }

  open(kind: HtmlKind, start: number, lineEnd: number): void {
    this.kind = kind;
    this.endAt = -2;
    this.start = start;
    this.end = lineEnd;
  }

  /** Whether the block ends at a blank line (kinds 6 and 7) rather than at a marker. */
  endsAtBlank(): boolean {
    return this.kind >= HtmlKind.block;
  }

  /** The kind of HTML block starting at the `<` at `p`, or 0. Sets `searchFrom`. */
  startKind(p: number, lineEnd: number, interrupt: boolean, lazy: boolean): HtmlKind | 0 {
    const text = this.text;
    let k = p + 1;
    let c = charAt(text, lineEnd, k);
    if (c === Code.exclamationMark) {
      c = charAt(text, lineEnd, ++k);
      if (c === Code.dash) {
        if (charAt(text, lineEnd, k + 1) !== Code.dash) return 0;
        this.searchFrom = p + 2;
        return HtmlKind.comment;
      }
      if (c === Code.leftSquareBracket) {
        const want = 'CDATA[';
        for (let m = 0; m < want.length; m++) if (charAt(text, lineEnd, k + 1 + m) !== want.charCodeAt(m)) return 0;
        this.searchFrom = k + 7;
        return HtmlKind.cdata;
      }
      if (isAsciiAlpha(c)) {
        this.searchFrom = k + 1;
        return HtmlKind.declaration;
      }
      return 0;
    }
    if (c === Code.questionMark) {
      this.searchFrom = p + 1;
      return HtmlKind.instruction;
    }
    let closing = false;
    if (c === Code.slash) {
      closing = true;
      c = charAt(text, lineEnd, ++k);
    }
    if (!isAsciiAlpha(c)) return 0;
    const nameStart = k;
    while (isAsciiAlpha(c) || isAsciiDigit(c) || c === Code.dash) c = charAt(text, lineEnd, ++k);
    if (!(c === Code.eof || c === Code.slash || c === Code.greaterThan || c === Code.space)) return 0;
    const name = text.slice(nameStart, k).toLowerCase();
    const slash = c === Code.slash;
    if (!slash && !closing && RAW_NAMES.has(name)) {
      this.searchFrom = k;
      return HtmlKind.raw;
    }
    if (BLOCK_NAMES.has(name)) {
      if (slash && charAt(text, lineEnd, k + 1) !== Code.greaterThan) return 0;
      return HtmlKind.block;
    }
    if (interrupt && !lazy) return 0;
    return completeTag(text, k, lineEnd, closing) ? HtmlKind.complete : 0;
  }

  /** Whether the open kind 1–5 block ends on this line (searching from `from`). */
  endsOnLine(from: number, lineEnd: number): boolean {
    const text = this.text;
    if (this.kind === HtmlKind.raw) {
      for (let k = from; k + 1 < lineEnd; k++) {
        if (text.charCodeAt(k) !== Code.lessThan || text.charCodeAt(k + 1) !== Code.slash) continue;
        let e = k + 2;
        while (e < lineEnd && e - k - 2 < LONGEST_RAW_NAME && isAsciiAlpha(text.charCodeAt(e))) e++;
        if (e < lineEnd && text.charCodeAt(e) === Code.greaterThan && RAW_NAMES.has(text.slice(k + 2, e).toLowerCase())) return true;
      }
      return false;
    }
    const needle = this.kind === HtmlKind.comment ? '-->' : this.kind === HtmlKind.instruction ? '?>' : this.kind === HtmlKind.declaration ? '>' : ']]>';
    // One search per block: the next marker is remembered until the scan passes it.
    if (this.endAt === -2 || (this.endAt >= 0 && this.endAt < from)) this.endAt = text.indexOf(needle, from);
    return this.endAt >= 0 && this.endAt + needle.length <= lineEnd;
  }
}

const enum TagState {
  nameBefore,
  name,
  nameAfter,
  valueBefore,
  quoted,
  unquoted,
  quotedAfter,
  end,
}

/** micromark html-flow "complete" tag from the end of its name at `k`: attributes, `>`, then only spaces. */
function completeTag(text: string, k: number, lineEnd: number, closing: boolean): boolean {
  let state = TagState.nameBefore;
  let marker = 0;
  if (closing) {
    while (charAt(text, lineEnd, k) === Code.space) k++;
    state = TagState.end;
  }
  for (;;) {
    const c = charAt(text, lineEnd, k);
    switch (state) {
      case TagState.nameBefore:
        if (c === Code.slash) {
          k++;
          state = TagState.end;
        } else if (c === Code.colon || c === Code.underscore || isAsciiAlpha(c)) {
          k++;
          state = TagState.name;
        } else if (c === Code.space) k++;
        else state = TagState.end;
        break;
      case TagState.name:
        if (c === Code.dash || c === Code.dot || c === Code.colon || c === Code.underscore || isAsciiAlpha(c) || isAsciiDigit(c)) k++;
        else state = TagState.nameAfter;
        break;
      case TagState.nameAfter:
        if (c === Code.equalsTo) {
          k++;
          state = TagState.valueBefore;
        } else if (c === Code.space) k++;
        else state = TagState.nameBefore;
        break;
      case TagState.valueBefore:
        if (c === Code.eof || c === Code.lessThan || c === Code.equalsTo || c === Code.greaterThan || c === Code.graveAccent) return false;
        if (c === Code.quotationMark || c === Code.apostrophe) {
          marker = c;
          k++;
          state = TagState.quoted;
        } else if (c === Code.space) k++;
        else state = TagState.unquoted;
        break;
      case TagState.quoted:
        if (c === marker) {
          k++;
          state = TagState.quotedAfter;
        } else if (c === Code.eof) return false;
        else k++;
        break;
      case TagState.unquoted:
        if (
          c === Code.eof ||
          c === Code.quotationMark ||
          c === Code.apostrophe ||
          c === Code.slash ||
          c === Code.lessThan ||
          c === Code.equalsTo ||
          c === Code.greaterThan ||
          c === Code.graveAccent ||
          c === Code.space
        ) {
          state = TagState.nameAfter;
        } else k++;
        break;
      case TagState.quotedAfter:
        if (c === Code.slash || c === Code.greaterThan || c === Code.space) state = TagState.nameBefore;
        else return false;
        break;
      default: {
        // TagState.end: `>` then only spaces to the end of the line.
        if (c !== Code.greaterThan) return false;
        k++;
        while (charAt(text, lineEnd, k) === Code.space) k++;
        return k >= lineEnd;
      }
    }
  }
}
