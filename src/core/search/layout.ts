/**
 * Keyboard layout swap between the US QWERTY and the Russian ЙЦУКЕН layouts:
 * `gfhjkm` is «пароль» typed with the wrong layout, `куагтв` is "refund".
 * Punctuation keys that carry Russian letters count too: `j,hfnyfz` → «обратная».
 */
const EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~";
const RU = 'йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ';

const EN_TO_RU = new Map<string, string>();
const RU_TO_EN = new Map<string, string>();
for (let i = 0; i < EN.length; i++) {
  EN_TO_RU.set(EN[i], RU[i]);
  RU_TO_EN.set(RU[i], EN[i]);
}

const HAS_LATIN = /[A-Za-z]/;
const HAS_CYRILLIC = /[А-Яа-яЁё]/;

/**
 * The text as if typed with the other layout, word by word: a word of Latin
 * letters becomes Cyrillic and the other way round; a word mixing both
 * scripts, or with neither, is kept.
 */
export function swapLayout(text: string): string {
  return text.replace(/\S+/g, (word) => {
    const latin = HAS_LATIN.test(word);
    const cyrillic = HAS_CYRILLIC.test(word);
    if (latin === cyrillic) return word;
    const map = latin ? EN_TO_RU : RU_TO_EN;
    let out = '';
    for (const ch of word) out += map.get(ch) ?? ch;
    return out;
  });
}
