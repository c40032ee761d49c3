/**
 * mdast → hast, giving what mdast-util-to-hast gives (positions included) for the blocks and
 * phrasing most replies are made of — paragraphs, headings, lists, tables, text, emphasis, code
 * spans, breaks, links — and handing every other node to mdast-util-to-hast itself. A tree with
 * definitions, footnotes or references (they need its document-wide state) or with data hooks
 * (`hName`, `hProperties`: its business) goes to it whole.
 *
 * Why by hand: mdast-util-to-hast first walks the whole tree with unist-util-visit-parents looking
 * for definitions (a new array of ancestors per node: ~2 MB per cold render of the bench's 100 KB
 * article), then runs each node through a handler table with data hooks; together ~6 of the ~55 ms
 * the render took. test/unit/render-to-hast.test.ts holds the two to the same output on generated
 * documents.
 */
import type { Element, ElementContent, Nodes as HastNodes, Properties, Root as HastRoot, Text as HastText } from 'hast';
import type { List, ListItem, Nodes as MdastNodes, Parent, Root as MdastRoot, Table, TableRow } from 'mdast';
import { toHast, type Options } from 'mdast-util-to-hast';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { trimLines as trimLinesOf } from 'trim-lines';
import type { Position } from 'unist';
import { pointEnd, pointStart, position } from 'unist-util-position';

/** Nodes whose handlers need the whole document: the tree goes to mdast-util-to-hast as it is. */
const DOCUMENT_WIDE = new Set(['definition', 'footnoteDefinition', 'footnoteReference', 'linkReference', 'imageReference']);

export function markdownToHast(tree: MdastRoot, options: Options): HastNodes {
  if (needsLibrary(tree)) return toHast(tree, options);
  const result: HastRoot = { type: 'root', children: wrap(all(tree, options), false) as ElementContent[] };
  patch(tree, result);
  return result;
}

function needsLibrary(node: MdastNodes): boolean {
  if (DOCUMENT_WIDE.has(node.type) || node.data) return true;
  if ('children' in node) for (const child of node.children) if (needsLibrary(child)) return true;
  return false;
}

type Out = ElementContent | ElementContent[] | undefined;

/** mdast-util-to-hast's `state.all`: after a break, the next text loses its leading spaces. */
function all(parent: Parent, options: Options): ElementContent[] {
  const values: ElementContent[] = [];
  const nodes = parent.children as MdastNodes[];
  for (let index = 0; index < nodes.length; index++) {
    const result = one(nodes[index] as MdastNodes, parent, options);
    if (!result) continue;
    if (index && (nodes[index - 1] as MdastNodes).type === 'break' && !Array.isArray(result)) {
      if (result.type === 'text') result.value = trimSpaceStart(result.value);
      if (result.type === 'element') {
        const head = result.children[0];
        if (head && head.type === 'text') head.value = trimSpaceStart(head.value);
      }
    }
    if (Array.isArray(result)) values.push(...result);
    else values.push(result);
  }
  return values;
}

function one(node: MdastNodes, parent: Parent, options: Options): Out {
  switch (node.type) {
    case 'text': {
      const result: HastText = { type: 'text', value: trimLines(node.value) };
      patch(node, result);
      return result;
    }
    case 'paragraph':
      return element(node, 'p', {}, all(node, options));
    case 'heading':
      return element(node, `h${node.depth}`, {}, all(node, options));
    case 'emphasis':
      return element(node, 'em', {}, all(node, options));
    case 'strong':
      return element(node, 'strong', {}, all(node, options));
    case 'inlineCode': {
      const text: HastText = { type: 'text', value: node.value.replace(/\r?\n|\r/g, ' ') };
      patch(node, text);
      return element(node, 'code', {}, [text]);
    }
    case 'break':
      return [element(node, 'br', {}, []), { type: 'text', value: '\n' }];
    case 'link': {
      const properties: Properties = { href: normalizeUri(node.url) };
      if (node.title !== null && node.title !== undefined) properties.title = node.title;
      return element(node, 'a', properties, all(node, options));
    }
    case 'list':
      return list(node, options);
    case 'listItem':
      return listItem(node, parent, options);
    case 'table':
      return table(node, options);
    default:
      return delegate(node, options);
  }
}

/** mdast-util-to-hast on one node (its handlers for these need no parent and no document state). */
function delegate(node: MdastNodes, options: Options): Out {
  const result = toHast(node, options);
  if (result.type === 'root') return result.children as ElementContent[];
  return result as ElementContent;
}

function element(node: MdastNodes, tagName: string, properties: Properties, children: ElementContent[]): Element {
  const result: Element = { type: 'element', tagName, properties, children };
  patch(node, result);
  return result;
}

