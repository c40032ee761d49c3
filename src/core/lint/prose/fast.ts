/**
 * The fast path of `scanProse`: a hand-written line scanner for CommonMark + GFM block structure and
 * an inline scanner (`./inline.ts`) for what is inside paragraphs, headings and table cells.
 *
 * Why by hand: the reference (`mdast-util-from-markdown` + GFM) builds a full event stream and tree
 * and takes ≈ 0.4 ms per support reply (≈ 4 s for the 10k-document corpus); a tone linter that must be
 * 20× faster than textlint cannot afford that in its batch path. The linter needs far less than a
 * tree: which offsets are prose and how they group into blocks. This scanner walks each line once,
 * keeps container state in a small stack, and allocates per block, not per character.
 *
 * The block rules mirror micromark's document/flow tokenizers, including their quirks (e.g. a list
 * item that would interrupt a paragraph or an indented code block must start with `1` and not be
 * empty, and that rule then holds for every container opened on the same line; indented code started
 * on a lazy line ends with that line). Constructs it does not model are read in a simpler way and
 * recorded as approximations (`InexactKind`), and `scanProse` then asks the mdast reference when that
 * is safe: tabs (column arithmetic; read as spaces), NUL, anything that could be a link reference or
 * footnote definition (any `]:`; read as a paragraph), a table header or a complete HTML tag line that
 * would interrupt a paragraph on a lazy continuation line (the check reads into the next line and keeps
 * the line inside its containers), a task-list check with a line ending inside its brackets. So are its
 * limits: nesting past `MAX_NESTING`, and the inline scanner's (emphasis runs, autolink candidates).
 *
 * Every step is linear in the input or bounded by a limit: that is what lets `scanProse` lint a 2 MB
 * document of hostile Markdown (issue 16) without handing it to micromark, which is quadratic in many
 * of them (measured: `[a](` × 2,000 took 342 ms, `- ` × 1,000 then 8,000 blank lines 61 s, 4,000 nested
 * items overflowed the stack).
 */
import { emitInline, scanInline, type InlineResult, type InlineSink } from './inline';
import { collectComments, commentFinders, findMustaches, type CommentFinders } from './ranges';
import { buildBlock, newSink, pushRange, type BlockSink } from './spans';
import type { HtmlComment, InexactKind, ProseApproximation, ProseBlock, ProseBlockKind, ProseOptions, ProseScan } from './types';

const BQ = 1;
const LIST = 2;

/**
 * Containers (quotes and list items) nested deeper than this are not opened: their markers are read as
 * text. markdown-it stops at 100 too (`maxNesting`). Every line walks the open containers, so without
 * it lines × depth grew with the square of the input; no reply nests more than a handful.
 */
export const MAX_NESTING = 100;

/**
 * Prose blocks past this are not returned (their comments still are): each costs the linter about a
 * kilobyte (500k list items took 511 MB; a table of 1M one-letter cells ran out of a 768 MB heap), and
 * no document a person writes has more than a few thousand.
 */
export const MAX_PROSE_BLOCKS = 100_000;

const TAB = /\t/g;
const SPACE = 0x20;
const ASTERISK = 0x2a;
const HYPHEN = 0x2d;

interface Container {
  kind: number;
  ordered: boolean;
  /** Bullet character, or `.` / `)` for ordered lists. */
  marker: number;
  /** Columns of the current item's content (its continuation indent). */
  size: number;
  initialBlankLine: boolean;
  furtherBlankLines: boolean;
  /** Paragraphs that are direct children of the current item (mdast trims a task check only in the first). */
  paragraphs: number;
}

const F_NONE = 0;
const F_PARA = 1;
const F_FENCE = 2;
const F_INDENTED = 3;
const F_HTML = 4;
const F_TABLE = 5;

const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);
const BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link',
  'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);

/** Filled by `listItemStart` probes; copied when an item really opens. */
const SCRATCH: Container = { kind: LIST, ordered: false, marker: 0, size: 0, initialBlankLine: false, furtherBlankLines: false, paragraphs: 0 };

/** A fast scan: exact when `scan.approximations` is empty. */
export interface FastScan {
  readonly scan: ProseScan;
  /** The deepest container nesting seen (capped at `MAX_NESTING`). */
  readonly depth: number;
}

/** The fast scan of `text`, exact or (with approximations) a simpler reading; never null, never slow. */
export function fastScan(text: string, bodyOffset: number, options?: ProseOptions): FastScan {
  const approximations: ProseApproximation[] = [];
  const note = (kind: InexactKind, offset: number) => {
    if (offset >= 0) approximations.push({ kind, offset });
  };
  // Tabs are read as spaces: the same offsets, a column count that is right for most tabs.
  const tab = text.indexOf('\t', bodyOffset);
  note('tab', tab);
  note('nul', text.indexOf('\0', bodyOffset));
  note('definition', text.indexOf(']:', bodyOffset));
  const source = tab === -1 ? text : text.replace(TAB, ' ');
  // A byte order mark at the start of the body is not Markdown (micromark drops it).
  if (text.charCodeAt(bodyOffset) === 0xfeff) bodyOffset++;
  const scanner = SCANNER;
  scanner.reset(source, bodyOffset, options?.includeBlockquotes === true, approximations);
  current = scanner;
  scanner.run();
  approximations.sort((a, b) => a.offset - b.offset);
  return { scan: { blocks: scanner.blocks, comments: scanner.comments, usedFallback: false, approximations }, depth: scanner.depth };
}

/** The fast scan when it is exactly mdast's, else null (the document needs the mdast reference). */
export function scanProseFast(text: string, bodyOffset: number, options?: ProseOptions): ProseScan | null {
  const { scan } = fastScan(text, bodyOffset, options);
  return scan.approximations.length === 0 ? scan : null;
}

/** The scanner being run (the inline sink forwards to it; one scan at a time, no closures per call). */
let current: BlockScanner | null = null;
const SINK: InlineSink = {
  prose(start: number, end: number): void {
    (current as BlockScanner).onProse(start, end);
  },
  html(start: number, end: number): void {
    (current as BlockScanner).onHtml(start, end);
  },
};

