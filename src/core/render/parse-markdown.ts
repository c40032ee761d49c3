/**
 * The Markdown tree the renderers start from: CommonMark + GFM, as remark-gfm
 * parses it, but with each GFM construct's extension loaded only when the text
 * has the characters its syntax cannot do without.
 *
 * micromark pays for an extension wherever its syntax could start, not only
 * where it occurs: on the bench's 100 KB article, CommonMark alone parses in
 * 28–34 ms and with all of GFM in ~62 ms, most of the difference being the
 * table and autolink-literal extensions. Most replies have no table, footnote
 * or `~`; the bench's 3 KB macro (no table) renders for all channels in 0.90
 * instead of 1.12 ms (p50). Leaving an extension out when its trigger is absent
 * cannot change the tree; test/unit/render-parse.test.ts checks that against
 * full GFM on generated documents, positions included.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Extension as MdastExtension } from 'mdast-util-from-markdown';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

interface GfmPart {
  readonly name: string;
  readonly micromark: MicromarkExtension;
  readonly mdast: MdastExtension;
  /** Whether the text could hold this construct: false only when it certainly cannot. */
  readonly mayOccur: (text: string) => boolean;
}

/**
 * In micromark-extension-gfm's order (which `gfm()` combines them in): where two claim the same
 * character, the earlier one is tried first, so a subset keeps the same order.
 */
const PARTS: readonly GfmPart[] = [
  {
    // micromark: `www.`, `http://`, `https://`, and e-mail addresses (also after `mailto:` / `xmpp:`);
    // mdast-util-gfm-autolink-literal's transform looks for the same three in text nodes.
    name: 'autolink literal',
    micromark: gfmAutolinkLiteral(),
    mdast: gfmAutolinkLiteralFromMarkdown(),
    mayOccur: (text) => text.includes('@') || text.includes('://') || /www\./i.test(text),
  },
  // Calls and definitions both open with `[^`.
  { name: 'footnote', micromark: gfmFootnote(), mdast: gfmFootnoteFromMarkdown(), mayOccur: (text) => text.includes('[^') },
  { name: 'strikethrough', micromark: gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown(), mayOccur: (text) => text.includes('~') },
  // The delimiter row must hold a `|` or an alignment colon next to its dashes (`:-`, `-:`);
  // without either, `a` over `---` is a setext heading, not a one-column table.
  { name: 'table', micromark: gfmTable(), mdast: gfmTableFromMarkdown(), mayOccur: (text) => text.includes('|') || text.includes(':-') || text.includes('-:') },
  // `[ ]` / `[x]` at the start of a list item.
  { name: 'task list item', micromark: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown(), mayOccur: (text) => text.includes('[') },
];

/** Extension lists per set of parts (a bit mask), built once each. */
const bySet = new Map<number, { micromark: MicromarkExtension[]; mdast: MdastExtension[] }>();

export function parseMarkdown(text: string): Root {
  const set = partsFor(text);
  let extensions = bySet.get(set);
  if (!extensions) {
    const used = PARTS.filter((_, i) => set & (1 << i));
    extensions = { micromark: used.map((p) => p.micromark), mdast: used.map((p) => p.mdast) };
    bySet.set(set, extensions);
  }
  return fromMarkdown(text, { extensions: extensions.micromark, mdastExtensions: extensions.mdast });
}

function partsFor(text: string): number {
  let set = 0;
  PARTS.forEach((part, i) => {
    if (part.mayOccur(text)) set |= 1 << i;
  });
  return set;
}

/** The GFM constructs `parseMarkdown` looks for in `text` (for tests and profiles). */
export function gfmPartsFor(text: string): string[] {
  const set = partsFor(text);
  return PARTS.filter((_, i) => set & (1 << i)).map((p) => p.name);
}
