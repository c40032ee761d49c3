/**
 * The prose a tone linter should check in a Markdown body: the text of paragraphs, headings (ATX and
 * setext), list items and GFM table cells, with the ranges remark would give — link text and
 * emphasis content included; code, HTML, URLs and autolinks, link destinations, image alt text,
 * blockquotes (unless asked for), `{{ … }}` placeholders, escapes' backslashes and hard-break markers
 * left out. HTML comments come back separately for `<!-- support-kb-disable … -->` directives.
 *
 * Two implementations, one contract (spelled out in `prose/from-mdast.ts`):
 * - `prose/fast.ts` (units in `prose/block/`) + `prose/inline.ts` (units in `prose/inline/`): a
 *   hand-written line scanner and inline scanner. Parsing is where a linter's time goes (DOMAIN.md §5:
 *   mdast-util-from-markdown ≈ 4 s for 10k documents, the matching itself ≈ 0.03 s); this scanner does
 *   the same corpus in a few tens of milliseconds. It is linear in its input (or bounded by its
 *   limits) and always gives an answer, exact or approximate.
 * - `prose/from-mdast.ts`: the reference, computed from mdast-util-from-markdown + GFM. Used for the
 *   rare document holding something the fast scanner does not model (`usedFallback: true`), and by the
 *   equivalence tests, which hold the two to the same offsets — but only when micromark's cost is
 *   bounded (see `exactIsAffordable`): on hostile input it is quadratic or worse.
 */
import { FastScanner, type FastScan } from './prose/fast';
import { Code } from './prose/char-codes';
import { scanProseFromMdast } from './prose/from-mdast';
import type { ProseOptions, ProseScan } from './prose/types';

export type { HtmlComment, InexactKind, ProseApproximation, ProseBlock, ProseBlockKind, ProseOptions, ProseScan, ProseSpan } from './prose/types';

/*
 * When micromark may give the exact reading of a document the fast scanner reads only approximately.
 * micromark is linear on ordinary text but with a large constant, and quadratic or worse on markup: it
 * rereads up to the whole body from each opening — a `]` looks back through every event for its `[`,
 * each emphasis pair splices the event list, an unclosed code span or comment reads to the end. Measured
 * on the shared 2-core machine, busy (load 3–8), 2026-12-07:
 * - `_a `/`a_ ` emphasis runs: 1 s at 3.4 KB, 20 s at 16 KB; `]` or `[` × 2,000: 150–225 ms;
 * - plain text: 7 µs a character (32 KB: 0.2 s); 0.08–0.9 ms a line (6,500 lines of words: 1 s; 990
 *   list items: 0.5–0.9 s);
 * - nesting: every open container on every line (1,000 nested items and 8,000 blank lines: 61 s;
 *   4,000 nested items overflowed the stack after 20 s).
 * The bounds below keep it at a few tenths of a second there at worst.
 * Ordinary replies are well inside them; a long article with a tab or a `]:` is read approximately,
 * and lint says so.
 */
/**
 * Body length × (1 + openings), an emphasis marker weighing 8 (micromark spends 4–8× a bracket's time
 * on one). The emphasis runs above cost ~33 ns a unit, so the worst here is ~0.13 s. Real articles
 * holding a footnote score 1.1–3.8 M and take micromark 7–36 ms (the 7 of the 415 articles of the
 * Arduino help centre that have one, 2026-12-08); at 1 M they were all linted approximately.
 */
const MAX_EXACT_FALLBACK_WORK = 4_000_000;
const MAX_EXACT_FALLBACK_CHARS = 16 * 1024;
const MAX_EXACT_FALLBACK_LINES = 500;
const MAX_EXACT_FALLBACK_DEPTH = 16;

/** Weight of each character that opens a construct micromark may read far from. */
const OPENING = new Uint8Array(128);
for (const c of '[]<`') OPENING[c.charCodeAt(0)] = 1;
for (const c of '*_~') OPENING[c.charCodeAt(0)] = 8;

/**
 * Prose blocks and HTML comments of `text` (the whole file; the Markdown body starts at `bodyOffset`,
 * front matter before it is skipped). Offsets are into `text`, in UTF-16 code units. Exact (remark's
 * reading) unless `approximations` says where and why not. `scanner`: one kept for many documents
 * (its buffers are reused), or a new one.
 */
export function scanProse(text: string, bodyOffset: number, options?: ProseOptions, scanner = new FastScanner()): ProseScan {
  let fast: FastScan;
  try {
    fast = scanner.scan(text, bodyOffset, options);
  } catch (error) {
    // A bug in the fast path must not cost the user their lint where the reference is affordable.
    if (exactIsAffordable(text, bodyOffset)) return scanProseFromMdast(text, bodyOffset, options, false);
    throw error;
  }
  if (fast.scan.approximations.length === 0) return fast.scan;
  if (fast.depth <= MAX_EXACT_FALLBACK_DEPTH && exactIsAffordable(text, bodyOffset)) {
    try {
      return scanProseFromMdast(text, bodyOffset, options, false);
    } catch {
      // A stack overflow or a reference check: the approximate reading is still a lint.
    }
  }
  return fast.scan;
}

function exactIsAffordable(text: string, bodyOffset: number): boolean {
  const length = text.length - bodyOffset;
  if (length > MAX_EXACT_FALLBACK_CHARS) return false;
  // Not `(`, `!`, `&`, `>` or the backslash: alone they cost micromark linear time (16 → 64 KB of each
  // took 2–4× as long), and prose is full of them.
  const maxOpenings = MAX_EXACT_FALLBACK_WORK / Math.max(length, 1) - 1;
  let openings = 0;
  let lines = 0;
  for (let i = bodyOffset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= OPENING.length) continue;
    openings += OPENING[c] as number;
    if (c === Code.lineFeed || c === Code.carriageReturn) lines++;
    if (openings > maxOpenings || lines > MAX_EXACT_FALLBACK_LINES) return false;
  }
  return true;
}
