/**
 * Phone: a script the agent reads out. No markup; link addresses and bare
 * web or email addresses spelled out, abbreviations expanded (speakable.ts);
 * words counted and timed at 150 words a minute.
 */
import { constructWarnings, unsupported } from '../constructs';
import { PieceLocator } from '../locate';
import type { PreparedDocument } from '../prepare';
import { Serializer, type Dialect } from '../serialize';
import { countWords, findEmoji, speakable, speechLocale, spellAddress, spoken, WORDS_PER_MINUTE, type SpeechLocale } from '../speakable';
import type { ChannelRender, RenderWarning } from '../types';
import { finish } from './common';

const ADDRESS_WORD: Readonly<Record<SpeechLocale, string>> = { ru: 'адрес', en: 'the address is' };

function phoneDialect(locale: SpeechLocale): Dialect {
  return {
    gap: 'blank-line',
    escape: (t) => t,
    mark: () => undefined,
    markers: false,
    inlineCode: () => undefined,
    link: (s, link, ctx) => {
      if (link.url === undefined) return s.inline(link.content, ctx);
      if (!link.textIsUrl) {
        s.inline(link.content, ctx);
        s.w.markup(`, ${ADDRESS_WORD[locale]}: `);
      }
      s.text(spoken(spellAddress(link.url, locale)), link.src);
    },
    image: (s, _url, alt, src) => s.text(alt, src),
    heading: 'plain',
    lists: 'lines',
    bullet: '',
    quote: () => undefined,
    codeBlock: () => undefined,
  };
}

export function renderPhone(p: PreparedDocument): ChannelRender {
  const locale = speechLocale(p.doc.meta.locale);
  const w = Serializer.render(phoneDialect(locale), p.blocks);
  // A script has no indentation: nested list items are lines like the others. Made speakable in
  // chunks of whole lines, joined once (see Writer.chunks); nothing in speakable crosses a line.
  const chunks = w.chunks().map((chunk) => speakable(chunk, locale).replace(/^[ \t]+/gm, ''));
  const output = chunks.join('');
  const words = chunks.reduce((sum, chunk) => sum + countWords(chunk), 0);
  const warnings: RenderWarning[] = [];
  for (const piece of w.pieces) {
    const emoji = findEmoji(piece.text);
    // One locator per piece, asked in order: linear in the piece however many emoji it holds.
    const locator = emoji.length ? new PieceLocator(p.doc, piece) : undefined;
    let walked = 0;
    for (const match of emoji) {
      const first = match[0].codePointAt(0)!;
      // Earlier occurrences of the emoji's first character (a plain ©, one inside a joined emoji)
      // are matched first, so the locator does not place the emoji on one of them.
      for (let i = walked; i < match.index!; ) {
        const cp = piece.text.codePointAt(i)!;
        if (cp === first) locator!.range(i);
        i += cp > 0xffff ? 2 : 1;
      }
      walked = match.index! + (first > 0xffff ? 2 : 1);
      warnings.push({
        code: 'channel/unsupported',
        severity: 'info',
        message: `The emoji ${match[0]} can't be read out: left out of the script.`,
        range: locator!.range(match.index!),
      });
    }
  }
  warnings.push(
    ...constructWarnings(p.source, p.constructs, {
      link: unsupported('A link cannot be clicked on a call: its address is spelled out.'),
      table: unsupported('A table is read as lines of "label: value".'),
      image: unsupported('An image cannot be shown on a call: only its alt text is read.'),
    }),
  );
  return finish(
    p,
    { channel: 'phone', format: 'text', output, length: output.length, lengthUnit: 'utf16', phone: { words, seconds: Math.round((words * 60) / WORDS_PER_MINUTE) } },
    warnings,
  );
}
