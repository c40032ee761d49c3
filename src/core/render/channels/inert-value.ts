/**
 * Placeholder values are customer data (a name, a comment, an address): in Slack mrkdwn and
 * WhatsApp text they must not become markup. Neither has an escape character (Slack's docs offer
 * entities for `& < >` only; WhatsApp none), so the characters that could act as markup are
 * swapped for look-alikes that no client reads as syntax, as jsx-slack's <Escape> does inside
 * links (github.com/yhatt/jsx-slack, docs/about-escape-and-exact-mode.md):
 *
 * - `*` `_` `~` `` ` `` become ∗ (U+2217), ˍ (U+02CD), ∼ (U+223C), ˋ (U+02CB), unless the
 *   character sits between two letters or digits (`snake_case`, `john_doe@x.ru`), where neither
 *   client opens or closes a mark;
 * - a line of the value that would start a quote (`>`), or in WhatsApp a list (`- `, `* `,
 *   `1. `), gets a soft hyphen (U+00AD, invisible) in front;
 * - a word that is a web or email address is left whole: clients link it rather than format it,
 *   and a changed character would break the link.
 */

const LOOK_ALIKE: Readonly<Record<string, string>> = { '*': '\u2217', _: '\u02cd', '~': '\u223c', '`': '\u02cb' };
const MARKER = /[*_~`]/g;
const ALNUM = /[\p{L}\p{N}]/u;
/** Web and email addresses, as whole words. */
const ADDRESS = /^(?:(?:https?:\/\/|www\.|mailto:)\S+|[^\s@]+@[^\s@]+\.[^\s@]+)$/i;
const SOFT_HYPHEN = '\u00ad';

/** What starts a block at the beginning of a line in the channel. */
export type LineStartSyntax = RegExp;

/** Slack: a quote. */
export const SLACK_LINE_START: LineStartSyntax = /^[ \t]*>/;
/** WhatsApp: a quote, a bulleted or a numbered list item. */
export const WHATSAPP_LINE_START: LineStartSyntax = /^[ \t]*(?:>|[-*•][ \t]|\d+\.[ \t])/;

/** One line of a value (no line break), written so that nothing in it is markup. */
export function inertValue(line: string, atLineStart: boolean, lineStart: LineStartSyntax): string {
  const words = line.split(/(\s+)/);
  const out = words.map((word) => (ADDRESS.test(word) ? word : word.replace(MARKER, (c, at: number) => (between(word, at) ? c : LOOK_ALIKE[c]!))));
  const text = out.join('');
  return atLineStart && lineStart.test(text) ? SOFT_HYPHEN + text : text;
}

/** Whether the character at `at` has a letter or a digit on both sides. */
function between(word: string, at: number): boolean {
  // The character before may be a surrogate pair: step back over both halves.
  const low = word.charCodeAt(at - 1);
  const before = at >= 2 && low >= 0xdc00 && low <= 0xdfff ? word.slice(at - 2, at) : word.charAt(at - 1);
  const after = at + 1 < word.length ? String.fromCodePoint(word.codePointAt(at + 1)!) : '';
  return ALNUM.test(before) && ALNUM.test(after);
}
