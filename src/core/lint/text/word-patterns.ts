/**
 * The global regexes that find words and all-capital words, one set per lint run. A global regex
 * remembers where its last search stopped (`lastIndex`): kept module-wide, that position would be
 * shared by every lint in the process. A copy per search is no answer either: a `new RegExp` per
 * block for the capitals cost 5% of the lint's time (V8 compiles a constructed copy again; only a
 * literal's copies share its code).
 */
import { SIMPLE_ALNUM, SIMPLE_UPPER } from '../../text/simple-text';

// Not global, so nothing searches with these: they are the patterns the copies below are made from.
/** Words: letters and digits, with inner hyphens and apostrophes («что-то», "don't"). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/u;
/** WORD for texts where isSimpleText holds. */
const SIMPLE_WORD = new RegExp(`[${SIMPLE_ALNUM}]+(?:[-'’][${SIMPLE_ALNUM}]+)*`);
/**
 * Words of two or more capitals, optionally with digits or hyphens inside. The
 * look-behind comes after the first capital: V8 then tries it only at capitals.
 */
const CAPS_WORD = /\p{Lu}(?<![\p{L}\p{N}_]\p{Lu})[\p{Lu}\p{N}-]*\p{Lu}(?![\p{L}\p{N}_])/u;
/** CAPS_WORD for texts where isSimpleText holds. */
const SIMPLE_CAPS_WORD = new RegExp(`[${SIMPLE_UPPER}](?<![${SIMPLE_ALNUM}_][${SIMPLE_UPPER}])[${SIMPLE_UPPER}0-9-]*[${SIMPLE_UPPER}](?![${SIMPLE_ALNUM}_])`);

export class WordPatterns {
  private readonly word = new RegExp(WORD, 'gu');
  private readonly simpleWord = new RegExp(SIMPLE_WORD, 'g');
  private readonly caps = new RegExp(CAPS_WORD, 'gu');
  private readonly simpleCaps = new RegExp(SIMPLE_CAPS_WORD, 'g');

  /**
   * The words regex, set to search from `from`. `simple`: the text is isSimpleText, where plain
   * ranges give the same matches as `\p{L}`, several times faster.
   */
  words(simple: boolean, from = 0): RegExp {
    const re = simple ? this.simpleWord : this.word;
    re.lastIndex = from;
    return re;
  }

  /** The capitals regex, set to search from the start. */
  capitals(simple: boolean): RegExp {
    const re = simple ? this.simpleCaps : this.caps;
    re.lastIndex = 0;
    return re;
  }
}
