/**
 * Telegram Bot API, HTML parse mode (core.telegram.org/bots/api#html-style):
 * only b, i, u, s, a[href], code, pre and blockquote; `< > &` as entities;
 * 4,096 characters after entity parsing. The nesting rules are kept: nothing
 * inside code or pre, no code inside formatting or a link, no blockquote in a
 * blockquote. Lists are lines with "•" or numbers; headings bold lines.
 */
import { constructWarnings, unsupported } from '../constructs';
import type { PreparedDocument } from '../prepare';
import { Serializer, type Dialect } from '../serialize';
import type { ChannelRender } from '../types';
import { escapeText, finish, HTML_MARKS, htmlImage, htmlLink, overLimit, visibleLength } from './common';

export const TELEGRAM_LIMIT = 4096;

export const TELEGRAM_DIALECT: Dialect = {
  gap: 'blank-line',
  escape: escapeText,
  mark: (kind) => HTML_MARKS[kind],
  markers: false,
  inlineCode: (ctx) => (ctx.marks.size === 0 && !ctx.inLink ? ['<code>', '</code>'] : undefined),
  link: htmlLink,
  image: htmlImage,
  heading: 'strong',
  lists: 'lines',
  bullet: '• ',
  quote: (ctx) => (ctx.quoteDepth === 0 ? { tags: ['<blockquote>', '</blockquote>'] } : undefined),
  codeBlock: (ctx) => (ctx.quoteDepth === 0 ? { tags: ['<pre>', '</pre>'] } : undefined),
};

export function renderTelegram(p: PreparedDocument): ChannelRender {
  const w = Serializer.render(TELEGRAM_DIALECT, p.blocks);
  const output = w.toString();
  const length = visibleLength(output);
  const warnings = [
    ...constructWarnings(p.source, p.constructs, {
      heading: unsupported('Telegram has no headings: shown as a bold line.'),
      table: unsupported('Telegram has no tables: shown as lines of "label: value".'),
      image: unsupported('A Telegram text message holds no images: sent as a link with the alt text.'),
    }),
    ...overLimit(p, 'Telegram takes at most', length, TELEGRAM_LIMIT, w.pieces, (piece) => visibleLength(piece.text)),
  ];
  return finish(p, { channel: 'telegram', format: 'telegram-html', output, length, lengthUnit: 'utf16', limit: TELEGRAM_LIMIT }, warnings);
}

