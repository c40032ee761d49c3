/**
 * Inline scanner: the prose ranges of one paragraph, heading or table cell, exactly as micromark +
 * mdast would give them (see `from-mdast.ts` for the definition).
 *
 * It follows micromark's text tokenizer construct by construct (same attempt order, same `previous`
 * checks, same resolution of emphasis, strikethrough and links, same GFM autolink literals, then the
 * mdast-util-gfm-autolink-literal transform on the resulting text nodes), but only records what the
 * linter needs: which characters are prose, and where text nodes begin and end. No tree, no events, no
 * per-character allocation: tokens live in typed arrays that one scanner reuses.
 *
 * This file decides which construct to try at each character; each construct is a module of
 * `./inline/`. Link reference definitions are not modelled (the block scanner falls back when a
 * document might contain one), so a `]` only closes a link when an inline resource `(…)` follows.
 */
import { isGfmAtext, isAsciiAlpha } from '../../text/micromark-chars';
import { Code } from './char-codes';
import { autolink } from './inline/autolinks';
import { codeText } from './inline/code-spans';
import { attention, MAX_SEQUENCES, resolveLeaf, strikethrough } from './inline/emphasis';
import { TextNode, type InlineSink } from './inline/emit';
import { backslash, characterReference } from './inline/escapes';
import { htmlText } from './inline/html-text';
import { lineEnding, lineSuffix } from './inline/line-endings';
import { labelEnd, labelStart, labelStartImage } from './inline/links';
import { emailAutolink, previousEmail, previousWww, protocolAutolink, wwwAutolink } from './inline/literal-autolinks';
import { Needle } from './inline/needles';
import { InlineState, Trigger, type InlineResult } from './inline/state';
import { taskCheck, trimAfterCheck } from './inline/task-check';
import { Token } from './inline/tokens';

export { MAX_SEQUENCES, type InlineResult, type InlineSink };

/** The ASCII range, which `TRIGGER` covers (every construct starts with an ASCII character). */
const enum Ascii {
  size = 0x80,
}

/** What each ASCII character may start. */
const TRIGGER = new Uint8Array(Ascii.size);
for (const ch of '\n\r!&*<[\\]_`~') TRIGGER[ch.charCodeAt(0)] |= Trigger.core;
for (let c = 0; c < Ascii.size; c++) if (isGfmAtext(c)) TRIGGER[c] |= Trigger.email;
TRIGGER[Code.lowercaseH] |= Trigger.protocol;
TRIGGER[Code.uppercaseH] |= Trigger.protocol;
TRIGGER[Code.lowercaseW] |= Trigger.www;
TRIGGER[Code.uppercaseW] |= Trigger.www;

/** One scanner per block scanner: its buffers serve every leaf of every document that scanner reads. */
export class InlineScanner {
  private readonly st = new InlineState();
  private readonly node = new TextNode();

  /** What the last `scan` found besides tokens. */
  get result(): InlineResult {
    return this.st.result;
  }

  /** Forgets what was remembered about the last document's text (a new document starts). */
  newDocument(): void {
    this.st.needles.reset();
  }

