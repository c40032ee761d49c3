/**
 * The chat widget (Zendesk messaging, Intercom): the small HTML subset
 * b/strong, i/em, u, s/del, a, ol/ul/li (DOMAIN.md §2). Paragraphs and line
 * breaks are line breaks in the text; no headings, tables or images inline.
 */
import { constructWarnings, unsupported } from '../constructs';
import type { PreparedDocument } from '../prepare';
import { Serializer, type Dialect } from '../serialize';
import type { ChannelRender } from '../types';
import { escapeText, finish, HTML_MARKS, htmlImage, htmlLink, visibleLength } from './common';

export const CHAT_DIALECT: Dialect = {
  gap: 'blank-line',
  escape: escapeText,
  mark: (kind) => HTML_MARKS[kind],
  markers: false,
  inlineCode: () => undefined,
  link: htmlLink,
  image: htmlImage,
  heading: 'strong',
  lists: 'html',
  bullet: '',
  quote: () => undefined,
  codeBlock: () => undefined,
};

export function renderChat(p: PreparedDocument): ChannelRender {
  const output = Serializer.render(CHAT_DIALECT, p.blocks).toString();
  const warnings = constructWarnings(p.source, p.constructs, {
    heading: unsupported('The chat widget has no headings: shown as a bold line.'),
    table: unsupported('The chat widget has no tables: shown as lines of "label: value".'),
    image: unsupported('The chat widget shows no images inline: sent as a link with the alt text.'),
  });
  return finish(p, { channel: 'chat', format: 'html', output, length: visibleLength(output), lengthUnit: 'utf16' }, warnings);
}
