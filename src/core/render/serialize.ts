/**
 * One writer for every channel whose payload is text with light markup
 * (chat, Telegram, WhatsApp, Slack, SMS, phone and the email's plain-text
 * part). The channel's dialect says what each construct becomes; what a
 * channel lacks degrades as DOMAIN.md §2 says: headings become bold (or
 * plain) lines, tables lines of "label: value", images their alt text or a
 * link, links "text: url" where there is no link markup.
 *
 * Hand-written rather than a library: no maintained package writes Telegram
 * HTML, Slack mrkdwn or WhatsApp text while keeping the source position of
 * every piece, which the SMS report and the warnings need.
 */
import { isAbsoluteUrl } from './sanitize';
import { missingMarker } from './variables';
import { plainText, type Block, type Inline, type MarkKind } from './ir';
import type { Src } from './source';
import { Writer } from './writer';

export type Pair = readonly [open: string, close: string];

export interface Context {
  /** Marks open around this point (a channel may not nest some, or not re-open the same one). */
  readonly marks: ReadonlySet<MarkKind>;
  readonly inLink: boolean;
  readonly quoteDepth: number;
}

export interface LinkParts {
  /** The sanitised absolute URL, or undefined for a link that leads nowhere from a message. */
  readonly url: string | undefined;
  readonly content: readonly Inline[];
  /** The link's text is its URL (an autolink): write the URL once. */
  readonly textIsUrl: boolean;
  readonly src?: Src;
}

export interface Dialect {
  /** Between blocks: an empty line, or only a line break where every character is paid for. */
  readonly gap: 'blank-line' | 'line-break';
  escape(text: string): string;
  /**
   * One line of a placeholder's value (customer data), where it must be text and never markup;
   * `atLineStart`: nothing but the line's prefixes before it. Default: `escape`.
   */
  escapeValue?(line: string, atLineStart: boolean): string;
  /** Markup around a mark, or undefined to write the content alone. */
  mark(kind: MarkKind, ctx: Context): Pair | undefined;
  /** Marks are single characters that must touch the text (`*bold*`): whitespace goes outside, empty marks go. */
  readonly markers: boolean;
  inlineCode(ctx: Context): Pair | undefined;
  /** Writes a link whose URL is safe to send (or undefined: then only the text is left). */
  link(s: Serializer, link: LinkParts, ctx: Context): void;
  image(s: Serializer, url: string | undefined, alt: string, src: Src | undefined, ctx: Context): void;
  /** Headings: bold (through `mark('strong')`) or a plain line. */
  readonly heading: 'strong' | 'plain';
  /** Lists as HTML (`ul`/`ol`/`li`) or as lines with markers. */
  readonly lists: 'html' | 'lines';
  readonly bullet: string;
  quote(ctx: Context): { readonly prefix: string } | { readonly tags: Pair } | undefined;
  /** Code blocks: fences on their own lines, tags around the lines, or plain lines. */
  codeBlock(ctx: Context): { readonly fence: string } | { readonly tags: Pair } | undefined;
  /** A thematic break, or undefined to leave only the gap. */
  readonly rule?: string;
}

const ROOT: Context = { marks: new Set(), inLink: false, quoteDepth: 0 };

export class Serializer {
  readonly w = new Writer();

  constructor(readonly dialect: Dialect) {}

  static render(dialect: Dialect, blocks: readonly Block[]): Writer {
    const s = new Serializer(dialect);
    s.blocks(blocks, ROOT);
    return s.w;
  }

  /** Blocks one after the other; inside a list item (`tight`) a line break apart, as a nested list under its item. */
  blocks(blocks: readonly Block[], ctx: Context, tight = false): void {
    blocks.forEach((block, i) => {
      if (i > 0) this.gap(tight);
      this.block(block, ctx);
    });
  }

  gap(tight = false): void {
    this.w.newline();
    if (this.dialect.gap === 'blank-line' && !tight) this.w.blankLine();
  }

  text(value: string, src?: Src): void {
    this.w.text(this.dialect.escape(value), src);
  }

