/**
 * From resolved tokens to prose ranges: walks a leaf's tokens, joins what mdast would make one text
 * node, and hands each node's ranges to the sink — after mdast-util-gfm-autolink-literal's transform,
 * which turns URLs and e-mail addresses inside text nodes outside links into links (not prose).
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { AutolinkTransform } from '../autolink-transform';
import { Code } from '../char-codes';
import { Needle } from './needles';
import { Trigger, type InlineState } from './state';
import { enlarged, Flag, Token } from './tokens';

/** Receives prose ranges and HTML ranges, in the coordinates of the scanned string, in order. */
export interface InlineSink {
  prose(start: number, end: number): void;
  html(start: number, end: number): void;
}

/**
 * The text node being gathered, as units: ranges of the scanned string whose value is their source
 * ("exact"), or one escape or character reference whose value is decoded.
 */
export class TextNode {
  private start = new Int32Array(64);
  private end = new Int32Array(64);
  private exact = new Uint8Array(64);
  private count = 0;
  /** Some unit lies outside links where the transform may find something: the node needs it. */
  private mayLink = false;
  /** The transform may find something in this leaf at all. */
  private transform = false;
  private readonly autolinks = new AutolinkTransform();

  /**
   * Walks the resolved tokens of `st`: prose ranges to `sink.prose`, inline HTML to `sink.html`.
   * `wantProse` false: only the HTML (for comments in a leaf that is not linted).
   */
  emit(st: InlineState, sink: InlineSink, wantProse: boolean): void {
    // The transform can only find something where `@`, `://` or `www.` may appear in a value (escapes
    // and character references can make them).
    this.transform =
      wantProse && ((st.mask & Trigger.literals) !== 0 || st.needles.contains(Needle.ampersand, '&', st.s, st.from, st.to) || st.needles.contains(Needle.backslash, '\\', st.s, st.from, st.to));
    this.count = 0;
    this.mayLink = false;
    const tokens = st.tokens;
    let linkDepth = 0;
    for (let t = 0; t < tokens.n; t++) {
      const type = tokens.type[t] as number;
      const start = tokens.start[t] as number;
      const end = tokens.end[t] as number;
      switch (type) {
        case Token.data:
        case Token.eol:
        case Token.label:
          if (wantProse) this.text(start, end, true, linkDepth);
          break;
        case Token.escape:
          if (wantProse) this.text(start + 1, end, false, linkDepth);
          break;
        case Token.reference:
          if (wantProse) this.text(start, end, false, linkDepth);
          break;
        case Token.prefix:
          break;
        case Token.attention: {
          // The used markers end the node; what is left of the run is text.
          const usedLeft = tokens.usedLeft[t] as number;
          const usedRight = tokens.usedRight[t] as number;
          if (usedLeft > 0) this.flush(st, sink);
          if (wantProse && end - usedRight > start + usedLeft) this.text(start + usedLeft, end - usedRight, true, linkDepth);
          if (usedRight > 0) this.flush(st, sink);
          break;
        }
        case Token.strike:
          if ((tokens.flags[t] as number) & Flag.paired) this.flush(st, sink);
          else if (wantProse) this.text(start, end, true, linkDepth);
          break;
        case Token.linkOpen:
          this.flush(st, sink);
          linkDepth++;
          break;
        case Token.linkClose:
          this.flush(st, sink);
          linkDepth--;
          break;
        case Token.html:
          this.flush(st, sink);
          sink.html(start, end);
          break;
        default:
          this.flush(st, sink);
      }
    }
    this.flush(st, sink);
  }

  private text(start: number, end: number, exact: boolean, linkDepth: number): void {
    const last = this.count - 1;
    if (last >= 0 && this.end[last] === start && exact && this.exact[last] === 1) this.end[last] = end;
    else this.add(start, end, exact);
    if (this.transform && linkDepth === 0) this.mayLink = true;
  }

  private add(start: number, end: number, exact: boolean): void {
    if (this.count === this.start.length) {
      const size = this.start.length * 2;
      this.start = enlarged(this.start, size);
      this.end = enlarged(this.end, size);
      this.exact = enlarged(this.exact, size);
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.exact[this.count] = exact ? 1 : 0;
    this.count++;
  }

  /** The node ends: its prose, minus what the transform turns into links. */
  private flush(st: InlineState, sink: InlineSink): void {
    if (this.count === 0) return;
    const links = this.mayLink ? this.links(st) : null;
    if (links !== null) this.emitMinus(st.s, sink, links);
    else for (let u = 0; u < this.count; u++) sink.prose(this.start[u] as number, this.end[u] as number);
    this.count = 0;
    this.mayLink = false;
  }

  /** Which value ranges of the node the transform turns into links (null: none). */
  private links(st: InlineState): number[] | null {
    let value = '';
    for (let u = 0; u < this.count; u++) value += this.value(st.s, u);
    const links = this.autolinks.links(value);
    // Past its bound the transform gives up: the node stays text.
    if (links === null) st.inexact('autolinks', this.start[0] as number);
    return links === null || links.length === 0 ? null : links;
  }

  private value(s: string, u: number): string {
    const start = this.start[u] as number;
    const end = this.end[u] as number;
    if (this.exact[u] === 1) return s.slice(start, end);
    // An escape (the escaped character) or a character reference.
    if (s.charCodeAt(start) !== Code.ampersand || end - start === 1) return s.slice(start, end);
    const inner = s.slice(start + 1, end - 1);
    if (inner.charCodeAt(0) === Code.numberSign) {
      const hex = inner.charCodeAt(1) === Code.lowercaseX || inner.charCodeAt(1) === Code.uppercaseX;
      return decodeNumericCharacterReference(inner.slice(hex ? 2 : 1), hex ? 16 : 10);
    }
    return decodeNamedCharacterReference(inner) || s.slice(start, end);
  }

  /** The units minus the value intervals in `links` (flat pairs, sorted). */
  private emitMinus(s: string, sink: InlineSink, links: readonly number[]): void {
    let valueAt = 0;
    let l = 0;
    for (let u = 0; u < this.count; u++) {
      const start = this.start[u] as number;
      const end = this.end[u] as number;
      const exact = this.exact[u] === 1;
      const v0 = valueAt;
      const v1 = valueAt + (exact ? end - start : this.value(s, u).length);
      valueAt = v1;
      let p = v0;
      while (p < v1) {
        while (l < links.length && (links[l + 1] as number) <= p) l += 2;
        const linkStart = l < links.length ? (links[l] as number) : Infinity;
        if (p < linkStart) {
          const q = Math.min(v1, linkStart);
          // A decoded unit cannot be cut: its whole source is prose if any of its value is.
          if (exact) sink.prose(start + (p - v0), start + (q - v0));
          else sink.prose(start, end);
          p = q;
        } else p = Math.min(v1, links[l + 1] as number);
      }
    }
  }
}
