/**
 * Slack mrkdwn (api.slack.com/reference/surfaces/formatting): `*bold*`,
 * `_italic_`, `~strike~`, `` `code` ``, ```` ``` ```` blocks, "> " quotes,
 * links `<url|text>`; only `&`, `<` and `>` are escaped, as entities. No
 * headings, tables or list syntax: bold lines, "label: value" lines, "•"
 * lines. 40,000 characters at most, 4,000 advised.
 */
import { constructWarnings, unsupported } from '../constructs';
import { plainText } from '../ir';
import type { PreparedDocument } from '../prepare';
import { displayUrl, Serializer, type Dialect } from '../serialize';
import type { ChannelRender } from '../types';
import { escapeText, finish, overLimit, TEXT_MARKERS } from './common';
import { inertValue, SLACK_LINE_START } from './inert-value';

export const SLACK_LIMIT = 40_000;
export const SLACK_ADVISED = 4_000;

/** A URL inside `<…>`: `&` as an entity, and the characters that would end the link percent-encoded. */
function slackUrl(url: string): string {
  return url.replace(/&/g, '&amp;').replace(/[<>|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export const SLACK_DIALECT: Dialect = {
  gap: 'blank-line',
  escape: escapeText,
  escapeValue: (line, atLineStart) => escapeText(inertValue(line, atLineStart, SLACK_LINE_START)),
  mark: (kind) => (kind === 'u' ? undefined : TEXT_MARKERS[kind]),
  markers: true,
  inlineCode: () => ['`', '`'],
  link: (s, link, ctx) => {
    if (link.url === undefined) return s.inline(link.content, ctx);
    // Slack shows link text as written: formatting inside it is not rendered, so it goes as plain text.
    const text = link.textIsUrl && /^https?:/i.test(link.url) ? '' : plainText(link.content).trim() || displayUrl(link.url);
    s.w.markup(`<${slackUrl(link.url)}`);
    if (text) {
      s.w.markup('|');
      s.text(text, link.src);
    }
    s.w.markup('>');
  },
  image: (s, url, alt, src) => {
    if (!url) return s.text(alt, src);
    s.w.markup(`<${slackUrl(url)}|`);
    s.text(alt || displayUrl(url), src);
    s.w.markup('>');
  },
  heading: 'strong',
  lists: 'lines',
  bullet: '• ',
  // One level: a second `>` would show as a character.
  quote: (ctx) => (ctx.quoteDepth === 0 ? { prefix: '> ' } : undefined),
  codeBlock: () => ({ fence: '```' }),
};

export function renderSlack(p: PreparedDocument): ChannelRender {
  const w = Serializer.render(SLACK_DIALECT, p.blocks);
  const output = w.toString();
  const byLength = (piece: { text: string }) => piece.text.length;
  const warnings = [
    ...constructWarnings(p.source, p.constructs, {
      heading: unsupported('Slack mrkdwn has no headings: shown as a bold line.'),
      table: unsupported('Slack mrkdwn has no tables: shown as lines of "label: value".'),
      image: unsupported('A Slack text message holds no images: sent as a link with the alt text.'),
    }),
    ...(output.length > SLACK_LIMIT
      ? overLimit(p, 'Slack takes at most', output.length, SLACK_LIMIT, w.pieces, byLength)
      : overLimit(p, 'Slack advises at most', output.length, SLACK_ADVISED, w.pieces, byLength, 'info')),
  ];
  return finish(p, { channel: 'slack', format: 'slack-mrkdwn', output, length: output.length, lengthUnit: 'utf16', limit: SLACK_LIMIT }, warnings);
}