function list(node: List, options: Options): Element {
  const properties: Properties = {};
  const results = all(node, options);
  if (typeof node.start === 'number' && node.start !== 1) properties.start = node.start;
  for (const child of results) {
    const className = child.type === 'element' && child.tagName === 'li' ? child.properties.className : undefined;
    if (Array.isArray(className) && className.includes('task-list-item')) {
      properties.className = ['contains-task-list'];
      break;
    }
  }
  return element(node, node.ordered ? 'ol' : 'ul', properties, wrap(results, true));
}

function listItem(node: ListItem, parent: Parent, options: Options): Element {
  const results = all(node, options);
  const loose = parent.type === 'list' ? listLoose(parent as List) : itemLoose(node);
  const properties: Properties = {};
  if (typeof node.checked === 'boolean') {
    const head = results[0];
    let paragraph: Element;
    if (head && head.type === 'element' && head.tagName === 'p') paragraph = head;
    else {
      paragraph = { type: 'element', tagName: 'p', properties: {}, children: [] };
      results.unshift(paragraph);
    }
    if (paragraph.children.length > 0) paragraph.children.unshift({ type: 'text', value: ' ' });
    paragraph.children.unshift({ type: 'element', tagName: 'input', properties: { type: 'checkbox', checked: node.checked, disabled: true }, children: [] });
    properties.className = ['task-list-item'];
  }
  const children: ElementContent[] = [];
  for (let index = 0; index < results.length; index++) {
    const child = results[index] as ElementContent;
    const isParagraph = child.type === 'element' && child.tagName === 'p';
    if (loose || index !== 0 || !isParagraph) children.push({ type: 'text', value: '\n' });
    if (isParagraph && !loose) children.push(...(child as Element).children);
    else children.push(child);
  }
  const tail = results[results.length - 1];
  if (tail && (loose || tail.type !== 'element' || tail.tagName !== 'p')) children.push({ type: 'text', value: '\n' });
  return element(node, 'li', properties, children);
}

function listLoose(node: List): boolean {
  let loose = node.spread || false;
  for (let index = 0; !loose && index < node.children.length; index++) loose = itemLoose(node.children[index] as ListItem);
  return loose;
}

function itemLoose(node: ListItem): boolean {
  return node.spread === null || node.spread === undefined ? node.children.length > 1 : node.spread;
}

function table(node: Table, options: Options): Element {
  const rows = node.children.map((row, index) => tableRow(row, index, node, options));
  const content: Element[] = [];
  const first = rows.shift();
  if (first) {
    const head: Element = { type: 'element', tagName: 'thead', properties: {}, children: wrap([first], true) };
    patch(node.children[0] as TableRow, head);
    content.push(head);
  }
  if (rows.length > 0) {
    const body: Element = { type: 'element', tagName: 'tbody', properties: {}, children: wrap(rows, true) };
    const start = pointStart(node.children[1]);
    const end = pointEnd(node.children[node.children.length - 1]);
    if (start && end) body.position = { start, end };
    content.push(body);
  }
  return element(node, 'table', {}, wrap(content, true));
}

function tableRow(node: TableRow, rowIndex: number, parent: Table, options: Options): Element {
  const tagName = rowIndex === 0 ? 'th' : 'td';
  const align = parent.align;
  const length = align ? align.length : node.children.length;
  const cells: Element[] = [];
  for (let cellIndex = 0; cellIndex < length; cellIndex++) {
    const cell = node.children[cellIndex];
    const properties: Properties = {};
    const alignValue = align ? align[cellIndex] : undefined;
    if (alignValue) properties.align = alignValue;
    let result: Element = { type: 'element', tagName, properties, children: [] };
    if (cell) {
      result.children = all(cell, options);
      patch(cell, result);
    }
    cells.push(result);
  }
  return element(node, 'tr', {}, wrap(cells, true));
}

/** mdast-util-to-hast's `wrap`: line endings between the nodes, and around them when loose. */
function wrap(nodes: ElementContent[], loose: boolean): ElementContent[] {
  const result: ElementContent[] = [];
  if (loose) result.push({ type: 'text', value: '\n' });
  for (let index = 0; index < nodes.length; index++) {
    if (index) result.push({ type: 'text', value: '\n' });
    result.push(nodes[index] as ElementContent);
  }
  if (loose && nodes.length > 0) result.push({ type: 'text', value: '\n' });
  return result;
}

/** mdast-util-to-hast's `patch`: a copy of the position (unist-util-position drops invalid points). */
function patch(from: MdastNodes, to: { position?: Position }): void {
  const copied = position(from);
  if (copied) to.position = copied;
}

/** trim-lines (spaces and tabs around each line ending go); most text has no line ending to look at. */
function trimLines(value: string): string {
  return value.indexOf('\n') === -1 && value.indexOf('\r') === -1 ? value : trimLinesOf(value);
}

function trimSpaceStart(value: string): string {
  let index = 0;
  while (value.charCodeAt(index) === 9 || value.charCodeAt(index) === 32) index++;
  return value.slice(index);
}
