/**
 * Text an agent reads out on a call: no emoji, abbreviations expanded,
 * acronyms spelled letter by letter, web and email addresses spelled out.
 * Russian for `ru*` documents, English otherwise. The tables are small and
 * explicit on purpose: what is not in them is read as written.
 */

import { isSimpleText, SIMPLE_ALNUM, SIMPLE_LETTER, SIMPLE_UPPER } from '../text/simple-text';

export type SpeechLocale = 'ru' | 'en';

export function speechLocale(locale: string | undefined): SpeechLocale {
  return locale?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Spoken words per minute in conversation (the NCVS figure, DOMAIN.md §2). */
export const WORDS_PER_MINUTE = 150;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** WORD for a text where isSimpleText holds (ASCII and Russian): plain ranges, which V8 runs several times faster. */
const SIMPLE_WORD = new RegExp(`[${SIMPLE_ALNUM}]+(?:['’][${SIMPLE_LETTER}]+)*`, 'g');

/** Words in spoken text: runs of letters and digits (a spelled "эс-бэ-пэ" is three). */
export function countWords(text: string): number {
  const word = isSimpleText(text) ? SIMPLE_WORD : WORD;
  word.lastIndex = 0;
  let n = 0;
  // `test` moves lastIndex on without making a match array (every match has at least one character).
  while (word.test(text)) n++;
  return n;
}

/** An emoji with its modifiers and joined parts (not ©, ® or ™, which are text unless followed by U+FE0F). */
const EMOJI = /(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator})(?:\p{Emoji_Modifier}|\uFE0F|\u20E3|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?))*/gu;

/**
 * Every emoji starts with a character at or above U+203C, or © or ®: the only ones below it with an
 * emoji property (checked over all of Unicode in test/unit/speakable.test.ts). A plain code-unit
 * class rules most paragraphs out several times faster than EMOJI's property classes scan them.
 * Left out above U+203C: €, ₽ and №, which support replies are full of and which start no emoji.
 */
export const MAY_HOLD_EMOJI = /[\u00a9\u00ae\u203c-\u20ab\u20ad-\u20bc\u20be-\u2115\u2117-\uffff]/;

/** An emoji with the spaces before it, so that "thanks 👍, bye" reads "thanks, bye". */
const SPACED_EMOJI = new RegExp(`[ \\t]*(?:${EMOJI.source})`, 'gu');

/** Emoji in a text, which nobody reads out. */
export function findEmoji(text: string): RegExpMatchArray[] {
  return MAY_HOLD_EMOJI.test(text) ? [...text.matchAll(EMOJI)] : [];
}

const LETTERS: Readonly<Record<SpeechLocale, Readonly<Record<string, string>>>> = {
  ru: {
    А: 'а', Б: 'бэ', В: 'вэ', Г: 'гэ', Д: 'дэ', Е: 'е', Ё: 'ё', Ж: 'жэ', З: 'зэ', И: 'и', Й: 'и краткое', К: 'ка', Л: 'эл', М: 'эм', Н: 'эн', О: 'о',
    П: 'пэ', Р: 'эр', С: 'эс', Т: 'тэ', У: 'у', Ф: 'эф', Х: 'ха', Ц: 'цэ', Ч: 'че', Ш: 'ша', Щ: 'ща', Ы: 'ы', Э: 'э', Ю: 'ю', Я: 'я',
    A: 'эй', B: 'би', C: 'си', D: 'ди', E: 'и', F: 'эф', G: 'джи', H: 'эйч', I: 'ай', J: 'джей', K: 'кей', L: 'эл', M: 'эм', N: 'эн', O: 'оу',
    P: 'пи', Q: 'кью', R: 'ар', S: 'эс', T: 'ти', U: 'ю', V: 'ви', W: 'дабл-ю', X: 'экс', Y: 'уай', Z: 'зед',
  },
  en: {},
};

/** Acronyms said as words, not letter by letter. */
const SAID_AS_WORDS = new Set(['OK', 'PIN', 'NASA', 'ГОСТ', 'ВУЗ', 'МИД', 'НАТО', 'ОСАГО', 'КАСКО', 'ЖЭК', 'ГИБДД', 'ЗАГС']);

/**
 * Abbreviations with their spoken form; matched as whole words, the longest first. None reaches
 * across a line break (their spaces are `[^\S\r\n]`), so a script can be made speakable in
 * chunks of whole lines (see Writer.chunks) with the same result. Each comes with what every match
 * of it holds, lower-cased: a text without that is left alone without running the pattern (17
 * look-behind patterns over a 100 KB script took ~1.6 ms). No spoken form holds a trigger.
 */
