/**
 * The prose a tone linter should check in a Markdown body: the text of paragraphs, headings (ATX and
 * setext), list items and GFM table cells, with the ranges remark would give — link text and
 * emphasis content included; code, HTML, URLs and autolinks, link destinations, image alt text,
 * blockquotes (unless asked for), `{{ … }}` placeholders, escapes' backslashes and hard-break markers
 * left out. HTML comments come back separately for `<!-- support-kb-disable … -->` directives.
 *
 * Two implementations, one contract (spelled out in `prose/from-mdast.ts`):
 * - `prose/fast.ts` + `prose/inline.ts`: a hand-written line scanner and inline scanner. Parsing is
 *   where a linter's time goes (DOMAIN.md §5: mdast-util-from-markdown ≈ 4 s for 10k documents, the
 *   matching itself ≈ 0.03 s); this scanner does the same corpus in a few tens of milliseconds.
 * - `prose/from-mdast.ts`: the reference, computed from mdast-util-from-markdown + GFM. Used for the
 *   rare document holding something the fast scanner does not model (`usedFallback: true`), and by the
 *   equivalence tests, which hold the two to the same offsets.
 */
import { scanProseFast } from './prose/fast';
import { scanProseFromMdast } from './prose/from-mdast';
import type { ProseOptions, ProseScan } from './prose/types';

export type { HtmlComment, ProseBlock, ProseBlockKind, ProseOptions, ProseScan, ProseSpan } from './prose/types';

/**
 * Prose blocks and HTML comments of `text` (the whole file; the Markdown body starts at `bodyOffset`,
 * front matter before it is skipped). Offsets are into `text`, in UTF-16 code units.
 */
export function scanProse(text: string, bodyOffset: number, options?: ProseOptions): ProseScan {
  let fast: ProseScan | null;
  try {
    fast = scanProseFast(text, bodyOffset, options);
  } catch {
    // A bug in the fast path must not cost the user their lint: the reference is always right.
    fast = null;
  }
  return fast ?? scanProseFromMdast(text, bodyOffset, options, false);
}
