/**
 * The message as the text channels see it: blocks of inline content, built
 * from the sanitised HTML tree (so Markdown and the safe part of raw HTML
 * arrive the same way), each node with the file offsets it came from.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { joinSrc, type RenderSource, type Src } from './source';

export type MarkKind = 'strong' | 'em' | 'del' | 'u';

export type Inline =
  | { readonly kind: 'text'; readonly value: string; readonly src?: Src }
  | { readonly kind: 'mark'; readonly mark: MarkKind; readonly children: readonly Inline[] }
  | { readonly kind: 'code'; readonly value: string; readonly src?: Src }
  /** `href` is absent when the sanitiser removed it (a `javascript:` link): then only the text is left. */
  | { readonly kind: 'link'; readonly href?: string; readonly children: readonly Inline[]; readonly src?: Src }
  | { readonly kind: 'image'; readonly url?: string; readonly alt: string; readonly src?: Src }
  | { readonly kind: 'break' }
  /** A placeholder; `value` is absent when it is missing. */
  | { readonly kind: 'variable'; readonly name: string; readonly value?: string; readonly src?: Src };

export interface CodeLine {
  readonly text: string;
  readonly src?: Src;
}

export interface TableRow {
  readonly cells: readonly (readonly Inline[])[];
  /** All cells are header cells (`th`). */
  readonly header: boolean;
}

export type Block =
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[]; readonly src?: Src }
  | { readonly kind: 'heading'; readonly depth: number; readonly content: readonly Inline[]; readonly src?: Src }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly start: number; readonly items: readonly (readonly Block[])[]; readonly src?: Src }
  | { readonly kind: 'quote'; readonly children: readonly Block[]; readonly src?: Src }
  | { readonly kind: 'code'; readonly lines: readonly CodeLine[]; readonly src?: Src }
  | { readonly kind: 'table'; readonly rows: readonly TableRow[]; readonly src?: Src }
  | { readonly kind: 'rule'; readonly src?: Src };

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);

const MARKS: Readonly<Record<string, MarkKind>> = { strong: 'strong', b: 'strong', em: 'em', i: 'em', del: 'del', s: 'del', strike: 'del', u: 'u', ins: 'u' };
const CODE_TAGS = new Set(['code', 'kbd', 'samp', 'tt', 'var']);

/** The blocks of a sanitised tree. */
export function buildBlocks(tree: Root, source: RenderSource): Block[] {
  return new Builder(source).blocks(tree.children);
}

class Builder {
  constructor(private readonly source: RenderSource) {}

  blocks(children: readonly (RootContent | ElementContent)[]): Block[] {
    const out: Block[] = [];
    let run: (RootContent | ElementContent)[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const content = trimInline(this.inline(run));
      if (content.length) out.push({ kind: 'paragraph', content, src: run.reduce<Src | undefined>((s, n) => joinSrc(s, this.source.src(n)), undefined) });
      run = [];
    };
    for (const child of children) {
      if (child.type === 'element' && BLOCK_TAGS.has(child.tagName)) {
        flush();
        this.block(child, out);
      } else if (child.type === 'text' || child.type === 'element') {
        if (run.length === 0 && child.type === 'text' && child.value.trim() === '') continue;
        run.push(child);
      }
    }
    flush();
    return out;
  }

  private block(el: Element, out: Block[]): void {
    const src = this.source.src(el);
    const tag = el.tagName;
    if (tag === 'p') {
      const content = trimInline(this.inline(el.children));
      if (content.length) out.push({ kind: 'paragraph', content, src });
    } else if (/^h[1-6]$/.test(tag)) {
      const content = trimInline(this.inline(el.children));
      if (content.length) out.push({ kind: 'heading', depth: Number(tag[1]), content, src });
    } else if (tag === 'ul' || tag === 'ol') {
      const items = el.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li').map((li) => this.blocks(li.children));
      const start = Number(el.properties.start);
      if (items.length) out.push({ kind: 'list', ordered: tag === 'ol', start: Number.isInteger(start) ? start : 1, items, src });
    } else if (tag === 'blockquote') {
      const children = this.blocks(el.children);
      if (children.length) out.push({ kind: 'quote', children, src });
    } else if (tag === 'pre') {
      out.push({ kind: 'code', lines: this.codeLines(textContent(el), src), src });
    } else if (tag === 'table') {
      const rows = this.rows(el);
      if (rows.length) out.push({ kind: 'table', rows, src });
    } else if (tag === 'hr') {
      out.push({ kind: 'rule', src });
    } else {
      out.push(...this.blocks(el.children));
    }
  }

