import type { Src } from '../source';
import { srcAtCount } from '../locate';
import type { PreparedDocument } from '../prepare';
import type { ChannelRender, RenderWarning } from '../types';
import type { Context, LinkParts, Serializer } from '../serialize';
import type { Piece } from '../writer';

/** Marks as the HTML-subset channels write them. */
export const HTML_MARKS = { strong: ['<b>', '</b>'], em: ['<i>', '</i>'], del: ['<s>', '</s>'], u: ['<u>', '</u>'] } as const;

/** Marks as Slack and WhatsApp write them (neither has underline). */
export const TEXT_MARKERS = { strong: ['*', '*'], em: ['_', '_'], del: ['~', '~'] } as const;

/** `& < >` as entities: text in HTML, Telegram HTML and Slack mrkdwn. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** An attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** The length of HTML-subset output as its reader sees it: tags dropped, the four entities we write counted as one character. */
export function visibleLength(html: string): number {
  // Counted in place: two replacements over a 100 KB payload made two copies of it, each of which
  // costs ~1 ms in V8's large-object space (see Writer.chunks). A tag ends at the first `>`; one
  // that never closes is text. Entities are counted where they stand, not formed across a tag.
  let length = 0;
  // Once no `>` follows, none follows any later `<` either: no search per stray `<`.
  let closes = true;
  for (let i = 0; i < html.length; ) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */ && closes) {
      const close = html.indexOf('>', i + 1);
      if (close !== -1) {
        i = close + 1;
        continue;
      }
      closes = false;
    } else if (c === 38 /* & */) {
      // A plain loop: a closure over `i` would give every iteration of the outer loop a context of its own.
      let entity = 0;
      for (const e of ENTITIES) {
        if (html.startsWith(e, i)) {
          entity = e.length;
          break;
        }
      }
      if (entity) {
        length++;
        i += entity;
        continue;
      }
    }
    length++;
    i++;
  }
  return length;
}

const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;'];

/**
 * A warning for a payload over `limit`, pointing where the limit is crossed
 * (`measure` counts each piece the way the limit does).
 */
export function overLimit(
  p: PreparedDocument,
  what: string,
  length: number,
  limit: number,
  pieces: readonly Piece[] | undefined,
  measure: (piece: Piece) => number,
  severity: RenderWarning['severity'] = 'warning',
): RenderWarning[] {
  if (length <= limit) return [];
  const src = pieces && srcAtCount(pieces, limit, measure);
  return [
    {
      code: 'channel/over-limit',
      severity,
      message: `${what} ${limit.toLocaleString('en-US')}; this message has ${length.toLocaleString('en-US')}. The part from here on would be cut or rejected: shorten it or split it.`,
      range: p.source.range(src) ?? p.source.bodyRange,
    },
  ];
}

/**
 * Warnings of one code a render reports one by one: 100 is more than a reader goes through, and
 * 50,000 emoji made as many SMS warnings. The rest are counted in one more at the last one kept.
 */
export const MAX_WARNINGS_PER_CODE = 100;

/** Adds the warnings every channel shares (missing variables, removed HTML, relative links), in source order. */
export function finish(p: PreparedDocument, result: Omit<ChannelRender, 'warnings'>, own: readonly RenderWarning[]): ChannelRender {
  const sorted = [...p.warnings, ...own].sort(bySource);
  const listed = new Map<RenderWarning['code'], { count: number; last: RenderWarning }>();
  const warnings: RenderWarning[] = [];
  for (const w of sorted) {
    const entry = listed.get(w.code) ?? { count: 0, last: w };
    listed.set(w.code, entry);
    if (++entry.count > MAX_WARNINGS_PER_CODE) continue;
    entry.last = w;
    warnings.push(w);
  }
  for (const [code, { count, last }] of listed) {
    if (count <= MAX_WARNINGS_PER_CODE) continue;
    const more = (count - MAX_WARNINGS_PER_CODE).toLocaleString('en-US');
    warnings.push({ code, severity: last.severity, message: `${more} more warnings like the one before (${code}), not listed one by one.`, range: last.range });
  }
  // A stable sort: each count lands after the last warning it follows.
  return { ...result, warnings: warnings.sort(bySource) };
}

function bySource(a: RenderWarning, b: RenderWarning): number {
  return (a.range?.start.line ?? -1) - (b.range?.start.line ?? -1) || (a.range?.start.character ?? -1) - (b.range?.start.character ?? -1);
}

/** A link in HTML-subset channels (chat, Telegram): `<a href>` around its text, or the text alone when it leads nowhere. */
export function htmlLink(s: Serializer, link: LinkParts, ctx: Context): void {
  if (link.url === undefined) return s.inline(link.content, ctx);
  s.w.markup(`<a href="${escapeAttribute(link.url)}">`);
  if (link.content.length) s.inline(link.content, ctx);
  else s.text(link.url, link.src);
  s.w.markup('</a>');
}

/** An image in HTML-subset channels: a link to it with the alt text (just the alt text inside another link). */
export function htmlImage(s: Serializer, url: string | undefined, alt: string, src: Src | undefined, ctx: Context): void {
  const link = url !== undefined && !ctx.inLink;
  if (link) s.w.markup(`<a href="${escapeAttribute(url)}">`);
  s.text(alt || (url ?? ''), src);
  if (link) s.w.markup('</a>');
}