const inlineResult: InlineResult = { inexact: '', inexactAt: -1, taskEnd: -1, taskHead: -1 };

class BlockScanner {
  blocks: ProseBlock[] = [];
  comments: HtmlComment[] = [];
  private text = '';
  private bodyOffset = 0;
  private includeBlockquotes = false;
  private readonly mustaches: number[] = [];
  private len = 0;
  private hasCr = false;
  private readonly stack: Container[] = [];
  private flow = F_NONE;

  // Paragraph lines: content start (after containers; the first line after its indent), line end, end
  // after the line ending.
  private readonly pStart: number[] = [];
  private readonly pEnd: number[] = [];
  private readonly pEol: number[] = [];
  private pLines = 0;
  private pFlat = false;
  private pExcluded = false;
  private pKind: ProseBlockKind = 'paragraph';
  private pTask = false;
  /** The list item the paragraph is a direct child of, if any. */
  private pItem: Container | null = null;

  private fenceChar = 0;
  private fenceLen = 0;

  private htmlKind = 0;
  private htmlStart = 0;
  private htmlEnd = 0;

  private tableExcluded = false;
  private pendingDelimiter = false;

  /** The current flow belongs to a list item opened on its first line: its first paragraph may hold a task check. */
  private itemFresh = false;

  private readonly sink: BlockSink = newSink();
  private readonly flatMap: number[] = []; // per segment: flat start, source start, length
  private flatMode = false;
  private readonly inlineSink: InlineSink = SINK;

  /** The deepest container nesting so far. */
  depth = 0;
  private finders: CommentFinders = commentFinders('');
  private approximations: ProseApproximation[] = [];

  /** Scanner state is reused from document to document (one scan at a time): no per-document garbage. */
  reset(text: string, bodyOffset: number, includeBlockquotes: boolean, approximations: ProseApproximation[]): void {
    this.text = text;
    this.finders = commentFinders(text);
    this.approximations = approximations;
    this.depth = 0;
    this.breakLineEnd.fill(-1);
    this.bodyOffset = bodyOffset;
    this.includeBlockquotes = includeBlockquotes;
    this.blocks = [];
    this.comments = [];
    this.len = text.length;
    this.hasCr = text.indexOf('\r', bodyOffset) !== -1;
    findMustaches(text, bodyOffset, text.length, this.mustaches);
    this.stack.length = 0;
    this.flow = F_NONE;
    this.pLines = 0;
    this.pendingDelimiter = false;
    this.itemFresh = false;
    this.flatMode = false;
    this.htmlEndAt = -2;
  }

  /** Records where the reading becomes approximate; once per kind (the first place is what a reader needs). */
  private inexact(kind: InexactKind, offset: number): void {
    for (const a of this.approximations) if (a.kind === kind) return;
    this.approximations.push({ kind, offset });
  }

  /** Whether the block starting at `start` is past `MAX_PROSE_BLOCKS` (then noted). */
  private full(start: number): boolean {
    if (this.blocks.length < MAX_PROSE_BLOCKS) return false;
    this.inexact('blocks', start);
    return true;
  }

  /** After an inline scan: its approximation, if any, at a source offset. */
  private inlineInexact(): void {
    if (inlineResult.inexact === '') return;
    const at = inlineResult.inexactAt;
    this.inexact(inlineResult.inexact, this.flatMode ? this.flatToSource(at) : at);
  }

  /** Inline prose range (scanned-string coordinates) into the current block. */
  onProse(start: number, end: number): void {
    if (this.flatMode) this.mapFlat(start, end);
    else pushRange(this.sink, start, end);
  }

  onHtml(start: number, end: number): void {
    if (this.flatMode) collectComments(this.text, this.flatToSource(start), this.flatToSource(end - 1) + 1, this.comments, this.finders);
    else collectComments(this.text, start, end, this.comments, this.finders);
  }

