/**
 * Words → index terms. A term is a folded word (lowercase, ё → е) reduced to
 * its stem: Snowball for Russian, so «пароля», «паролем» and «пароли» are one
 * term; a light suffix stripper for English (plurals, -ing, -ed). Function
 * words that would only add noise are dropped.
 */
import { russianStem } from '../lint/text/morphology';
import { fold } from './normalize';

/** Letters and digits; everything else (hyphens, dots, Markdown) separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /^[a-z]+$/;
/** Longer runs are not words a person types (hashes, base64): index their start only. */
export const MAX_WORD_LENGTH = 40;

const STOP_WORDS = new Set(
  [
    // Russian: prepositions, conjunctions, particles, pronouns.
    'и', 'в', 'во', 'не', 'на', 'с', 'со', 'а', 'но', 'да', 'к', 'ко', 'у', 'же', 'за', 'бы', 'по', 'от', 'о', 'об', 'из', 'ли',
    'или', 'ни', 'до', 'для', 'без', 'под', 'при', 'про', 'над', 'то', 'это', 'этот', 'эта', 'эти', 'так', 'также', 'тоже', 'уже',
    'еще', 'вы', 'вас', 'вам', 'ваш', 'ваша', 'ваше', 'ваши', 'вашего', 'вашей', 'мы', 'нас', 'нам', 'наш', 'наша', 'наши', 'я', 'мне',
    'он', 'она', 'оно', 'они', 'его', 'ее', 'их', 'им', 'ему', 'ей', 'что', 'чтобы', 'как', 'если', 'там', 'тут', 'вот', 'все', 'всё',
    // English.
    'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'into', 'about', 'as', 'is',
    'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'i', 'you', 'your', 'we', 'our', 'us', 'me',
    'my', 'he', 'she', 'they', 'them', 'their', 'do', 'does', 'did', 'not', 'so', 'if', 'then', 'than', 'there', 'how', 'what',
  ].map(fold),
);

/** The words of a text, in order (not folded). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The term a word is indexed and searched under, or undefined for a stop word or a lone letter. */
export function termOf(word: string): string | undefined {
  const folded = fold(word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word);
  if (STOP_WORDS.has(folded)) return undefined;
  if (folded.length < 2 && !/\d/.test(folded)) return undefined;
  return stem(folded);
}

/** The stem of a folded word: Russian Snowball, English light stemming, anything else as is. */
export function stem(folded: string): string {
  if (CYRILLIC.test(folded)) return folded.length > 2 ? dropFleetingVowel(russianStem(folded)) : folded;
  if (LATIN.test(folded)) return englishStem(folded);
  return folded;
}

const FLEETING = /([бвгджзклмнпрстфхцчшщ])[ое]([бвгджзклмнпрстфхцчшщ])$/;

/**
 * Russian fleeting vowels: «посылок» and «посылка», «звонок» and «звонка»
 * keep different Snowball stems (посылок / посылк). Dropping an о or е
 * between two final consonants from every stem makes them one term; words
 * without a fleeting vowel («телефон» → «телефн») lose nothing, since every
 * form of them loses the same letter.
 */
export function dropFleetingVowel(stem: string): string {
  return stem.length >= 4 ? stem.replace(FLEETING, '$1$2') : stem;
}

/**
 * Light English stemming: plural and verb suffixes and a final e, so that
 * "refunds", "refunded" and "refunding" meet "refund", and "closed" meets
 * "close", without the conflations of a full Porter stemmer ("general" → "gener").
 */
export function englishStem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/ie[sd]$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:sses|xes|ches|shes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  return w.length > 3 && w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w;
}

/** "shipp" → "ship", "stopp" → "stop"; "call", "pass" keep their pair. */
function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
