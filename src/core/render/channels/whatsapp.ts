/**
 * WhatsApp (faq.whatsapp.com "format your messages"): `*bold*`, `_italic_`,
 * `~strike~`, `` `code` ``, ```` ``` ```` blocks, "- " lists and "> " quotes;
 * no headings, tables or link markup, bare URLs link themselves; 4,096
 * characters in a Cloud API text body.
 */
import { constructWarnings, unsupported } from '../constructs';
import type { PreparedDocument } from '../prepare';
import { imageAsText, linkAsText, Serializer, type Dialect } from '../serialize';
import type { ChannelRender } from '../types';
import { finish, overLimit, TEXT_MARKERS } from './common';
import { inertValue, WHATSAPP_LINE_START } from './inert-value';

export const WHATSAPP_LIMIT = 4096;

export const WHATSAPP_DIALECT: Dialect = {
  gap: 'blank-line',
  escape: (t) => t,
  escapeValue: (line, atLineStart) => inertValue(line, atLineStart, WHATSAPP_LINE_START),
  mark: (kind) => (kind === 'u' ? undefined : TEXT_MARKERS[kind]),
  markers: true,
  inlineCode: () => ['`', '`'],
  link: (s, link, ctx) => linkAsText(s, link, ctx),
  image: imageAsText,
  heading: 'strong',
  lists: 'lines',
  bullet: '- ',
  // One level: a second `>` would show as a character.
  quote: (ctx) => (ctx.quoteDepth === 0 ? { prefix: '> ' } : undefined),
  codeBlock: () => ({ fence: '```' }),
};

export function renderWhatsapp(p: PreparedDocument): ChannelRender {
  const w = Serializer.render(WHATSAPP_DIALECT, p.blocks);
  const output = w.toString();
  const warnings = [
    ...constructWarnings(p.source, p.constructs, {
      heading: unsupported('WhatsApp has no headings: shown as a bold line.'),
      table: unsupported('WhatsApp has no tables: shown as lines of "label: value".'),
      image: unsupported('A WhatsApp text message holds no images: sent as the alt text and the address.'),
      'named-link': unsupported('WhatsApp has no link markup: shown as "text: address" (the address becomes a link).'),
    }),
    ...overLimit(p, 'A WhatsApp text message takes at most', output.length, WHATSAPP_LIMIT, w.pieces, (piece) => piece.text.length),
  ];
  return finish(p, { channel: 'whatsapp', format: 'whatsapp', output, length: output.length, lengthUnit: 'utf16', limit: WHATSAPP_LIMIT }, warnings);
}
