/**
 * From a finished leaf — a paragraph, a heading or a table cell — to a `ProseBlock`: its inline
 * content goes through the inline scanner, whose prose ranges come back here (mapped to the source
 * when the scanner read a flat copy), and the `{{ … }}` placeholders are cut out. A leaf that is not
 * linted (in a quote, or past the block limit) is still read for HTML comments, which carry directives.
 */
import { InlineScanner, type InlineSink } from '../inline';
import { collectComments, commentFinders, findMustaches, type CommentFinders } from '../ranges';
import { buildBlock, newSink, pushRange } from '../spans';
import type { HtmlComment, ProseBlock, ProseBlockKind } from '../types';
import { ApproximationLog } from './approximation-log';
import { FlatText } from './flat-text';
import { hasTag } from './line-text';
import type { OpenParagraph } from './paragraph';

/**
 * Prose blocks past this are not returned (their comments still are): each costs the linter about a
 * kilobyte (500k list items took 511 MB; a table of 1M one-letter cells ran out of a 768 MB heap), and
 * no document a person writes has more than a few thousand.
 */
export const MAX_PROSE_BLOCKS = 100_000;

export class Leaves implements InlineSink {
  blocks: ProseBlock[] = [];
  comments: HtmlComment[] = [];
  private text = '';
  private includeBlockquotes = false;
  private log = new ApproximationLog();
  private finders: CommentFinders = commentFinders('');
  /** `{{ … }}` ranges of the body, flat [start, end, …]. */
  private readonly mustaches: number[] = [];
  /** Prose ranges of the leaf being read. */
  private readonly sink = newSink();
  private readonly inline = new InlineScanner();
  private readonly flat = new FlatText();
  /** The inline scanner is reading the flat copy: its offsets go through `flat`. */
  private flatMode = false;

  reset(text: string, bodyOffset: number, includeBlockquotes: boolean, log: ApproximationLog): void {
    this.text = text;
    this.includeBlockquotes = includeBlockquotes;
    this.log = log;
    this.blocks = [];
    this.comments = [];
    this.finders = commentFinders(text);
    findMustaches(text, bodyOffset, text.length, this.mustaches);
    this.inline.newDocument();
    this.flatMode = false;
  }

  /** A single-line leaf: an ATX heading or a table cell, with its content at [contentStart, contentEnd). */
  leaf(kind: ProseBlockKind, start: number, end: number, contentStart: number, contentEnd: number, excluded: boolean): void {
    const text = this.text;
    this.flatMode = false;
    if ((excluded && !this.includeBlockquotes) || this.full(start)) {
      if (!hasTag(text, '<!--', contentStart, contentEnd)) return;
      this.inline.scan(text, contentStart, contentEnd, false, false);
      this.inline.emit(this, false);
      this.noteInexact();
      return;
    }
    this.sink.n = 0;
    this.inline.scan(text, contentStart, contentEnd, false, false);
    this.inline.emit(this, true);
    this.noteInexact();
    const block = buildBlock(kind, start, end, this.sink, 0, this.mustaches);
    if (block) this.blocks.push(block);
  }

  /**
   * A paragraph's lines as one inline content; the block spans [paragraph.start, end). `task`: it may
   * open with a task check; `trim`: it is its item's first paragraph, where mdast drops the character
   * after the check; `heading`: a setext heading (never a task).
   */
  paragraph(kind: ProseBlockKind, end: number, paragraph: OpenParagraph, task: boolean, trim: boolean, heading: boolean): void {
    const text = this.text;
    const start = paragraph.start;
    const contentEnd = paragraph.end;
    const wantProse = (!paragraph.excluded || this.includeBlockquotes) && !this.full(start);
    if (!wantProse && !hasTag(text, '<!--', start, contentEnd)) return;
    let str = text;
    let from = start;
    let to = contentEnd;
    this.flatMode = paragraph.flat && paragraph.lines > 1;
    if (this.flatMode) {
      str = this.flat.build(text, paragraph);
      from = 0;
      to = str.length;
    }
    this.sink.n = 0;
    // No task check in a setext heading: micromark flags only the text of a first paragraph.
    this.inline.scan(str, from, to, task && !heading, trim);
    this.inline.emit(this, wantProse);
    this.noteInexact();
    const taskHead = this.inline.result.taskHead;
    // mdast moves the paragraph start one past the character it dropped after the check.
    const blockStart = taskHead >= 0 ? this.toSource(taskHead) + 1 : start;
    this.flatMode = false;
    if (!wantProse) return;
    const block = buildBlock(kind, blockStart, end, this.sink, 0, this.mustaches);
    if (block) this.blocks.push(block);
  }

  /** An HTML block's comments. */
  htmlBlock(start: number, end: number): void {
    collectComments(this.text, start, end, this.comments, this.finders);
  }

  /** Inline prose (scanned-string coordinates) into the current block. */
  prose(start: number, end: number): void {
    if (this.flatMode) this.flat.pushRange(this.sink, start, end);
    else pushRange(this.sink, start, end);
  }

  /** Inline HTML (scanned-string coordinates): its comments. */
  html(start: number, end: number): void {
    if (this.flatMode) collectComments(this.text, this.flat.toSource(start), this.flat.toSource(end - 1) + 1, this.comments, this.finders);
    else collectComments(this.text, start, end, this.comments, this.finders);
  }

  /** Sorts the comments into document order (HTML blocks and inline HTML were collected apart). */
  finish(): void {
    this.comments.sort((a, b) => a.start - b.start);
  }

  private toSource(offset: number): number {
    return this.flatMode ? this.flat.toSource(offset) : offset;
  }

  /** Whether the block starting at `start` is past `MAX_PROSE_BLOCKS` (then noted). */
  private full(start: number): boolean {
    if (this.blocks.length < MAX_PROSE_BLOCKS) return false;
    this.log.note('blocks', start);
    return true;
  }

  /** After an inline scan: its approximation, if any, at a source offset. */
  private noteInexact(): void {
    const result = this.inline.result;
    if (result.inexact === '') return;
    this.log.note(result.inexact, this.toSource(result.inexactAt));
  }
}