  /** A placeholder's value, line by line, escaped as customer data. */
  private value(value: string, src?: Src): void {
    const escape = this.dialect.escapeValue ?? ((line: string) => this.dialect.escape(line));
    value.split('\n').forEach((line, i) => {
      if (i > 0) this.w.newline();
      this.w.text(escape(line, this.w.atLineStart), src);
    });
  }

  private block(block: Block, ctx: Context): void {
    const d = this.dialect;
    switch (block.kind) {
      case 'paragraph':
        this.inline(block.content, ctx);
        return;
      case 'heading':
        if (d.heading === 'strong') this.marked('strong', block.content, ctx);
        else this.inline(block.content, ctx);
        return;
      case 'list':
        this.list(block, ctx);
        return;
      case 'quote': {
        const q = d.quote(ctx);
        const inner = { ...ctx, quoteDepth: ctx.quoteDepth + 1 };
        if (q && 'prefix' in q) {
          this.w.pushPrefix(q.prefix);
          this.blocks(block.children, inner);
          this.w.popPrefix();
        } else if (q) {
          this.w.markup(q.tags[0]);
          this.blocks(block.children, inner);
          this.w.markup(q.tags[1]);
        } else this.blocks(block.children, inner);
        return;
      }
      case 'code': {
        const c = d.codeBlock(ctx);
        if (c && 'fence' in c) {
          this.w.markup(c.fence);
          this.w.newline();
        } else if (c) this.w.markup(c.tags[0]);
        block.lines.forEach((line, i) => {
          if (i > 0) this.w.newline();
          this.text(line.text, line.src);
        });
        if (c && 'fence' in c) {
          this.w.newline();
          this.w.markup(c.fence);
        } else if (c) this.w.markup(c.tags[1]);
        return;
      }
      case 'table':
        this.table(block.rows, ctx);
        return;
      case 'rule':
        if (d.rule) this.w.markup(d.rule);
        return;
    }
  }

  private list(block: Extract<Block, { kind: 'list' }>, ctx: Context): void {
    const d = this.dialect;
    if (d.lists === 'html') {
      const tag = block.ordered ? 'ol' : 'ul';
      this.w.markup(block.ordered && block.start !== 1 ? `<ol start="${block.start}">` : `<${tag}>`);
      for (const item of block.items) {
        this.w.markup('<li>');
        this.blocks(item, ctx, true);
        this.w.markup('</li>');
      }
      this.w.markup(`</${tag}>`);
      return;
    }
    block.items.forEach((item, i) => {
      if (i > 0) this.w.newline();
      const marker = block.ordered ? `${block.start + i}. ` : d.bullet;
      this.w.pushPrefix(marker, ' '.repeat(marker.length));
      this.blocks(item, ctx, true);
      this.w.popPrefix();
    });
  }

  /**
   * A table as lines of "label: value", one group per row; without a header
   * row, a row's cells joined by commas.
   */
  private table(rows: Extract<Block, { kind: 'table' }>['rows'], ctx: Context): void {
    const header = rows[0]?.header ? rows[0].cells : undefined;
    const body = header ? rows.slice(1) : rows;
    const labelled = header !== undefined && header.length > 1;
    body.forEach((row, r) => {
      if (r > 0) {
        if (labelled) this.gap();
        else this.w.newline();
      }
      let first = true;
      row.cells.forEach((cell, c) => {
        if (cell.length === 0) return;
        const label = header?.[c];
        if (labelled) {
          if (!first) this.w.newline();
          if (label && plainText(label).trim()) {
            this.inline(label, ctx);
            this.w.markup(': ');
          }
        } else if (!first) this.w.markup(', ');
        this.inline(cell, ctx);
        first = false;
      });
    });
  }

  inline(content: readonly Inline[], ctx: Context): void {
    for (const node of content) this.inlineNode(node, ctx);
  }