  private rows(table: Element): TableRow[] {
    const rows: TableRow[] = [];
    const visit = (el: Element) => {
      for (const child of el.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'tr') {
          const cells = child.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
          if (cells.length) rows.push({ cells: cells.map((c) => trimInline(this.inline(c.children))), header: cells.every((c) => c.tagName === 'th') });
        } else visit(child);
      }
    };
    visit(table);
    return rows;
  }

  /**
   * Lines of a code block. A fenced or indented Markdown block maps line by
   * line onto the source (after the opening fence); otherwise every line
   * points at the whole block.
   */
  private codeLines(text: string, src: Src | undefined): CodeLine[] {
    const lines = text.replace(/\r?\n$/, '').split(/\r\n|\r|\n/);
    if (!src) return lines.map((t) => ({ text: t }));
    const index = this.source.doc.lines;
    const first = index.positionAt(src.start).line;
    const fenced = /^[ \t]*(`{3,}|~{3,})/.test(this.source.doc.text.slice(src.start, src.end));
    const from = first + (fenced ? 1 : 0);
    const last = index.positionAt(src.end).line;
    return lines.map((t, i) => {
      const line = from + i;
      if (line > last) return { text: t, src };
      const start = index.offsetAt({ line, character: 0 });
      return { text: t, src: { start, end: index.lineEnd(line) } };
    });
  }

  inline(nodes: readonly (RootContent | ElementContent)[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) this.inlineNode(node, out);
    return out;
  }

  private inlineNode(node: RootContent | ElementContent, out: Inline[]): void {
    if (node.type === 'text') {
      // A line ending inside a paragraph (a soft break, or a newline in raw HTML) is a space in every channel.
      const value = node.value.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
      if (value) out.push({ kind: 'text', value, src: this.source.src(node) });
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    const props = node.properties;
    const src = this.source.src(node);
    if (tag in MARKS) {
      const children = this.inline(node.children);
      if (children.length) out.push({ kind: 'mark', mark: MARKS[tag], children });
    } else if (CODE_TAGS.has(tag)) {
      const value = textContent(node);
      if (value) out.push({ kind: 'code', value, src: this.source.src(node.children[0]) ?? src });
    } else if (tag === 'a') {
      if (props.dataFootnoteBackref !== undefined) return;
      out.push({ kind: 'link', href: typeof props.href === 'string' ? props.href : undefined, children: this.inline(node.children), src });
    } else if (tag === 'img') {
      out.push({ kind: 'image', url: typeof props.src === 'string' ? props.src : undefined, alt: typeof props.alt === 'string' ? props.alt : '', src });
    } else if (tag === 'br') {
      out.push({ kind: 'break' });
    } else if (tag === 'span' && typeof props.dataKbVariable === 'string') {
      const missing = props.dataKbMissing !== undefined && props.dataKbMissing !== false;
      out.push({ kind: 'variable', name: props.dataKbVariable, value: missing ? undefined : textContent(node), src });
    } else if (tag === 'input') {
      out.push({ kind: 'text', value: props.checked ? '[x] ' : '[ ] ', src });
    } else {
      for (const child of node.children) this.inlineNode(child, out);
    }
  }
}

/** The text of a subtree, as `textContent` gives it. */
export function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textContent).join('');
  return '';
}

/** Drops whitespace (and breaks) at the start and end of inline content. */
function trimInline(content: readonly Inline[]): Inline[] {
  let from = 0;
  let to = content.length;
  while (from < to && isBlank(content[from])) from++;
  while (to > from && isBlank(content[to - 1])) to--;
  const out = content.slice(from, to);
  const first = out[0];
  if (first?.kind === 'text') out[0] = { ...first, value: first.value.trimStart() };
  const last = out[out.length - 1];
  if (last?.kind === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out;
}

function isBlank(node: Inline): boolean {
  return node.kind === 'break' || (node.kind === 'text' && node.value.trim() === '');
}

/** The visible text of inline content, without markup (for comparisons such as "is the link text its URL?"). */
export function plainText(content: readonly Inline[]): string {
  let s = '';
  for (const n of content) {
    if (n.kind === 'text' || n.kind === 'code') s += n.value;
    else if (n.kind === 'mark' || n.kind === 'link') s += plainText(n.children);
    else if (n.kind === 'image') s += n.alt;
    else if (n.kind === 'variable') s += n.value ?? '';
    else s += ' ';
  }
  return s;
}
