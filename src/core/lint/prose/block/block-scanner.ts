/**
 * The block structure of a Markdown body, line by line, as micromark's document tokenizer reads it:
 * which containers a line continues (containers.ts), whether it opens more, and whether it is lazy —
 * then its content goes to the flow (flow.ts), which keeps the one leaf construct open at a time.
 *
 * The rules mirror micromark's, quirks included (e.g. a list item that would interrupt a paragraph or
 * an indented code block must start with `1` and not be empty, and that rule then holds for every
 * container opened on the same line; indented code started on a lazy line ends with that line).
 */
import { Code } from '../char-codes';
import type { HtmlComment, ProseApproximation, ProseBlock } from '../types';
import { ApproximationLog } from './approximation-log';
import { Containers, freshItem } from './containers';
import { Continues, Flow, FlowKind } from './flow';
import { Leaves } from './leaves';
import { isBlank, spacesUpTo } from './line-text';
import { ThematicBreaks } from './thematic-breaks';

/**
 * Containers (quotes and list items) nested deeper than this are not opened: their markers are read as
 * text. markdown-it stops at 100 too (`maxNesting`). Every line walks the open containers, so without
 * it lines × depth grew with the square of the input; no reply nests more than a handful.
 */
export const MAX_NESTING = 100;

export class BlockScanner {
  private text = '';
  private bodyOffset = 0;
  private hasCr = false;
  private log = new ApproximationLog();
  private readonly breaks = new ThematicBreaks();
  private readonly containers = new Containers(this.breaks);
  private readonly leaves = new Leaves();
  private readonly flow = new Flow(this.containers, this.breaks, this.leaves);
  /** The deepest container nesting so far. */
  depth = 0;

  /**
   * Reads `text` (tab-free) from `bodyOffset`; the scanner's buffers are kept for the next document.
   * Approximations go to `log` (which may hold some already).
   */
  scan(text: string, bodyOffset: number, includeBlockquotes: boolean, log: ApproximationLog): void {
    this.text = text;
    this.bodyOffset = bodyOffset;
    this.log = log;
    this.depth = 0;
    this.hasCr = text.indexOf('\r', bodyOffset) !== -1;
    this.breaks.reset(text, bodyOffset);
    this.containers.reset(text);
    this.leaves.reset(text, bodyOffset, includeBlockquotes, log);
    this.flow.reset(text, log);
    this.run();
  }

  get blocks(): ProseBlock[] {
    return this.leaves.blocks;
  }

  get comments(): HtmlComment[] {
    return this.leaves.comments;
  }

  get approximations(): ProseApproximation[] {
    return this.log.sorted();
  }

  private run(): void {
    const text = this.text;
    const len = text.length;
    let lineStart = this.bodyOffset;
    while (lineStart < len) {
      let lineEnd: number;
      if (this.hasCr) {
        lineEnd = lineStart;
        while (lineEnd < len) {
          const c = text.charCodeAt(lineEnd);
          if (c === Code.lineFeed || c === Code.carriageReturn) break;
          lineEnd++;
        }
      } else {
        lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1) lineEnd = len;
      }
      let eolEnd = lineEnd;
      if (lineEnd < len) eolEnd = lineEnd + (text.charCodeAt(lineEnd) === Code.carriageReturn && text.charCodeAt(lineEnd + 1) === Code.lineFeed ? 2 : 1);
      this.line(lineStart, lineEnd, eolEnd);
      lineStart = eolEnd;
    }
    this.flow.close();
    this.leaves.finish();
  }

  /** One line: the containers it continues, those it opens, then its content to the flow. */
  private line(lineStart: number, lineEnd: number, eolEnd: number): void {
    const text = this.text;
    const containers = this.containers;
    const stack = containers.stack;
    const flow = this.flow;
    // The rest of the line from `p` is blank iff p > last: one backward scan per line instead of one
    // forward scan per container.
    let last = lineEnd - 1;
    while (last >= lineStart && text.charCodeAt(last) === Code.space) last--;
    containers.continueLine(lineStart, lineEnd, last);
    let pos = containers.pos;
    const continued = containers.continued;
    const sibling = containers.sibling;

    if (flow.pendingDelimiter) {
      flow.pendingDelimiter = false;
      // Not modelled: read as the delimiter row anyway.
      if (sibling || continued !== stack.length) this.log.note('table-row', lineStart);
      return; // the table's delimiter row: checked when the table started
    }

    let interrupt = false;
    if (sibling) {
      // The previous item's flow closes first (its paragraph counts for that item), then the new item starts.
      flow.close();
      stack.length = continued;
      (stack[continued - 1] as { paragraphs: number }).paragraphs = 0;
      flow.itemFresh = freshItem(text, pos, lineEnd);
    }
    const allContinued = continued === stack.length;
    if (!sibling && allContinued) {
      if (flow.kind === FlowKind.fence || flow.kind === FlowKind.html) {
        flow.continueLine(pos, lineStart, lineEnd, eolEnd);
        return;
      }
      interrupt = flow.kind === FlowKind.paragraph || flow.kind === FlowKind.indented;
    }

    // New containers.
    let opened = false;
    for (;;) {
      const sp = spacesUpTo(text, pos, lineEnd, 3);
      const p = pos + sp;
      if (p < lineEnd && text.charCodeAt(p) === Code.greaterThan) {
        if (stack.length >= MAX_NESTING) {
          this.log.note('nesting', p);
          break;
        }
        if (!opened) this.openContainers(sibling, continued);
        opened = true;
        containers.openQuote();
        pos = p + 1;
        if (pos < lineEnd && text.charCodeAt(pos) === Code.space) pos++;
        flow.itemFresh = false;
        continue;
      }
      const content = containers.probeItem(p, lineEnd, interrupt, sp);
      if (content < 0) break;
      if (stack.length >= MAX_NESTING) {
        this.log.note('nesting', p);
        break;
      }
      if (!opened) this.openContainers(sibling, continued);
      opened = true;
      containers.openProbedItem();
      pos = content;
      flow.itemFresh = freshItem(text, pos, lineEnd);
    }

    if (stack.length > this.depth) this.depth = stack.length;
    if (!opened && !allContinued) {
      // A lazy line: it leaves some containers, and only continues a paragraph if it can.
      if (flow.kind === FlowKind.paragraph && !isBlank(text, pos, lineEnd) && flow.paragraphContinues(pos, lineEnd, eolEnd, true) === Continues.yes) {
        flow.paragraph.add(text, lineStart, pos, lineEnd, eolEnd);
        return;
      }
      const afterTable = flow.kind === FlowKind.table;
      flow.close();
      stack.length = continued;
      flow.freshLine(pos, lineEnd, eolEnd, true, afterTable);
      return;
    }
    flow.continueLine(pos, lineStart, lineEnd, eolEnd);
  }

  /** Before the first container a line opens: the flow ends (unless a sibling item closed it), and so do the containers the line left. */
  private openContainers(sibling: boolean, continued: number): void {
    if (!sibling) this.flow.close();
    this.containers.stack.length = continued;
  }
}