  /**
   * Tokenize and resolve `str[start, end)`. `taskAllowed`: the content is the first thing in a list
   * item's flow, so a leading `[ ]` / `[x]` is a task check; `taskTrim`: the paragraph ends up as the
   * item's first paragraph, where mdast also drops the character after the check.
   */
  scan(str: string, start: number, end: number, taskAllowed: boolean, taskTrim: boolean): void {
    const st = this.st;
    st.reset(str, start, end);
    // Literal autolinks need `@`, `://` or `www.`: skip their attempts when the content has none.
    const needles = st.needles;
    if (needles.contains(Needle.atSign, '@', str, start, end)) st.mask |= Trigger.email;
    if (needles.contains(Needle.scheme, '://', str, start, end)) st.mask |= Trigger.protocol;
    if (needles.contains(Needle.www, 'w.', str, start, end) || needles.contains(Needle.wwwUpper, 'W.', str, start, end)) st.mask |= Trigger.www;

    let i = start;
    if (taskAllowed && st.at(i) === Code.leftSquareBracket) {
      const k = taskCheck(st, i);
      if (k === -2) st.inexact('task-check', i);
      if (k > 0) {
        st.tokens.push(Token.mark, i, k);
        st.result.taskEnd = k;
        i = k;
      }
    }
    const mask = st.mask;
    while (i < end) {
      const c = str.charCodeAt(i);
      if (c < Ascii.size && (TRIGGER[c] as number) & mask) {
        const k = this.attempt(i, c);
        if (k > i) {
          i = k;
          continue;
        }
      }
      // Data: this character, and every following one that cannot start a construct.
      let j = i + 1;
      while (j < end) {
        const d = str.charCodeAt(j);
        if (d < Ascii.size && (TRIGGER[d] as number) & mask && this.mayStart(j, d)) break;
        j++;
      }
      st.tokens.pushData(i, j);
      i = j;
    }
    lineSuffix(st, end, true);
    // Past the limit every run stays text (unpaired runs are text anyway).
    if (st.sequences > MAX_SEQUENCES) st.inexact('emphasis', start);
    else resolveLeaf(st);
    if (st.result.taskEnd >= 0 && taskTrim) trimAfterCheck(st);
  }

  /** The last scanned leaf's prose to `sink.prose` and inline HTML to `sink.html` (only HTML without `wantProse`). */
  emit(sink: InlineSink, wantProse: boolean): void {
    this.node.emit(this.st, sink, wantProse);
  }

  /** Whether micromark would attempt a construct at `j` (inside a run of data). */
  private mayStart(j: number, c: number): boolean {
    const st = this.st;
    const p = st.s.charCodeAt(j - 1);
    const trigger = TRIGGER[c] as number;
    if (trigger & Trigger.core) {
      // The rest of a backtick or tilde run is never tried again.
      if (c === Code.graveAccent) return p !== Code.graveAccent;
      if (c === Code.tilde) return p !== Code.tilde;
      return true;
    }
    if (trigger & Trigger.email & st.mask && previousEmail(p)) return true;
    if (trigger & Trigger.protocol & st.mask && !isAsciiAlpha(p)) return true;
    if (trigger & Trigger.www & st.mask && previousWww(p)) return true;
    return false;
  }

  /** The end of a construct at `i`, or -1 when there is none (the character is data). */
  private attempt(i: number, c: number): number {
    const st = this.st;
    switch (c) {
      case Code.lineFeed:
      case Code.carriageReturn:
        return lineEnding(st, i);
      case Code.exclamationMark:
        return labelStartImage(st, i);
      case Code.ampersand:
        return characterReference(st, i);
      case Code.asterisk:
        return attention(st, i, c);
      case Code.underscore:
        if (st.mask & Trigger.email) {
          const k = emailAutolink(st, i);
          if (k > 0) return k;
        }
        return attention(st, i, c);
      case Code.lessThan: {
        const k = autolink(st, i);
        return k > 0 ? k : htmlText(st, i);
      }
      case Code.leftSquareBracket:
        return labelStart(st, i);
      case Code.backslash:
        return backslash(st, i);
      case Code.rightSquareBracket:
        return labelEnd(st, i);
      case Code.graveAccent:
        return codeText(st, i);
      case Code.tilde:
        return strikethrough(st, i);
      default: {
        if (st.mask & Trigger.email) {
          const k = emailAutolink(st, i);
          if (k > 0) return k;
        }
        if ((c === Code.lowercaseH || c === Code.uppercaseH) && st.mask & Trigger.protocol) return protocolAutolink(st, i);
        if ((c === Code.lowercaseW || c === Code.uppercaseW) && st.mask & Trigger.www) return wwwAutolink(st, i);
        return -1;
      }
    }
  }
}
