/**
 * Limits on the Markdown tree, before anything walks it recursively (mdast-util-to-hast, the
 * sanitiser, the block model, the email styles) or multiplies it:
 *
 * - depth: parse-limits.ts keeps a line from opening more than MAX_NESTING levels, but lines of
 *   growing indentation and emphasis inside emphasis nest further; a node at that depth keeps its
 *   text and loses its structure (2,000 nested quotes overflowed the stack in the email styles);
 * - tables: mdast-util-to-hast pads every row to the header's width, as GFM says, so a header of
 *   2,000 columns over 2,000 one-cell rows (12 KB) became 4 million cells: 15 s and 3 GB;
 * - raw HTML: hast-util-raw reparses it with parse5 and converts the result recursively (20,000
 *   nested `<div>` overflowed the stack), and the HTML parser reopens formatting elements at
 *   every paragraph (`<i>`×5,000 + `<p>x`×5,000: 6.5 s).
 *
 * Everything here is a loop over an explicit stack: the tree may be deep.
 */
import type { ElementContent, Nodes as HastNodes } from 'hast';
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { MAX_NESTING, type LimitHit } from './parse-limits';

/** Cells of a table after padding: 10,000 is a hundred rows of a hundred columns, far past any reply's table. */
export const MAX_TABLE_CELLS = 10_000;

/**
 * Tags in the raw HTML of a document: past 1,000 (a reply's HTML has tens), its raw HTML is left
 * out. At the limit, the worst nesting costs parse5 ~0.5 s and the stack a few thousand frames.
 */
export const MAX_HTML_TAGS = 1_000;
const TAG = /<[A-Za-z/!?]/g;

/** Parents whose children are phrasing content: a flattened child becomes text. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);
/** Nodes whose text starts a new block: a space goes between them in flattened text. */
const BLOCKS = new Set(['paragraph', 'heading', 'code', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'footnoteDefinition', 'html']);

/** Applies the limits in place; one hit per limit, at its first place, with how many places. */
export function limitTree(tree: Root): LimitHit[] {
  let deep: { node: Nodes; count: number } | undefined;
  const tables: { table: Table; rows: number; columns: number; kept: number; keptColumns: number }[] = [];
  let tags = 0;
  let firstHtml: Nodes | undefined;
  const htmlParents = new Set<Parent>();
  const stack: { node: Nodes; depth: number; parent?: Parent }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth, parent } = stack.pop()!;
    if (node.type === 'html' && parent) {
      tags += node.value.match(TAG)?.length ?? 0;
      firstHtml = earlier(firstHtml, node);
      htmlParents.add(parent);
    }
    if (!('children' in node)) continue;
    if (node.type === 'table') {
      const cut = limitTable(node);
      if (cut) tables.push({ table: node, ...cut });
    }
    const children = node.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      // Past the limit, a node with structure below it becomes its text (a paragraph of plain text is left).
      if (depth + 1 > MAX_NESTING && 'children' in child && child.children.some((c) => 'children' in c)) {
        children[i] = flattened(child, node);
        deep = { node: earlier(deep?.node, child), count: (deep?.count ?? 0) + 1 };
      } else stack.push({ node: child, depth: depth + 1, parent: node });
    }
  }
  const hits: LimitHit[] = [];
  if (tags > MAX_HTML_TAGS) {
    for (const parent of htmlParents) parent.children = (parent.children as RootContent[]).filter((c) => c.type !== 'html') as typeof parent.children;
    hits.push({
      code: 'render/too-much-html',
      message: `The raw HTML holds ${tags.toLocaleString('en-US')} tags, more than ${MAX_HTML_TAGS.toLocaleString('en-US')}: all of it is left out of every channel. Write the content in Markdown.`,
      ...offsets(firstHtml ?? tree),
    });
  }
  if (deep) {
    hits.push({
      code: 'render/too-deep',
      message: `Nested more than ${MAX_NESTING} levels deep${deep.count > 1 ? ` (${deep.count.toLocaleString('en-US')} places)` : ''}: from here on shown as plain text. Flatten the structure.`,
      ...offsets(deep.node),
    });
  }
  // The stack visits siblings last to first: the first place is the one that starts first.
  const first = tables.sort((a, b) => offsets(a.table).start - offsets(b.table).start)[0];
  if (first) {
    const n = (x: number) => x.toLocaleString('en-US');
    hits.push({
      code: 'render/table-too-large',
      message:
        `This table is ${n(first.rows)} rows of ${n(first.columns)} columns, ${n(first.rows * first.columns)} cells with the short rows filled in; ` +
        `channels show the first ${n(first.kept)} rows${first.keptColumns < first.columns ? ` and ${n(first.keptColumns)} columns` : ''}: at most ${n(MAX_TABLE_CELLS)} cells.` +
        (tables.length > 1 ? ` ${tables.length - 1} more tables are cut too.` : ''),
      ...offsets(first.table),
    });
  }
  return hits;
}

