/**
 * What the constructs of the inline scanner share while they read one leaf: the string and the
 * window being read, the tokens found so far, the result, and each construct's own memory. One per
 * scanner, reset per leaf; the construct modules are functions of it (as micromark's constructs are
 * of their tokenizer), so each can be read alone.
 */
import { Code } from '../char-codes';
import type { InexactKind } from '../types';
import { CodeSpanMemo } from './code-spans';
import { LabelStack } from './links';
import { TrailMemo } from './literal-autolinks';
import { Needles } from './needles';
import { Tokens } from './tokens';

/** What the scan of one leaf produced (coordinates of the scanned string). */
export interface InlineResult {
  /**
   * Why the ranges are not exactly mdast's ('' when they are), and where (scanned-string offset): the
   * scan always completes, with a simpler reading past a limit or for a construct it does not model.
   */
  inexact: InexactKind | '';
  inexactAt: number;
  /** End of a task-list check `[ ]` at the start, or -1. */
  taskEnd: number;
  /**
   * After a task check, mdast drops the first character of the first text node and moves the
   * paragraph start one past it, unless that node is left empty. The dropped character's offset, or -1.
   */
  taskHead: number;
}

/**
 * What a character may start, as bits: a core construct, or one of the GFM autolink literals. A leaf's
 * `mask` holds `core` and the literals its text can hold (`@`, `://`, `www.`): the others are not tried.
 */
export const enum Trigger {
  core = 1,
  email = 2,
  protocol = 4,
  www = 8,
  literals = email | protocol | www,
}

export class InlineState {
  /** The scanned string and the leaf's window in it. */
  s = '';
  from = 0;
  to = 0;
  readonly tokens = new Tokens();
  readonly result: InlineResult = { inexact: '', inexactAt: -1, taskEnd: -1, taskHead: -1 };
  /** The `Trigger`s the leaf may hold. */
  mask: number = Trigger.core;
  /** Emphasis and strikethrough runs seen in the leaf (see MAX_SEQUENCES). */
  sequences = 0;
  /** Token.attention or Token.strike: which of the two resolvers micromark runs first (0 neither yet). */
  firstResolver = 0;
  readonly labels = new LabelStack();
  readonly codeSpans = new CodeSpanMemo();
  readonly trail = new TrailMemo();
  readonly needles = new Needles();

  /** Starts a leaf: `str[start, end)`. */
  reset(str: string, start: number, end: number): void {
    this.s = str;
    this.from = start;
    this.to = end;
    this.tokens.reset();
    this.mask = Trigger.core;
    this.sequences = 0;
    this.firstResolver = 0;
    this.labels.reset();
    this.codeSpans.reset();
    this.trail.reset();
    const result = this.result;
    result.inexact = '';
    result.inexactAt = -1;
    result.taskEnd = -1;
    result.taskHead = -1;
  }

  /** Character code at `i`, or Code.eof at the end of the leaf. */
  at(i: number): number {
    return i < this.to ? this.s.charCodeAt(i) : Code.eof;
  }

  /** micromark's `self.previous` for a construct starting at `i`. */
  prev(i: number): number {
    return i > this.from ? this.s.charCodeAt(i - 1) : Code.eof;
  }

  /** After a line ending at `i` (CR, LF or CRLF) and the spaces and tabs that follow it. */
  skipEolAndPrefix(i: number): number {
    let k = i + (this.s.charCodeAt(i) === Code.carriageReturn && this.at(i + 1) === Code.lineFeed ? 2 : 1);
    let c = this.at(k);
    while (c === Code.space || c === Code.horizontalTab) c = this.at(++k);
    return k;
  }

  /** Records the first reason the result is not exactly mdast's. */
  inexact(kind: InexactKind, at: number): void {
    if (this.result.inexact === '') {
      this.result.inexact = kind;
      this.result.inexactAt = at;
    }
  }
}
