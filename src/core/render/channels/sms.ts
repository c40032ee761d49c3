/**
 * SMS: plain text. Encoding, units and segments after 3GPP TS 23.038 (see
 * sms-encoding.ts), with the characters that forced UCS-2 or cost two units
 * and where they come from. Paragraphs are separated by one line break
 * (every character is paid for); lists are "- " lines; links "text: url".
 */
import { constructWarnings, unsupported } from '../constructs';
import { PieceLocator, srcAtCount } from '../locate';
import type { PreparedDocument } from '../prepare';
import { linkAsText, Serializer, type Dialect } from '../serialize';
import { gsm7Septets, measureSms } from '../sms-encoding';
import { findEmoji } from '../speakable';
import type { Range } from '../../types';
import type { ChannelRender, RenderWarning, SmsCharacter } from '../types';
import type { Piece } from '../writer';
import { finish } from './common';

export const DEFAULT_MAX_SMS_SEGMENTS = 3;

export const SMS_DIALECT: Dialect = {
  gap: 'line-break',
  escape: (t) => t,
  mark: () => undefined,
  markers: false,
  inlineCode: () => undefined,
  link: (s, link, ctx) => linkAsText(s, link, ctx),
  image: (s, _url, alt, src) => s.text(alt, src),
  heading: 'plain',
  lists: 'lines',
  bullet: '- ',
  quote: () => undefined,
  codeBlock: () => undefined,
};

/** GSM-7 look-alikes for the punctuation that most often turns a message into UCS-2. */
const GSM_ALTERNATIVES: Readonly<Record<string, string>> = {
  '\u2014': '-', '\u2013': '-', '\u2012': '-', '\u2212': '-', '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u00AB': '"', '\u00BB': '"', '\u2026': '...', '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ', '\u2116': 'No.', '\u2022': '-', '\t': ' ',
};

export function renderSms(p: PreparedDocument): ChannelRender {
  const w = Serializer.render(SMS_DIALECT, p.blocks);
  const output = w.toString();
  const m = measureSms(output);
  const parts = m.partStarts.map((start, i) => output.slice(start, m.partStarts[i + 1] ?? output.length));

  const ucs2Characters = new CharacterTally();
  const doubleCharacters = new CharacterTally();
  const emoji = emojiIn(w.pieces);
  const warnings: RenderWarning[] = [];
  // Letters outside GSM-7 (Cyrillic, say) make UCS-2 unavoidable; only otherwise does a dash or an emoji matter.
  let lettersForce = false;
  const avoidable: { char: string; range?: Range; emoji?: string }[] = [];
  const gsm = m.encoding === 'GSM-7';
  for (const piece of w.pieces) {
    const locator = new PieceLocator(p.doc, piece);
    const inEmoji = emoji.get(piece);
    for (let i = 0; i < piece.text.length; ) {
      const cp = piece.text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const septets = gsm7Septets(cp);
      const index = i;
      i += width;
      if (gsm) {
        if (septets === 2) doubleCharacters.add(cp, locator, index);
        continue;
      }
      if (septets !== 0) continue;
      const range = ucs2Characters.add(cp, locator, index, !isLetter(cp));
      if (width === 2) doubleCharacters.addRange(cp, range);
      if (inEmoji?.starts.has(index)) avoidable.push({ char: String.fromCodePoint(cp), range, emoji: inEmoji.starts.get(index) });
      else if (inEmoji?.covered.has(index)) continue;
      else if (isLetter(cp)) lettersForce = true;
      else avoidable.push({ char: String.fromCodePoint(cp), range });
    }
  }
  if (!lettersForce) {
    for (const a of avoidable) {
      const instead = GSM_ALTERNATIVES[a.char];
      warnings.push({
        code: a.emoji ? 'channel/sms-emoji' : 'channel/sms-ucs2',
        severity: 'warning',
        message: a.emoji
          ? `The emoji ${a.emoji} turns this SMS into UCS-2: 70 characters per message instead of 160. Remove it to send GSM-7.`
          : `"${a.char}" (${codePoint(a.char)}) is not in GSM-7 and turns this SMS into UCS-2: 70 characters per message instead of 160.${instead ? ` Write "${instead}" instead.` : ''}`,
        range: a.range,
      });
    }
  }

  const max = p.options.maxSmsSegments ?? DEFAULT_MAX_SMS_SEGMENTS;
  if (m.segments > max) {
    const src = srcAtCount(w.pieces, m.partStarts[max] - 1, (piece) => piece.text.length);
    warnings.push({
      code: 'channel/sms-segments',
      severity: 'warning',
      message: `This SMS is ${m.segments} segments (${m.units} ${m.encoding === 'GSM-7' ? 'septets' : 'UTF-16 units'}, ${m.encoding}); the maximum is ${max}. Segment ${max + 1} starts here.`,
      range: p.source.range(src) ?? p.source.bodyRange,
    });
  }
  warnings.push(
    ...constructWarnings(p.source, p.constructs, {
      link: {
        code: 'channel/sms-link',
        severity: 'warning',
        message: (f) => `A link in an SMS (${f.url}) costs ${f.url?.length ?? 0} characters and is often filtered as spam; consider sending it another way.`,
      },
      heading: unsupported('SMS has no headings: shown as a plain line.'),
      table: unsupported('SMS has no tables: shown as lines of "label: value".'),
      image: unsupported('SMS holds no images: only the alt text is sent.'),
    }),
  );

  return finish(
    p,
    {
      channel: 'sms',
      format: 'text',
      output,
      length: m.units,
      lengthUnit: m.encoding === 'GSM-7' ? 'septets' : 'utf16',
      sms: { encoding: m.encoding, units: m.units, segments: m.segments, perSegment: m.perSegment, parts, ucs2Characters: ucs2Characters.list(), doubleCharacters: doubleCharacters.list() },
    },
    warnings,
  );
}