  run(): void {
    const text = this.text;
    let lineStart = this.bodyOffset;
    while (lineStart < this.len) {
      let lineEnd: number;
      if (this.hasCr) {
        lineEnd = lineStart;
        for (;;) {
          if (lineEnd >= this.len) break;
          const c = text.charCodeAt(lineEnd);
          if (c === 10 || c === 13) break;
          lineEnd++;
        }
      } else {
        lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1) lineEnd = this.len;
      }
      let eolEnd = lineEnd;
      if (lineEnd < this.len) eolEnd = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
      this.line(lineStart, lineEnd, eolEnd);
      lineStart = eolEnd;
    }
    this.closeFlow();
    this.comments.sort((a, b) => a.start - b.start);
  }

  // -------------------------------------------------------------------------------------------
  // One line: containers, then the flow.

  private line(lineStart: number, lineEnd: number, eolEnd: number): void {
    const text = this.text;
    const stack = this.stack;
    let pos = lineStart;
    let continued = 0;
    let sibling = false;
    // The rest of the line from `p` is blank iff p > last: one backward scan per line instead of one
    // forward scan per container.
    let last = lineEnd - 1;
    while (last >= lineStart && text.charCodeAt(last) === 32) last--;

    for (; continued < stack.length; continued++) {
      const c = stack[continued] as Container;
      if (c.kind === BQ) {
        let p = pos;
        let sp = 0;
        while (sp < 3 && text.charCodeAt(p) === 32) {
          p++;
          sp++;
        }
        if (p >= lineEnd || text.charCodeAt(p) !== 62) break;
        p++;
        if (p < lineEnd && text.charCodeAt(p) === 32) p++;
        pos = p;
        continue;
      }
      if (pos > last) {
        c.furtherBlankLines = c.furtherBlankLines || c.initialBlankLine;
        pos = Math.min(lineEnd, pos + c.size);
        continue;
      }
      if (!c.furtherBlankLines && text.charCodeAt(pos) === 32 && this.hasSpaces(pos, lineEnd, c.size)) {
        c.initialBlankLine = false;
        c.furtherBlankLines = false;
        pos += c.size;
        continue;
      }
      c.initialBlankLine = false;
      c.furtherBlankLines = false;
      // Not in the current item: maybe the next item of the same list.
      const sp = this.spacesUpTo(pos, lineEnd, 3);
      const content = this.listItemStart(pos + sp, lineEnd, c, false, sp, c);
      if (content >= 0) {
        pos = content;
        sibling = true;
        continued++;
      }
      break;
    }

    if (this.pendingDelimiter) {
      this.pendingDelimiter = false;
      // Not modelled: read as the delimiter row anyway.
      if (sibling || continued !== stack.length) this.inexact('table-row', lineStart);
      return; // the table's delimiter row: checked when the table started
    }

    let interrupt = false;
    if (sibling) {
      // The previous item's flow closes first (its paragraph counts for that item), then the new item starts.
      this.closeFlow();
      stack.length = continued;
      (stack[continued - 1] as Container).paragraphs = 0;
      this.itemFresh = this.freshItem(pos, lineEnd);
    }
    const allContinued = continued === stack.length;
    if (!sibling && allContinued) {
      if (this.flow === F_FENCE || this.flow === F_HTML) {
        this.flowLine(pos, lineStart, lineEnd, eolEnd);
        return;
      }
      interrupt = this.flow === F_PARA || this.flow === F_INDENTED;
    }

    let opened = false;
    for (;;) {
      const sp = this.spacesUpTo(pos, lineEnd, 3);
      const p = pos + sp;
      if (p < lineEnd && text.charCodeAt(p) === 62) {
        if (stack.length >= MAX_NESTING) {
          this.inexact('nesting', p);
          break;
        }
        if (!opened) this.openContainers(sibling, continued);
        opened = true;
        stack.push({ kind: BQ, ordered: false, marker: 0, size: 0, initialBlankLine: false, furtherBlankLines: false, paragraphs: 0 });
        pos = p + 1;
        if (pos < lineEnd && text.charCodeAt(pos) === 32) pos++;
        this.itemFresh = false;
        continue;
      }
      const content = this.listItemStart(p, lineEnd, null, interrupt, sp, SCRATCH);
      if (content < 0) break;
      if (stack.length >= MAX_NESTING) {
        this.inexact('nesting', p);
        break;
      }
      if (!opened) this.openContainers(sibling, continued);
      opened = true;
      stack.push({ ...SCRATCH, paragraphs: 0 });
      pos = content;
      this.itemFresh = this.freshItem(pos, lineEnd);
    }

    if (stack.length > this.depth) this.depth = stack.length;
    if (!opened && !allContinued) {
      // Lazy line.
      if (this.flow === F_PARA && !this.isBlank(pos, lineEnd) && this.paragraphContinues(pos, lineEnd, eolEnd, true) === 1) {
        this.addParagraphLine(lineStart, pos, lineEnd, eolEnd);
        return;
      }
      const afterTable = this.flow === F_TABLE;
      this.closeFlow();
      stack.length = continued;
      this.freshLine(pos, lineEnd, eolEnd, true, afterTable);
      return;
    }
    this.flowLine(pos, lineStart, lineEnd, eolEnd);
  }

  /**
   * Whether a list item whose content starts at `content` can hold a task check in its first
   * paragraph. An item starting with a blank line qualifies only if nothing, not even a space, follows
   * its marker: micromark looks for the paragraph right after a bare line ending.
   */
  private freshItem(content: number, lineEnd: number): boolean {
    return content < lineEnd || this.text.charCodeAt(lineEnd - 1) !== 32;
  }

  private openContainers(sibling: boolean, continued: number): void {
    if (!sibling) this.closeFlow();
    this.stack.length = continued;
  }

  /** The flow part of a line whose containers all continued (or were just opened). */
  private flowLine(pos: number, lineStart: number, lineEnd: number, eolEnd: number): void {
    const text = this.text;
    switch (this.flow) {
      case F_FENCE: {
        const sp = this.spaces(pos, lineEnd);
        if (sp <= 3) {
          let k = pos + sp;
          let run = 0;
          while (k < lineEnd && text.charCodeAt(k) === this.fenceChar) {
            k++;
            run++;
          }
          if (run >= this.fenceLen && this.isBlank(k, lineEnd)) this.flow = F_NONE;
        }
        return;
      }
      case F_HTML: {
        if (this.htmlKind >= 6 && this.isBlank(pos, lineEnd)) {
          this.closeFlow();
          return;
        }
        this.htmlEnd = lineEnd;
        if (this.htmlKind < 6 && this.htmlEndsOnLine(pos, lineEnd)) this.closeFlow();
        return;
      }
      case F_INDENTED:
        if (this.isBlank(pos, lineEnd)) return;
        if (this.spaces(pos, lineEnd) >= 4) return;
        this.flow = F_NONE;
        this.freshLine(pos, lineEnd, eolEnd, false);
        return;
      case F_TABLE: {
        if (this.isBlank(pos, lineEnd)) {
          this.flow = F_NONE;
          return;
        }
        const sp = this.spaces(pos, lineEnd);
        if (sp >= 4 || this.flowConstructAt(pos + sp, lineEnd, false, false) !== 0) {
          this.flow = F_NONE;
          this.freshLine(pos, lineEnd, eolEnd, false);
          return;
        }
        this.tableRow(pos + sp, lineEnd, this.tableExcluded);
        return;
      }
      case F_PARA: {
        if (this.isBlank(pos, lineEnd)) {
          this.closeFlow();
          return;
        }
        const r = this.paragraphContinues(pos, lineEnd, eolEnd, false);
        if (r === 1) this.addParagraphLine(lineStart, pos, lineEnd, eolEnd);
        else if (r === 2) this.closeParagraph(lineEnd);
        else {
          this.closeFlow();
          this.freshLine(pos, lineEnd, eolEnd, false);
        }
        return;
      }
      default:
        this.freshLine(pos, lineEnd, eolEnd, false);
    }
  }

  /** A line that starts a new flow construct (nothing open). */
  private freshLine(pos: number, lineEnd: number, eolEnd: number, lazy: boolean, afterTable = false): void {
    if (this.isBlank(pos, lineEnd)) return;
    const text = this.text;
    const sp = this.spaces(pos, lineEnd);
    // The first content of an item's flow, even on a lazy line (micromark's hook looks at the flow).
    const fresh = this.itemFresh;
    this.itemFresh = false;
    if (sp >= 4) {
      // Indented code. Started on a lazy line it ends with that line (micromark checks the laziness of
      // the line it is on before looking at the next), so it interrupts nothing after it.
      this.flow = lazy ? F_NONE : F_INDENTED;
      return;
    }
    const p = pos + sp;
    const construct = this.flowConstructAt(p, lineEnd, false, lazy);
    if (construct !== 0) {
      this.startConstruct(construct, pos, p, lineEnd);
      return;
    }
    // On a lazy line the unmatched containers are already closed here (nothing spans into the line),
    // so the delimiter row is checked against the remaining ones, as micromark does.
    // Right after a table (ended by this lazy line) micromark's table construct can only add a body
    // row, which a lazy line cannot be: no new table here.
    if (!afterTable && this.tableStarts(p, lineEnd, eolEnd)) {
      this.startTable(p, lineEnd);
      return;
    }
    // Paragraph.
    this.flow = F_PARA;
    this.pLines = 0;
    this.pFlat = false;
    this.pExcluded = this.inBlockquote();
    const parent = this.stack.length > 0 ? (this.stack[this.stack.length - 1] as Container) : null;
    this.pItem = parent !== null && parent.kind === LIST ? parent : null;
    this.pKind = this.pItem ? 'list-item' : 'paragraph';
    // A task check needs the paragraph to be the first thing in the item's flow, with no indent of its
    // own (micromark's hook looks at the flow's very first token).
    this.pTask = fresh && sp === 0 && text.charCodeAt(p) === 91;
    this.pStart[0] = p;
    this.pEnd[0] = lineEnd;
    this.pEol[0] = eolEnd;
    this.pLines = 1;
  }

  private inBlockquote(): boolean {
    for (const c of this.stack) if (c.kind === BQ) return true;
    return false;
  }

  private addParagraphLine(lineStart: number, pos: number, lineEnd: number, eolEnd: number): void {
    const k = this.pLines++;
    this.pStart[k] = pos;
    this.pEnd[k] = lineEnd;
    this.pEol[k] = eolEnd;
    if (!this.pFlat) {
      for (let i = lineStart; i < pos; i++) {
        if (this.text.charCodeAt(i) !== 32) {
          this.pFlat = true;
          break;
        }
      }
    }
  }

  /**
   * Whether a non-blank line continues the open paragraph: 1 yes, 2 it is a setext underline (the
   * paragraph becomes a heading), 0 something interrupts it.
   */
  private paragraphContinues(pos: number, lineEnd: number, eolEnd: number, lazy: boolean): number {
    const sp = this.spaces(pos, lineEnd);
    if (sp >= 4) return 1;
    const p = pos + sp;
    const c = this.text.charCodeAt(p);
    if (!lazy && (c === 61 || c === 45) && this.setextUnderline(p, lineEnd)) return 2;
    const construct = this.flowConstructAt(p, lineEnd, true, lazy);
    // A complete-tag HTML block may interrupt only on a lazy line, and micromark's check for it reads
    // into the next line, which keeps the line inside the containers it was lazy for: not modelled
    // (read as the HTML block it starts). Nor is a table starting on a lazy line.
    if (construct === 17) this.inexact('lazy-construct', p);
    if (construct !== 0) return 0;
    if (this.tableStarts(p, lineEnd, eolEnd)) {
      if (lazy) this.inexact('lazy-construct', p);
      return 0;
    }
    return 1;
  }

  // -------------------------------------------------------------------------------------------
  // Flow constructs.

  /** 1 ATX heading, 2 thematic break, 3 fenced code, 10 + kind for an HTML block; 0 none. */
  private flowConstructAt(p: number, lineEnd: number, interrupt: boolean, lazy: boolean): number {
    if (p >= lineEnd) return 0;
    const c = this.text.charCodeAt(p);
    switch (c) {
      case 35:
        return this.atxHeading(p, lineEnd) ? 1 : 0;
      case 42:
      case 95:
        return this.thematicBreak(p, lineEnd) ? 2 : 0;
      case 45:
        return this.thematicBreak(p, lineEnd) ? 2 : 0;
      case 96:
      case 126:
        return this.fenceOpen(p, lineEnd) > 0 ? 3 : 0;
      case 60: {
        const kind = this.htmlStartKind(p, lineEnd, interrupt, lazy);
        return kind > 0 ? 10 + kind : 0;
      }
      default:
        return 0;
    }
  }

  private startConstruct(construct: number, pos: number, p: number, lineEnd: number): void {
    if (construct === 1) {
      this.heading(p, lineEnd);
      return;
    }
    if (construct === 2) return;
    if (construct === 3) {
      this.fenceChar = this.text.charCodeAt(p);
      this.fenceLen = this.fenceOpen(p, lineEnd);
      this.flow = F_FENCE;
      return;
    }
    this.htmlKind = construct - 10;
    this.htmlEndAt = -2;
    this.htmlStart = pos;
    this.htmlEnd = lineEnd;
    this.flow = F_HTML;
    if (this.htmlKind < 6 && this.htmlEndsOnLine(this.htmlSearchFrom, lineEnd)) this.closeFlow();
  }

  private atxHeading(p: number, lineEnd: number): boolean {
    let k = p;
    while (k < lineEnd && k - p < 6 && this.text.charCodeAt(k) === 35) k++;
    if (k === lineEnd) return true;
    const c = this.text.charCodeAt(k);
    return c === 32;
  }

  private heading(p: number, lineEnd: number): void {
    const text = this.text;
    let k = p;
    while (k < lineEnd && text.charCodeAt(k) === 35) k++;
    while (k < lineEnd && text.charCodeAt(k) === 32) k++;
    let e = lineEnd;
    while (e > k && text.charCodeAt(e - 1) === 32) e--;
    if (e > k && text.charCodeAt(e - 1) === 35) {
      let c = e;
      while (c > k && text.charCodeAt(c - 1) === 35) c--;
      if (c === k) e = k;
      else if (text.charCodeAt(c - 1) === 32) {
        e = c;
        while (e > k && text.charCodeAt(e - 1) === 32) e--;
      }
    }
    if (e <= k) return;
    this.leaf('heading', p, lineEnd, k, e, this.inBlockquote(), false);
  }

  /** Per marker (`*`, `-`, `_`): the end of the line that `breakTail` and `breakThird` describe. */
  private readonly breakLineEnd = new Int32Array(3).fill(-1);
  /** Start of the line's tail made only of the marker and spaces. */
  private readonly breakTail = new Int32Array(3);
  /** The third-last marker in that tail, or -1. */
  private readonly breakThird = new Int32Array(3);

  /**
   * Whether [p, lineEnd) is a thematic break of the marker at `p`: only that marker and spaces, three
   * markers or more. Asked for every list marker of a line (`- - - … x`), so the line's tail is measured
   * once per marker: a scan to the line's end per marker was quadratic (`- ` × 50k + `x`: 53 s).
   */
  private thematicBreak(p: number, lineEnd: number): boolean {
    const text = this.text;
    const marker = text.charCodeAt(p);
    const slot = marker === ASTERISK ? 0 : marker === HYPHEN ? 1 : 2;
    if (this.breakLineEnd[slot] !== lineEnd) {
      let k = lineEnd;
      let count = 0;
      let third = -1;
      // A line starts after a line ending or at the body's start, so this stops at the line's start.
      while (k > this.bodyOffset) {
        const c = text.charCodeAt(k - 1);
        if (c === marker) {
          if (++count === 3) third = k - 1;
        } else if (c !== SPACE) break;
        k--;
      }
      this.breakLineEnd[slot] = lineEnd;
      this.breakTail[slot] = k;
      this.breakThird[slot] = third;
    }
    return p >= (this.breakTail[slot] as number) && p <= (this.breakThird[slot] as number);
  }

  private setextUnderline(p: number, lineEnd: number): boolean {
    const text = this.text;
    const marker = text.charCodeAt(p);
    let k = p;
    while (k < lineEnd && text.charCodeAt(k) === marker) k++;
    return this.isBlank(k, lineEnd);
  }

  /** Length of the opening fence at `p`, or 0. */
  private fenceOpen(p: number, lineEnd: number): number {
    const text = this.text;
    const marker = text.charCodeAt(p);
    let k = p;
    while (k < lineEnd && text.charCodeAt(k) === marker) k++;
    const size = k - p;
    if (size < 3) return 0;
    if (marker === 96) {
      const b = text.indexOf('`', k);
      if (b !== -1 && b < lineEnd) return 0;
    }
    return size;
  }

  /** Where the end condition of a kind 1–5 HTML block is looked for on its first line. */
  private htmlSearchFrom = 0;

  /** HTML block start (micromark html-flow): kind 1–7, or 0. Sets `htmlSearchFrom`. */
  private htmlStartKind(p: number, lineEnd: number, interrupt: boolean, lazy: boolean): number {
    const text = this.text;
    let k = p + 1;
    let c = charAt(text, lineEnd, k);
    if (c === 33) {
      c = charAt(text, lineEnd, ++k);
      if (c === 45) {
        if (charAt(text, lineEnd, k + 1) !== 45) return 0;
        this.htmlSearchFrom = p + 2;
        return 2;
      }
      if (c === 91) {
        const want = 'CDATA[';
        for (let m = 0; m < 6; m++) if (charAt(text, lineEnd, k + 1 + m) !== want.charCodeAt(m)) return 0;
        this.htmlSearchFrom = k + 7;
        return 5;
      }
      if (isAlpha(c)) {
        this.htmlSearchFrom = k + 1;
        return 4;
      }
      return 0;
    }
    if (c === 63) {
      this.htmlSearchFrom = p + 1;
      return 3;
    }
    let closing = false;
    if (c === 47) {
      closing = true;
      c = charAt(text, lineEnd, ++k);
    }
    if (!isAlpha(c)) return 0;
    const nameStart = k;
    while (isAlpha(c) || isDigit(c) || c === 45) c = charAt(text, lineEnd, ++k);
    if (!(c === -1 || c === 47 || c === 62 || c === 32)) return 0;
    const name = text.slice(nameStart, k).toLowerCase();
    const slash = c === 47;
    if (!slash && !closing && RAW_NAMES.has(name)) {
      this.htmlSearchFrom = k;
      return 1;
    }
    if (BLOCK_NAMES.has(name)) {
      if (slash && charAt(text, lineEnd, k + 1) !== 62) return 0;
      return 6;
    }
    if (interrupt && !lazy) return 0;
    return this.completeTag(k, lineEnd, closing) ? 7 : 0;
  }

  /** micromark html-flow "complete" tag from the end of its name: attributes, `>`, then only spaces. */
  private completeTag(k: number, lineEnd: number, closing: boolean): boolean {
    const text = this.text;
    const NAME_BEFORE = 0;
    const NAME = 1;
    const NAME_AFTER = 2;
    const VALUE_BEFORE = 3;
    const QUOTED = 4;
    const UNQUOTED = 5;
    const QUOTED_AFTER = 6;
    const END = 7;
    let state = NAME_BEFORE;
    let marker = 0;
    if (closing) {
      while (charAt(text, lineEnd, k) === 32) k++;
      state = END;
    }
    for (;;) {
      const c = charAt(text, lineEnd, k);
      switch (state) {
        case NAME_BEFORE:
          if (c === 47) {
            k++;
            state = END;
          } else if (c === 58 || c === 95 || isAlpha(c)) {
            k++;
            state = NAME;
          } else if (c === 32) k++;
          else state = END;
          break;
        case NAME:
          if (c === 45 || c === 46 || c === 58 || c === 95 || isAlpha(c) || isDigit(c)) k++;
          else state = NAME_AFTER;
          break;
        case NAME_AFTER:
          if (c === 61) {
            k++;
            state = VALUE_BEFORE;
          } else if (c === 32) k++;
          else state = NAME_BEFORE;
          break;
        case VALUE_BEFORE:
          if (c === -1 || c === 60 || c === 61 || c === 62 || c === 96) return false;
          if (c === 34 || c === 39) {
            marker = c;
            k++;
            state = QUOTED;
          } else if (c === 32) k++;
          else state = UNQUOTED;
          break;
        case QUOTED:
          if (c === marker) {
            k++;
            state = QUOTED_AFTER;
          } else if (c === -1) return false;
          else k++;
          break;
        case UNQUOTED:
          if (c === -1 || c === 34 || c === 39 || c === 47 || c === 60 || c === 61 || c === 62 || c === 96 || c === 32) state = NAME_AFTER;
          else k++;
          break;
        case QUOTED_AFTER:
          if (c === 47 || c === 62 || c === 32) state = NAME_BEFORE;
          else return false;
          break;
        default: {
          // END: `>` then only spaces to the end of the line.
          if (c !== 62) return false;
          k++;
          while (charAt(text, lineEnd, k) === 32) k++;
          return k >= lineEnd;
        }
      }
    }
  }

  /** Whether a kind 1–5 HTML block ends on this line (searching from `from`). */
  private htmlEndsOnLine(from: number, lineEnd: number): boolean {
    const text = this.text;
    switch (this.htmlKind) {
      case 1: {
        for (let k = from; k + 1 < lineEnd; k++) {
          if (text.charCodeAt(k) !== 60 || text.charCodeAt(k + 1) !== 47) continue;
          let e = k + 2;
          while (e < lineEnd && e - k - 2 < 8 && isAlpha(text.charCodeAt(e))) e++;
          if (e < lineEnd && text.charCodeAt(e) === 62 && RAW_NAMES.has(text.slice(k + 2, e).toLowerCase())) return true;
        }
        return false;
      }
      default: {
        const needle = this.htmlKind === 2 ? '-->' : this.htmlKind === 3 ? '?>' : this.htmlKind === 4 ? '>' : ']]>';
        // One search per block: the next marker is remembered until the scan passes it.
        if (this.htmlEndAt === -2 || (this.htmlEndAt >= 0 && this.htmlEndAt < from)) this.htmlEndAt = text.indexOf(needle, from);
        return this.htmlEndAt >= 0 && this.htmlEndAt + needle.length <= lineEnd;
      }
    }
  }

  /** Next end marker of the open HTML block (-2 not searched yet, -1 none until the end). */
  private htmlEndAt = -2;

  // -------------------------------------------------------------------------------------------
  // Lists.

  /**
   * A list item starting at `p` (after `sp` spaces of indent). With `existing`, only the next item of
   * that list. Fills `into` (size, marker, flags) and returns the content position, or -1.
   */
  private listItemStart(p: number, lineEnd: number, existing: Container | null, interrupt: boolean, sp: number, into: Container): number {
    const text = this.text;
    if (p >= lineEnd) return -1;
    const c = text.charCodeAt(p);
    const unordered = existing ? !existing.ordered : c === 42 || c === 43 || c === 45;
    let markerEnd: number;
    let marker: number;
    if (unordered) {
      if (existing ? c !== existing.marker : !(c === 42 || c === 43 || c === 45)) return -1;
      if ((c === 42 || c === 45) && this.thematicBreak(p, lineEnd)) return -1;
      marker = c;
      markerEnd = p + 1;
    } else {
      if (!isDigit(c)) return -1;
      if (interrupt && c !== 49) return -1;
      let k = p;
      while (k < lineEnd && isDigit(text.charCodeAt(k)) && k - p < 9) k++;
      const d = k < lineEnd ? text.charCodeAt(k) : -1;
      if (interrupt && k - p > 1) return -1;
      if (existing ? d !== existing.marker : !(d === 46 || d === 41)) return -1;
      marker = d;
      markerEnd = k + 1;
    }
    const prefix = markerEnd - p;
    if (this.isBlank(markerEnd, lineEnd)) {
      if (interrupt) return -1;
      into.size = sp + prefix + 1;
      into.initialBlankLine = true;
      into.furtherBlankLines = false;
      into.ordered = !unordered;
      into.marker = marker;
      return lineEnd;
    }
    const spaces = this.spaces(markerEnd, lineEnd);
    if (spaces === 0) return -1;
    const used = spaces <= 4 ? spaces : 1;
    into.size = sp + prefix + used;
    into.initialBlankLine = false;
    into.furtherBlankLines = false;
    into.ordered = !unordered;
    into.marker = marker;
    return markerEnd + used;
  }

  // -------------------------------------------------------------------------------------------
  // Tables.

  /** Cell count of a head row at `p`, or -1 (micromark gfm-table `headRow…`). */
  private headRowCells(p: number, lineEnd: number, eolEnd: number): number {
    if (eolEnd === lineEnd) return -1; // no next line
    const text = this.text;
    let size = 0;
    let sizeB = 0;
    let seen = false;
    let k = p;
    if (text.charCodeAt(k) !== 124) {
      seen = true;
      sizeB = 1;
    }
    for (;;) {
      if (k >= lineEnd) return sizeB > 1 ? size : -1;
      const c = text.charCodeAt(k);
      if (c === 32) {
        k++;
        continue;
      }
      sizeB++;
      if (seen) {
        seen = false;
        size++;
      }
      if (c === 124) {
        seen = true;
        k++;
        continue;
      }
      // data
      for (;;) {
        if (k >= lineEnd) break;
        const d = text.charCodeAt(k);
        if (d === 124 || d === 32) break;
        k++;
        if (d === 92 && k < lineEnd) {
          const e = text.charCodeAt(k);
          if (e === 92 || e === 124) k++;
        }
      }
    }
  }

  /** Whether the delimiter row at `p` (after the line's containers) has `size` cells. */
  private delimiterRow(p: number, lineEnd: number, size: number): boolean {
    const text = this.text;
    let k = p;
    let sp = 0;
    while (sp < 3 && (k < lineEnd ? text.charCodeAt(k) : -1) === 32) {
      k++;
      sp++;
    }
    let seen = false;
    let sizeB = 0;
    let c = (k < lineEnd ? text.charCodeAt(k) : -1);
    if (c === 124) {
      seen = true;
      k++;
    } else if (c !== 45 && c !== 58) return false;
    for (;;) {
      // cell before: whitespace, then value
      while ((k < lineEnd ? text.charCodeAt(k) : -1) === 32) k++;
      c = (k < lineEnd ? text.charCodeAt(k) : -1);
      if (c === -1) break;
      if (c === 58) {
        sizeB++;
        seen = true;
        k++;
        if ((k < lineEnd ? text.charCodeAt(k) : -1) !== 45) return false;
      } else if (c === 45) {
        sizeB++;
      } else return false;
      while ((k < lineEnd ? text.charCodeAt(k) : -1) === 45) k++;
      if ((k < lineEnd ? text.charCodeAt(k) : -1) === 58) {
        seen = true;
        k++;
      }
      while ((k < lineEnd ? text.charCodeAt(k) : -1) === 32) k++;
      c = (k < lineEnd ? text.charCodeAt(k) : -1);
      if (c === 124) {
        seen = true;
        k++;
        continue;
      }
      if (c === -1) break;
      return false;
    }
    return seen && size === sizeB;
  }

  private tableStarts(p: number, lineEnd: number, eolEnd: number): boolean {
    if (!this.mayBeDelimiterLine(eolEnd)) return false;
    const size = this.headRowCells(p, lineEnd, eolEnd);
    if (size < 0) return false;
    const next = this.peekNextLine(eolEnd);
    if (next < 0) return false;
    return this.delimiterRow(next, this.lineEndOf(eolEnd), size);
  }

  /** Cheap test before the real one: the next line, past `>` and spaces, starts with `|`, `:` or `-`. */
  private mayBeDelimiterLine(lineStart: number): boolean {
    const text = this.text;
    for (let k = lineStart; k < this.len; k++) {
      const c = text.charCodeAt(k);
      if (c === 32 || c === 62) continue;
      return c === 124 || c === 58 || c === 45;
    }
    return false;
  }

  private lineEndOf(lineStart: number): number {
    const text = this.text;
    let k = lineStart;
    while (k < this.len) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) break;
      k++;
    }
    return k;
  }

  /** Position after the containers of the line at `lineStart` if they all continue and none opens; else -1. */
  private peekNextLine(lineStart: number): number {
    const text = this.text;
    const lineEnd = this.lineEndOf(lineStart);
    let last = lineEnd - 1;
    while (last >= lineStart && text.charCodeAt(last) === 32) last--;
    let pos = lineStart;
    for (const c of this.stack) {
      if (c.kind === BQ) {
        let p = pos;
        let sp = 0;
        while (sp < 3 && text.charCodeAt(p) === 32) {
          p++;
          sp++;
        }
        if (p >= lineEnd || text.charCodeAt(p) !== 62) return -1;
        p++;
        if (p < lineEnd && text.charCodeAt(p) === 32) p++;
        pos = p;
        continue;
      }
      if (pos > last) return -1;
      if (!c.furtherBlankLines && this.hasSpaces(pos, lineEnd, c.size)) {
        pos += c.size;
        continue;
      }
      return -1;
    }
    const sp = this.spacesUpTo(pos, lineEnd, 3);
    const p = pos + sp;
    if (p < lineEnd && text.charCodeAt(p) === 62) return -1;
    if (this.listItemStart(p, lineEnd, null, true, sp, SCRATCH) >= 0) return -1;
    return pos;
  }

  private startTable(p: number, lineEnd: number): void {
    this.flow = F_TABLE;
    this.tableExcluded = this.inBlockquote();
    this.pendingDelimiter = true;
    this.tableRow(p, lineEnd, this.tableExcluded);
  }

  /** Cells of one row: a cell runs from its `|` (or the row start) to the next `|`; a final `|` closes the last cell. */
  private tableRow(p: number, lineEnd: number, excluded: boolean): void {
    const text = this.text;
    let cellStart = p;
    let k = p;
    if (text.charCodeAt(k) === 124) k++;
    let contentStart = -1;
    let contentEnd = -1;
    for (;;) {
      if (k >= lineEnd) {
        this.cell(cellStart, lineEnd, contentStart, contentEnd, excluded);
        return;
      }
      const c = text.charCodeAt(k);
      if (c === 124) {
        if (this.isBlank(k + 1, lineEnd)) {
          this.cell(cellStart, lineEnd, contentStart, contentEnd, excluded);
          return;
        }
        this.cell(cellStart, k, contentStart, contentEnd, excluded);
        cellStart = k;
        contentStart = -1;
        contentEnd = -1;
        k++;
        continue;
      }
      if (c === 32) {
        k++;
        continue;
      }
      if (contentStart < 0) contentStart = k;
      k++;
      if (c === 92 && k < lineEnd) {
        const d = text.charCodeAt(k);
        if (d === 92 || d === 124) k++;
      }
      contentEnd = k;
    }
  }

  private cell(start: number, end: number, contentStart: number, contentEnd: number, excluded: boolean): void {
    if (contentStart < 0) return;
    this.leaf('table-cell', start, end, contentStart, contentEnd, excluded, false);
  }

  // -------------------------------------------------------------------------------------------
  // Closing constructs and emitting blocks.

  private closeFlow(): void {
    switch (this.flow) {
      case F_PARA:
        this.closeParagraph(-1);
        break;
      case F_HTML:
        collectComments(this.text, this.htmlStart, this.htmlEnd, this.comments, this.finders);
        break;
      default:
        break;
    }
    this.flow = F_NONE;
  }

  /** Emit the open paragraph; with `underlineEnd` >= 0 it is a setext heading ending there. */
  private closeParagraph(underlineEnd: number): void {
    this.flow = F_NONE;
    const last = this.pLines - 1;
    const heading = underlineEnd >= 0;
    const start = this.pStart[0] as number;
    const end = heading ? underlineEnd : (this.pEnd[last] as number);
    // mdast-util-gfm-task-list-item trims after the check only in the first paragraph of a list item.
    const item = heading ? null : this.pItem;
    const trim = item !== null && item.paragraphs === 0;
    if (item) item.paragraphs++;
    this.leafLines(heading ? 'heading' : this.pKind, start, end, this.pExcluded, this.pTask, trim, heading);
  }

  /** A single-range leaf: heading or table cell. */
  private leaf(kind: ProseBlockKind, start: number, end: number, contentStart: number, contentEnd: number, excluded: boolean, task: boolean): void {
    if ((excluded && !this.includeBlockquotes) || this.full(start)) {
      if (!has(this.text, '<!--', contentStart, contentEnd)) return;
      scanInline(this.text, contentStart, contentEnd, false, false, inlineResult);
      this.flatMode = false;
      emitInline(this.inlineSink, false);
      this.inlineInexact();
      return;
    }
    const sink = this.sink;
    sink.n = 0;
    scanInline(this.text, contentStart, contentEnd, task, false, inlineResult);
    this.flatMode = false;
    emitInline(this.inlineSink, true);
    this.inlineInexact();
    const block = buildBlock(kind, start, end, sink, 0, this.mustaches);
    if (block) this.blocks.push(block);
  }

  /** The paragraph (or setext heading) lines as one inline content. */
  private leafLines(kind: ProseBlockKind, start: number, end: number, excluded: boolean, task: boolean, trim: boolean, heading: boolean): void {
    const last = this.pLines - 1;
    const contentEnd = this.pEnd[last] as number;
    const wantProse = (!excluded || this.includeBlockquotes) && !this.full(start);
    if (!wantProse && !has(this.text, '<!--', start, contentEnd)) return;
    let str = this.text;
    let from = start;
    let to = contentEnd;
    this.flatMode = false;
    if (this.pFlat && last > 0) {
      // Container prefixes (`>`) between lines: scan a copy without them.
      const map = this.flatMap;
      map.length = 0;
      let flat = '';
      for (let k = 0; k <= last; k++) {
        const s0 = this.pStart[k] as number;
        const s1 = k < last ? (this.pEol[k] as number) : (this.pEnd[k] as number);
        map.push(flat.length, s0, s1 - s0);
        flat += this.text.slice(s0, s1);
      }
      str = flat;
      from = 0;
      to = flat.length;
      this.flatMode = true;
    }
    const sink = this.sink;
    sink.n = 0;
    // No task check in a setext heading: micromark flags only the text of a first paragraph.
    scanInline(str, from, to, task && !heading, trim, inlineResult);
    emitInline(this.inlineSink, wantProse);
    this.inlineInexact();
    let blockStart = start;
    if (inlineResult.taskHead >= 0) {
      // mdast moves the paragraph start one past the character it dropped after the check.
      blockStart = (this.flatMode ? this.flatToSource(inlineResult.taskHead) : inlineResult.taskHead) + 1;
    }
    this.flatMode = false;
    if (!wantProse) return;
    const block = buildBlock(kind, blockStart, end, sink, 0, this.mustaches);
    if (block) this.blocks.push(block);
  }

  /** Index (a multiple of 3) of the flat segment holding flat offset `offset` (the last one past the end). */
  private flatSegment(offset: number): number {
    const map = this.flatMap;
    // Binary search: a walk from the first segment per range was lines × ranges on a long quote.
    let lo = 0;
    let hi = map.length / 3 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((map[mid * 3] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo * 3;
  }

  private mapFlat(start: number, end: number): void {
    const map = this.flatMap;
    for (let k = this.flatSegment(start); k < map.length; k += 3) {
      const fs = map[k] as number;
      const ss = map[k + 1] as number;
      const fl = map[k + 2] as number;
      if (fs + fl <= start) continue;
      if (fs >= end) break;
      const a = Math.max(start, fs);
      const b = Math.min(end, fs + fl);
      pushRange(this.sink, ss + (a - fs), ss + (b - fs));
    }
  }

  private flatToSource(offset: number): number {
    const map = this.flatMap;
    const k = this.flatSegment(offset);
    return (map[k + 1] as number) + (offset - (map[k] as number));
  }

  // -------------------------------------------------------------------------------------------
  // Helpers.

  private spacesUpTo(p: number, lineEnd: number, max: number): number {
    let k = p;
    while (k < lineEnd && k - p < max && this.text.charCodeAt(k) === 32) k++;
    return k - p;
  }

  private spaces(p: number, lineEnd: number): number {
    let k = p;
    while (k < lineEnd && this.text.charCodeAt(k) === 32) k++;
    return k - p;
  }

  /** At least `n` spaces at `p` (counts no further than `n`). */
  private hasSpaces(p: number, lineEnd: number, n: number): boolean {
    if (p + n > lineEnd) return false;
    for (let k = p; k < p + n; k++) if (this.text.charCodeAt(k) !== 32) return false;
    return true;
  }

  private isBlank(p: number, lineEnd: number): boolean {
    for (let k = p; k < lineEnd; k++) if (this.text.charCodeAt(k) !== 32) return false;
    return true;
  }
}



/** Whether `needle` (starting with `<`) occurs in [from, to): a bounded scan, never past `to`. */
function has(text: string, needle: string, from: number, to: number): boolean {
  for (let k = from; k + needle.length <= to; k++) {
    if (text.charCodeAt(k) === 60 && text.startsWith(needle, k)) return true;
  }
  return false;
}

/** Character code at `k`, or -1 at `end` and after. */
function charAt(text: string, end: number, k: number): number {
  return k < end ? text.charCodeAt(k) : -1;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const SCANNER = new BlockScanner();