/**
 * The same depth limit on the HTML tree after raw HTML was reparsed, where unclosed tags nest
 * (1,000 unclosed `<i>` around 15 KB of text took 4.5 s, most of it in hast-util-to-html, where
 * each level copies its content): an element at that depth becomes its text. The hit at the
 * first place, or undefined.
 */
export function limitHtmlDepth(tree: HastNodes): LimitHit | undefined {
  let first: HastNodes | undefined;
  let count = 0;
  const stack: { node: HastNodes; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (node.type !== 'root' && node.type !== 'element') continue;
    const children = node.children as ElementContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (depth + 1 > MAX_NESTING && child.type === 'element') {
        children[i] = { type: 'text', value: hastText(child), ...(child.position && { position: child.position }) };
        first = earlier(first, child);
        count++;
      } else stack.push({ node: child, depth: depth + 1 });
    }
  }
  if (!first) return undefined;
  const places = count > 1 ? ` (${count.toLocaleString('en-US')} places)` : '';
  return { code: 'render/too-deep', message: `Raw HTML nested more than ${MAX_NESTING} levels deep${places}: from here on shown as plain text.`, ...offsets(first) };
}

function hastText(node: HastNodes): string {
  const out: string[] = [];
  const stack: HastNodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push(n.value);
    else if (n.type === 'element' || n.type === 'root') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.join('');
}

/** Cuts a table to MAX_TABLE_CELLS cells (rows × the header's columns); what was cut, or undefined. */
function limitTable(table: Table): { rows: number; columns: number; kept: number; keptColumns: number } | undefined {
  const rows = table.children.length;
  const columns = table.align?.length ?? table.children.reduce((most, row) => Math.max(most, row.children.length), 0);
  if (rows * columns <= MAX_TABLE_CELLS) return undefined;
  const keptColumns = Math.min(columns, MAX_TABLE_CELLS);
  const kept = Math.max(1, Math.floor(MAX_TABLE_CELLS / keptColumns));
  if (table.align) table.align = table.align.slice(0, keptColumns);
  table.children = table.children.slice(0, kept);
  for (const row of table.children) row.children = row.children.slice(0, keptColumns);
  return { rows, columns, kept, keptColumns };
}

/** A node that is too deep, as its text in the place it stands. */
function flattened(node: RootContent, parent: Parent): RootContent {
  const position = node.position;
  const text = { type: 'text' as const, value: textOf(node), ...(position && { position }) };
  const paragraph = { type: 'paragraph' as const, children: [text] as PhrasingContent[], ...(position && { position }) };
  if (PHRASING_PARENTS.has(parent.type)) return text;
  if (parent.type === 'list') return { type: 'listItem', spread: false, children: [paragraph], ...(position && { position }) };
  if (parent.type === 'tableRow') return { type: 'tableCell', children: [text], ...(position && { position }) };
  if (parent.type === 'table') return { type: 'tableRow', children: [{ type: 'tableCell', children: [text] }], ...(position && { position }) };
  return paragraph;
}

/** The text of a subtree, a space between blocks. */
function textOf(node: Nodes): string {
  const out: string[] = [];
  let gap = false;
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (BLOCKS.has(n.type)) gap = true;
    if ('value' in n && typeof n.value === 'string') {
      if (gap && out.length) out.push(' ');
      out.push(n.value);
      gap = false;
    } else if (n.type === 'image' && n.alt) out.push(n.alt);
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out.join('');
}

/** Of two nodes (the first may be absent), the one that starts first in the source. */
function earlier<T extends Nodes | HastNodes>(a: T | undefined, b: T): T {
  return a && (a.position?.start.offset ?? Infinity) <= (b.position?.start.offset ?? Infinity) ? a : b;
}

function offsets(node: Nodes | HastNodes): { start: number; end: number } {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