/** How many places each character keeps: a Russian message would otherwise list every letter. */
export const MAX_RANGES_PER_CHARACTER = 20;

/** Characters grouped, in order of first use, with the places of the first occurrences. */
class CharacterTally {
  private readonly byChar = new Map<number, { count: number; ranges: Range[] }>();

  /**
   * Counts one occurrence (at `index` in the locator's piece) and returns its
   * range: located while ranges are kept for the character, or always with
   * `locate` (a character a warning points at).
   */
  add(cp: number, locator: PieceLocator, index: number, locate = false): Range | undefined {
    const entry = this.entry(cp);
    entry.count++;
    const keep = entry.ranges.length < MAX_RANGES_PER_CHARACTER;
    if (!keep && !locate) return undefined;
    const range = locator.range(index);
    if (range && keep) entry.ranges.push(range);
    return range;
  }

  addRange(cp: number, range: Range | undefined): void {
    const entry = this.entry(cp);
    entry.count++;
    if (range && entry.ranges.length < MAX_RANGES_PER_CHARACTER) entry.ranges.push(range);
  }

  list(): SmsCharacter[] {
    return [...this.byChar].map(([cp, e]) => {
      const char = String.fromCodePoint(cp);
      return { char, codePoint: codePoint(char), count: e.count, ranges: e.ranges };
    });
  }

  private entry(cp: number) {
    let entry = this.byChar.get(cp);
    if (!entry) this.byChar.set(cp, (entry = { count: 0, ranges: [] }));
    return entry;
  }
}

/** Per BMP code point: 0 not known yet, 1 a letter or mark, 2 neither (a Russian message asks for every character). */
const bmpLetters = new Uint8Array(0x10000);
const astralLetters = new Map<number, boolean>();
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function isLetter(cp: number): boolean {
  if (cp < 0x10000) {
    let known = bmpLetters[cp] as number;
    if (known === 0) bmpLetters[cp] = known = LETTER_OR_MARK.test(String.fromCharCode(cp)) ? 1 : 2;
    return known === 1;
  }
  let yes = astralLetters.get(cp);
  if (yes === undefined) astralLetters.set(cp, (yes = LETTER_OR_MARK.test(String.fromCodePoint(cp))));
  return yes;
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Per piece, where each emoji starts (with the whole emoji) and every index an emoji covers. */
function emojiIn(pieces: readonly Piece[]): Map<Piece, { starts: Map<number, string>; covered: Set<number> }> {
  const out = new Map<Piece, { starts: Map<number, string>; covered: Set<number> }>();
  for (const piece of pieces) {
    for (const match of findEmoji(piece.text)) {
      const entry = out.get(piece) ?? { starts: new Map<number, string>(), covered: new Set<number>() };
      entry.starts.set(match.index!, match[0]);
      for (let i = match.index!; i < match.index! + match[0].length; i++) entry.covered.add(i);
      out.set(piece, entry);
    }
  }
  return out;
}