const ABBREVIATIONS: Readonly<Record<SpeechLocale, readonly (readonly [RegExp, string, readonly string[]])[]>> = {
  ru: [
    [/(?<![\p{L}])т\.[^\S\r\n]?е\./gu, 'то есть', ['т.']],
    [/(?<![\p{L}])т\.[^\S\r\n]?д\./gu, 'так далее', ['т.']],
    [/(?<![\p{L}])т\.[^\S\r\n]?п\./gu, 'тому подобное', ['т.']],
    [/(?<![\p{L}])т\.[^\S\r\n]?к\./gu, 'так как', ['т.']],
    [/(?<![\p{L}])руб\./gu, 'рублей', ['руб.']],
    [/(?<![\p{L}])коп\./gu, 'копеек', ['коп.']],
    [/(?<![\p{L}])мин\./gu, 'минут', ['мин.']],
    [/(?<![\p{L}])см\./gu, 'смотрите', ['см.']],
    [/(?<![\p{L}])тел\./gu, 'телефон', ['тел.']],
    [/(?<![\p{L}])МСК(?![\p{L}])/gu, 'по московскому времени', ['мск']],
    [/№[^\S\r\n]?/gu, 'номер ', ['№']],
    [/[^\S\r\n]?%/gu, ' процентов', ['%']],
    [/[^\S\r\n]?₽/gu, ' рублей', ['₽']],
    [/[^\S\r\n]?€/gu, ' евро', ['€']],
    [/[^\S\r\n]?→[^\S\r\n]?/gu, ', затем ', ['→']],
    [/(?<=\s|^)&(?=\s)/gu, 'и', ['&']],
    [/[~≈][^\S\r\n]?(?=\d)/gu, 'около ', ['~', '≈']],
  ],
  en: [
    [/(?<![\p{L}])e\.g\./giu, 'for example', ['e.g.']],
    [/(?<![\p{L}])i\.e\./giu, 'that is', ['i.e.']],
    [/(?<![\p{L}])etc\./giu, 'and so on', ['etc.']],
    [/(?<![\p{L}])approx\./giu, 'approximately', ['approx.']],
    [/(?<![\p{L}])ASAP(?![\p{L}])/gu, 'as soon as possible', ['asap']],
    [/(?<![\p{L}])FAQ(?![\p{L}])/gu, 'frequently asked questions', ['faq']],
    [/(?<![\p{L}])min\.(?=\s)/gu, 'minutes', ['min.']],
    [/(?<![\p{L}])hrs?\.?(?![\p{L}])/gu, 'hours', ['hr']],
    [/#[^\S\r\n]?(?=\d)/gu, 'number ', ['#']],
    [/№[^\S\r\n]?/gu, 'number ', ['№']],
    [/[^\S\r\n]?%/gu, ' percent', ['%']],
    [/[^\S\r\n]?€/gu, ' euros', ['€']],
    [/[^\S\r\n]?₽/gu, ' roubles', ['₽']],
    [/[^\S\r\n]?→[^\S\r\n]?/gu, ', then ', ['→']],
    [/(?<=\s|^)&(?=\s)/gu, 'and', ['&']],
    [/[~≈][^\S\r\n]?(?=\d)/gu, 'about ', ['~', '≈']],
  ],
};

const URL_SYMBOLS: Readonly<Record<SpeechLocale, Readonly<Record<string, string>>>> = {
  ru: { '.': 'точка', '/': 'слэш', '-': 'дефис', _: 'нижнее подчёркивание', '@': 'собака', ':': 'двоеточие', '?': 'вопросительный знак', '=': 'равно', '&': 'амперсанд', '#': 'решётка', '~': 'тильда', '%': 'процент', '+': 'плюс' },
  en: { '.': 'dot', '/': 'slash', '-': 'dash', _: 'underscore', '@': 'at', ':': 'colon', '?': 'question mark', '=': 'equals', '&': 'ampersand', '#': 'hash', '~': 'tilde', '%': 'percent', '+': 'plus' },
};

const TLD_WORDS: Readonly<Record<SpeechLocale, Readonly<Record<string, string>>>> = {
  ru: { ru: 'ру', com: 'ком', org: 'орг', net: 'нет', рф: 'эр-эф' },
  en: {},
};

/** Addresses in prose, not links: `app.skladno.ru`, `help@skladno.ru`, `https://x.ru/a` (from a placeholder). */
export const BARE_ADDRESS = /(?<![\p{L}\p{N}@./])(?:https?:\/\/)?(?:[\p{L}\p{N}._%+-]+@)?(?:[\p{L}\p{N}-]+\.)+(?:ru|com|org|net|io|рф|app|me|info|biz)(?:\/[^\s)»"]*)?(?![\p{L}\p{N}])/giu;

/**
 * Every match of BARE_ADDRESS lies inside a run of non-space characters that holds a dot before
 * one of its top-level domains (it has no space, and its look-arounds pass at a space as at the
 * ends of a string). Run over a whole script, BARE_ADDRESS tries its host pattern at every letter
 * (4 ms for the bench's 100 KB article); over these runs only, a few microseconds. The runs are
 * found from the dot outwards: a pattern such as `\S*\.(?:ru|…)\S*` would retry its `\S*` at every
 * character of a long run without one (1.2 s for 40,000 characters without a space).
 */
const TLD_DOT = /\.(?:ru|com|org|net|io|рф|app|me|info|biz)/giu;
const SPACE = /\s/u;

/** `text` with every BARE_ADDRESS match replaced by `spell(match)`: the same as `text.replace(BARE_ADDRESS, spell)`. */
export function replaceBareAddresses(text: string, spell: (address: string) => string): string {
  const pieces: string[] = [];
  let at = 0;
  TLD_DOT.lastIndex = 0;
  for (let dot = TLD_DOT.exec(text); dot; dot = TLD_DOT.exec(text)) {
    let start = dot.index;
    while (start > at && !SPACE.test(text[start - 1])) start--;
    let end = dot.index + dot[0].length;
    while (end < text.length && !SPACE.test(text[end])) end++;
    pieces.push(text.slice(at, start), text.slice(start, end).replace(BARE_ADDRESS, spell));
    at = end;
    TLD_DOT.lastIndex = end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** A web address with a scheme or `www.`, up to whitespace, not taking the sentence's final punctuation. */
const WEB_ADDRESS = /(?<![\p{L}\p{N}\u0000-\u0001])(?:https?:\/\/|www\.)[^\s<>"«»\u0000\u0001]*[^\s<>"«».,;:!?)\u0000\u0001]/giu;

/** Spells an acronym letter by letter: `СБП` → `эс-бэ-пэ`, `API` → `A-P-I`. */
function spellAcronym(word: string, locale: SpeechLocale): string {
  const names = LETTERS[locale];
  return [...word].map((c) => names[c] ?? c).join('-');
}

const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,5}(?![\p{L}\p{N}])/gu;
/** ACRONYM for a text where isSimpleText holds. */
const SIMPLE_ACRONYM = new RegExp(`(?<![${SIMPLE_ALNUM}])[${SIMPLE_UPPER}]{2,5}(?![${SIMPLE_ALNUM}])`, 'g');

function spellAcronyms(text: string, locale: SpeechLocale): string {
  return text.replace(isSimpleText(text) ? SIMPLE_ACRONYM : ACRONYM, (word) => (SAID_AS_WORDS.has(word) || /^[IVXLC]+$/.test(word) ? word : spellAcronym(word, locale)));
}

function expandAbbreviations(text: string, locale: SpeechLocale): string {
  const lower = text.toLowerCase();
  let s = text;
  for (const [pattern, words, triggers] of ABBREVIATIONS[locale]) if (triggers.some((t) => lower.includes(t))) s = s.replace(pattern, words);
  return s;
}

/** An address read out: `https://track.skladno.ru/SK-1` → `track точка skladno точка ру слэш эс-кей дефис 1`. */
export function spellAddress(url: string, locale: SpeechLocale): string {
  const bare = url
    .replace(/^(?:https?:\/\/|mailto:|tel:)/i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
  const symbols = URL_SYMBOLS[locale];
  const tlds = TLD_WORDS[locale];
  const parts = bare.split(/([./\-_@:?=&#~%+])/u).filter((p) => p !== '');
  return parts
    .map((part, i) => {
      if (part in symbols) return symbols[part];
      // The top-level domain: the last word after a dot, before any path.
      if (parts[i - 1] === '.' && (i === parts.length - 1 || parts[i + 1] === '/') && part.toLowerCase() in tlds) return tlds[part.toLowerCase()];
      return spellAcronyms(part, locale);
    })
    .join(' ');
}

const OPEN = '\u0000';
const CLOSE = '\u0001';

/** Marks text as already spoken (a spelled address), so `speakable` leaves it alone. */
export function spoken(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

/** Prose made speakable; parts marked with `spoken` are kept as they are (without the marks). */
export function speakable(text: string, locale: SpeechLocale): string {
  const withWebAddresses = (MAY_HOLD_EMOJI.test(text) ? text.replace(SPACED_EMOJI, '') : text)
    .replace(/[\uFE0F\u200D]/g, '')
    .replace(WEB_ADDRESS, (address) => spoken(spellAddress(address, locale)));
  const withAddresses = replaceBareAddresses(withWebAddresses, (address) => spoken(spellAddress(address, locale)));
  // The split keeps the marked parts at odd indices. Telling them by their first character instead
  // took a stray U+0000 in the text (a data file's value) for an opening mark and cut the part's
  // last code unit: half of a surrogate pair.
  return withAddresses
    .split(/(\u0000[^\u0001]*\u0001)/u)
    .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : spellAcronyms(expandAbbreviations(part, locale), locale)))
    .join('')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+$/gm, '');
}
