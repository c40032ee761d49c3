/**
 * The fast path of `scanProse`: a hand-written line scanner for CommonMark + GFM block structure
 * (`./block/`) and an inline scanner (`./inline.ts`, `./inline/`) for what is inside paragraphs,
 * headings and table cells.
 *
 * Why by hand: the reference (`mdast-util-from-markdown` + GFM) builds a full event stream and tree
 * and takes ≈ 0.4 ms per support reply (≈ 4 s for the 10k-document corpus); a tone linter that must be
 * 20× faster than textlint cannot afford that in its batch path. The linter needs far less than a
 * tree: which offsets are prose and how they group into blocks. This scanner walks each line once,
 * keeps container state in a small stack, and allocates per block, not per character.
 *
 * Constructs it does not model are read in a simpler way and recorded as approximations
 * (`InexactKind`), and `scanProse` then asks the mdast reference when that is safe: tabs (column
 * arithmetic; read as spaces), NUL, anything that could be a link reference or footnote definition
 * (any `]:`; read as a paragraph), a table header or a complete HTML tag line that would interrupt a
 * paragraph on a lazy continuation line (the check reads into the next line and keeps the line inside
 * its containers), a task-list check with a line ending inside its brackets. So are its limits:
 * nesting past `MAX_NESTING`, and the inline scanner's (emphasis runs, autolink candidates).
 *
 * Every step is linear in the input or bounded by a limit: that is what lets `scanProse` lint a 2 MB
 * document of hostile Markdown (issue 16) without handing it to micromark, which is quadratic in many
 * of them (measured: `[a](` × 2,000 took 342 ms, `- ` × 1,000 then 8,000 blank lines 61 s, 4,000 nested
 * items overflowed the stack).
 *
 * A scanner holds no state between documents that a result depends on, and nothing is shared between
 * scanners: lint is re-entrant. A `FastScanner` keeps its buffers (typed arrays of tokens, line
 * tables) for the next document it reads; allocating them per document cost more than the scan of a
 * short reply.
 */
import { Code } from './char-codes';
import { ApproximationLog } from './block/approximation-log';
import { BlockScanner } from './block/block-scanner';
import type { ProseOptions, ProseScan } from './types';

export { MAX_NESTING } from './block/block-scanner';
export { MAX_PROSE_BLOCKS } from './block/leaves';

/** A fast scan: exact when `scan.approximations` is empty. */
export interface FastScan {
  readonly scan: ProseScan;
  /** The deepest container nesting seen (capped at `MAX_NESTING`). */
  readonly depth: number;
}

/** Reads documents one at a time, reusing its buffers; one per lint run (or per thread of work). */
export class FastScanner {
  private readonly blocks = new BlockScanner();

  /** The fast scan of `text`, exact or (with approximations) a simpler reading; never null, never slow. */
  scan(text: string, bodyOffset: number, options?: ProseOptions): FastScan {
    const log = new ApproximationLog();
    // Tabs are read as spaces: the same offsets, a column count that is right for most tabs.
    const tab = text.indexOf('\t', bodyOffset);
    log.note('tab', tab);
    log.note('nul', text.indexOf('\0', bodyOffset));
    log.note('definition', text.indexOf(']:', bodyOffset));
    const source = tab === -1 ? text : text.replaceAll('\t', ' ');
    // A byte order mark at the start of the body is not Markdown (micromark drops it).
    if (text.charCodeAt(bodyOffset) === Code.byteOrderMarker) bodyOffset++;
    const scanner = this.blocks;
    scanner.scan(source, bodyOffset, options?.includeBlockquotes === true, log);
    return { scan: { blocks: scanner.blocks, comments: scanner.comments, usedFallback: false, approximations: scanner.approximations }, depth: scanner.depth };
  }
}

/** The fast scan of `text` with a scanner of its own (see `FastScanner` to read many documents). */
export function fastScan(text: string, bodyOffset: number, options?: ProseOptions, scanner = new FastScanner()): FastScan {
  return scanner.scan(text, bodyOffset, options);
}

/** The fast scan when it is exactly mdast's, else null (the document needs the mdast reference). */
export function scanProseFast(text: string, bodyOffset: number, options?: ProseOptions): ProseScan | null {
  const { scan } = fastScan(text, bodyOffset, options);
  return scan.approximations.length === 0 ? scan : null;
}
