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
 *
 * Long texts are parsed in parts (markdown-parts.ts), so that each part loads
 * only what its own text needs (most of an article has no table) and
 * micromark's work per construct stays local; on the bench's 100 KB article
 * the parse takes ~1.3× the time of CommonMark alone, where one parse of the
 * whole with the GFM it needs took ~2× (and full GFM ~2.5×).
 * Neighbouring parts with the same GFM constructs are parsed together, up to
 * MAX_JOINED characters.
 */
import type { Node, Point, Position } from 'unist';
import type { Root, RootContent } from 'mdast';
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
import { markdownParts, openUntil, type MarkdownPart } from './markdown-parts';
import type { MarkdownPartCache } from './part-cache';

/**
 * A task check, or a `[` before a line ending: the extension tries a check there too, and its
 * failed attempt over the line ending moves where the text before ends in a list item (found by
 * a review's generator: `- [\n  \`a\``).
 */
const TASK_BOX = /\[(?:[ \t\nxX]|\r\n?)\]|\[[\r\n]/;

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
  // `[ ]` / `[x]` / `[X]` at the start of a list item; micromark also takes a tab or a line ending
  // (\r\n is one) as the space, and tries it after any `[` that ends a line.
  { name: 'task list item', micromark: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown(), mayOccur: (text) => TASK_BOX.test(text) },
];

/** Extension lists per set of parts (a bit mask), built once each. */
const bySet = new Map<number, { micromark: MicromarkExtension[]; mdast: MdastExtension[] }>();

function parseWith(text: string, set: number): Root {
  let extensions = bySet.get(set);
  if (!extensions) {
    const used = PARTS.filter((_, i) => set & (1 << i));
    extensions = { micromark: used.map((p) => p.micromark), mdast: used.map((p) => p.mdast) };
    bySet.set(set, extensions);
  }
  return fromMarkdown(text, { extensions: extensions.micromark, mdastExtensions: extensions.mdast });
}

/**
 * Neighbouring parts with the same GFM constructs are parsed together up to this many characters:
 * each parse has a fixed cost, but micromark copies a parse's whole event list at every list item
 * (see parse-limits.ts), so parses without a bound made a long document's list items quadratic.
 */
const MAX_JOINED = 8_192;

interface Span {
  start: number;
  end: number;
  lineOffset: number;
  set: number;
}

/**
 * The Markdown tree of `text`. With a `cache` (the preview keeps one per panel), parts parsed in
 * an earlier call come from it.
 */
export function parseMarkdown(text: string, cache?: MarkdownPartCache): Root {
  const parse = cache ? (slice: string, set: number) => parseCached(cache, slice, set) : parseWith;
  const parts = markdownParts(text);
  const spans: Span[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as MarkdownPart;
    const end = i + 1 < parts.length ? (parts[i + 1] as MarkdownPart).start : text.length;
    const set = partsFor(text.slice(part.start, end));
    const last = spans.at(-1);
    if (last && last.set === set && end - last.start <= MAX_JOINED) last.end = end;
    else spans.push({ start: part.start, end, lineOffset: part.lineOffset, set });
  }
  const children: RootContent[] = [];
  let first: Root | undefined;
  let tree: Root | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = { ...spans[i] };
    let slice = text.slice(span.start, span.end);
    tree = parse(slice, span.set);
    // A fence or an HTML block left open runs on into the next spans: parse them as one, up to where it ends.
    for (let until = openUntil(tree, text, span.start, span.end); until !== undefined && i + 1 < spans.length; until = openUntil(tree, text, span.start, span.end)) {
      do {
        i++;
        const next = spans[i] as Span;
        span.end = next.end;
        span.set |= next.set;
      } while (span.end < until && i + 1 < spans.length);
      slice = text.slice(span.start, span.end);
      tree = parse(slice, span.set);
    }
    shiftPositions(tree, span.lineOffset, span.start);
    first ??= tree;
    children.push(...tree.children);
  }
  const position = first?.position && tree?.position ? { start: first.position.start, end: tree.position.end } : undefined;
  return { type: 'root', children, ...(position && { position }) };
}

function parseCached(cache: MarkdownPartCache, text: string, set: number): Root {
  const key = String.fromCharCode(65 + set) + text;
  let tree = cache.get(key);
  if (!tree) {
    tree = parseWith(text, set);
    cache.set(key, tree);
  }
  return tree;
}

/**
 * Moves a part's positions to where the part sits in the whole text (columns do not change). New
 * point objects, so that a point two nodes share is not moved twice; a loop, as the tree may be
 * deep (tree-limits.ts runs after the parse).
 */
function shiftPositions(tree: Root, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  const shift = (p: Point): Point => (p.offset === undefined ? { line: p.line + lines, column: p.column } : { line: p.line + lines, column: p.column, offset: p.offset + offset });
  const stack: (Node & { children?: Node[] })[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const position: Position | undefined = node.position;
    if (position) node.position = { start: shift(position.start), end: shift(position.end) };
    if (node.children) for (const child of node.children) stack.push(child);
  }
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