  private inlineNode(node: Inline, ctx: Context): void {
    const d = this.dialect;
    switch (node.kind) {
      case 'text':
        this.text(node.value, node.src);
        return;
      case 'variable':
        if (node.value === undefined) this.text(missingMarker(node.name), node.src);
        else this.value(node.value, node.src);
        return;
      case 'break':
        this.w.newline();
        return;
      case 'mark':
        this.marked(node.mark, node.children, ctx);
        return;
      case 'code': {
        const pair = d.inlineCode(ctx);
        if (pair) this.w.markup(pair[0]);
        this.text(node.value, node.src);
        if (pair) this.w.markup(pair[1]);
        return;
      }
      case 'link': {
        const url = node.href && isAbsoluteUrl(node.href) && !ctx.inLink ? node.href : undefined;
        const text = plainText(node.children).trim();
        d.link(this, { url, content: node.children, textIsUrl: url !== undefined && sameAddress(text, url), src: node.src }, { ...ctx, inLink: true });
        return;
      }
      case 'image': {
        const url = node.url && isAbsoluteUrl(node.url) ? node.url : undefined;
        d.image(this, url, node.alt, node.src, ctx);
        return;
      }
    }
  }

  /** Content inside a mark, with the channel's rules for markers. */
  marked(kind: MarkKind, content: readonly Inline[], ctx: Context): void {
    const pair = ctx.marks.has(kind) ? undefined : this.dialect.mark(kind, ctx);
    if (!pair) {
      this.inline(content, ctx);
      return;
    }
    const inner: Context = { ...ctx, marks: new Set([...ctx.marks, kind]) };
    if (!this.dialect.markers) {
      this.w.markup(pair[0]);
      this.inline(content, inner);
      this.w.markup(pair[1]);
      return;
    }
    if (plainText(content).trim() === '') {
      this.inline(content, ctx);
      return;
    }
    const { lead, body, trail } = splitEdgeSpace(content);
    if (lead) this.text(lead.value, lead.src);
    this.w.markup(pair[0]);
    this.inline(body, inner);
    this.w.markup(pair[1]);
    if (trail) this.text(trail.value, trail.src);
  }
}

type TextNode = Extract<Inline, { kind: 'text' }>;

/** Moves whitespace at the edges of marked content out of it (`** a **` → ` *a* `). */
function splitEdgeSpace(content: readonly Inline[]): { lead?: TextNode; body: Inline[]; trail?: TextNode } {
  const body = [...content];
  let lead: TextNode | undefined;
  let trail: TextNode | undefined;
  const first = body[0];
  if (first?.kind === 'text' && /^\s/.test(first.value)) {
    const value = first.value.trimStart();
    lead = { ...first, value: first.value.slice(0, first.value.length - value.length) };
    body[0] = { ...first, value };
  }
  const last = body[body.length - 1];
  if (last?.kind === 'text' && /\s$/.test(last.value)) {
    const value = last.value.trimEnd();
    trail = { ...last, value: last.value.slice(value.length) };
    body[body.length - 1] = { ...last, value };
  }
  return { lead, body, trail };
}

/** Whether a link's text is its address (`https://x.ru`, `x.ru`, `a@b.ru` for `mailto:a@b.ru`). */
export function sameAddress(text: string, url: string): boolean {
  const bare = (s: string) => s.replace(/^(https?:\/\/|mailto:|tel:)/i, '').replace(/^www\./i, '').replace(/\/$/, '').toLowerCase();
  return text === '' || bare(text) === bare(url);
}

/** What a link shows where there is no link markup: "text: url", or the address alone. */
export function linkAsText(s: Serializer, link: LinkParts, ctx: Context, address: (url: string) => string = displayUrl): void {
  if (link.url === undefined) {
    s.inline(link.content, ctx);
    return;
  }
  if (!link.textIsUrl) {
    s.inline(link.content, ctx);
    s.w.markup(': ');
  }
  s.text(address(link.url), link.src);
}

/** What an image shows where there is no image: "alt: url", or either alone. */
export function imageAsText(s: Serializer, url: string | undefined, alt: string, src: Src | undefined): void {
  if (alt) s.text(alt, src);
  if (alt && url) s.w.markup(': ');
  if (url) s.text(displayUrl(url), src);
}

/** A URL as people write it: `mailto:` and `tel:` dropped. */
export function displayUrl(url: string): string {
  return url.replace(/^(mailto|tel):/i, '');
}
