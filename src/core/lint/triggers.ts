/**
 * Required literals of a rule's phrases and patterns: for each alternative,
 * a lowercase string that every match of it contains. A paragraph that
 * contains none of a rule's literals cannot match, so the rule's regex is not
 * run there. This is what makes 70+ rules affordable: most rules have no
 * business in most paragraphs, and `includes` is far cheaper than a Unicode,
 * case-insensitive regex with look-behinds that V8 must try at every position.
 *
 * Extraction is conservative: when an alternative has no literal we can prove
 * (two or more characters), the rule gets no literals and always runs.
 */
export function literalOfPattern(source: string): string[] | undefined {
  const out: string[] = [];
  for (const alt of splitTopLevel(source)) {
    const literals = requiredOfSequence(alt);
    if (!literals) return undefined;
    out.push(...literals);
  }
  return out;
}

const MIN_LITERAL = 2;
/** Literals one run may fork into through small classes. */
const MAX_FORKS = 8;

/** The characters of a class like [её] or [-–—]: no ranges, no negation, no escapes but plain ones, at most 4. */
function smallClass(body: string): string[] | undefined {
  if (body.startsWith('^')) return undefined;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === '\\') {
      c = body[++i];
      if (c === undefined || !/[.*+?^${}()|[\]\\/-]/.test(c)) return undefined;
    } else if (c === '-' && i > 0 && i < body.length - 1) {
      return undefined;
    }
    // Half of a surrogate pair is not a character of the text.
    if (c >= '\ud800' && c <= '\udfff') return undefined;
    const lower = c.toLowerCase();
    if (!chars.includes(lower)) chars.push(lower);
  }
  return chars.length > 0 && chars.length <= 4 ? chars : undefined;
}

/**
 * The best set of literals one of which every match of a sequence contains:
 * a run of plain characters, or a required group whose every alternative has
 * literals. "Best" is the candidate whose shortest literal is longest.
 */
function requiredOfSequence(seq: string): string[] | undefined {
  let best: string[] | undefined;
  let bestScore = MIN_LITERAL - 1;
  const consider = (candidate: string[] | undefined) => {
    if (!candidate || candidate.length === 0) return;
    const score = Math.min(...candidate.map((c) => c.length));
    if (score > bestScore) {
      best = candidate.map((c) => c.toLowerCase());
      bestScore = score;
    }
  };
  // The literal being read; more than one when a small class like [её] forks it («чё», «че»).
  let runs = [''];
  const endRun = () => {
    consider(runs);
    runs = [''];
  };
  const extend = (chars: readonly string[]) => {
    const next = runs.flatMap((r) => chars.map((c) => r + c));
    if (next.length <= MAX_FORKS) runs = next;
    else {
      endRun();
      runs = [...chars];
    }
  };
  let i = 0;
  while (i < seq.length) {
    const c = seq[i];
    if (c === '(') {
      const close = matchingParen(seq, i);
      if (close < 0) return best;
      endRun();
      const head = seq.slice(i, i + 4);
      const quantifier = quantifierAt(seq, close + 1);
      if (/^\(\?<?[!=]/.test(head) || (seq[i + 1] === '?' && seq[i + 2] !== ':')) {
        // A look-around (zero width) or a named group: nothing we can rely on.
      } else if (!quantifier.optional) {
        const inner = seq.slice(i + (seq[i + 1] === '?' ? 3 : 1), close);
        const parts = splitTopLevel(inner).map(requiredOfSequence);
        if (parts.every((p) => p !== undefined)) consider(parts.flat() as string[]);
      }
      i = close + 1 + quantifier.width;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      while (j < seq.length && seq[j] !== ']') j += seq[j] === '\\' ? 2 : 1;
      const quantifier = quantifierAt(seq, j + 1);
      const chars = smallClass(seq.slice(i + 1, j));
      if (chars && !quantifier.optional) {
        extend(chars);
        if (quantifier.width > 0) endRun();
      } else {
        endRun();
      }
      i = j + 1 + quantifier.width;
      continue;
    }
    let ch: string | undefined;
    let width = 1;
    if (c === '\\') {
      const next = seq[i + 1];
      if (next !== undefined && /[.*+?^${}()|[\]\\/-]/.test(next)) {
        ch = next;
        width = 2;
      } else {
        // \s, \d, \p{…}, \b, a backreference: not a literal character.
        endRun();
        width = next === 'p' || next === 'P' ? seq.indexOf('}', i) - i + 1 : 2;
        i += width + quantifierAt(seq, i + width).width;
        continue;
      }
    } else if (c === '.' || c === '^' || c === '$') {
      endRun();
      i += 1 + quantifierAt(seq, i + 1).width;
      continue;
    } else {
      ch = c;
    }
    const quantifier = quantifierAt(seq, i + width);
    if (quantifier.optional) {
      endRun();
    } else {
      // Repeated: the run holds the copies the quantifier requires, then ends («!{2,}» → «!!»).
      extend([ch.repeat(Math.min(Math.max(1, quantifier.min), 8))]);
      if (quantifier.width > 0) endRun();
    }
    i += width + quantifier.width;
  }
  endRun();
  return best;
}

/** A quantifier at `at`: its length, and whether it allows zero copies. */
function quantifierAt(source: string, at: number): { width: number; optional: boolean; min: number } {
  const c = source[at];
  let width = 0;
  let min = 1;
  if (c === '?' || c === '*') {
    width = 1;
    min = 0;
  } else if (c === '+') {
    width = 1;
  } else if (c === '{') {
    const m = /^\{(\d*)(?:,\d*)?\}/.exec(source.slice(at));
    if (m) {
      width = m[0].length;
      min = m[1] === '' ? 0 : Number(m[1]);
    }
  }
  if (width > 0 && source[at + width] === '?') width++; // lazy
  return { width, optional: min === 0, min };
}


/** Splits on `|` outside groups and classes. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const { at, char, depth } of structure(source, 0)) {
    if (char === '|' && depth === 0) {
      parts.push(source.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

function matchingParen(source: string, open: number): number {
  for (const { at, char, depth } of structure(source, open)) if (char === ')' && depth === 0) return at;
  return -1;
}

/**
 * The characters of a regex source that give it structure — `(`, `)`, `|` —
 * skipping escapes and character classes, with the group depth after each.
 */
function* structure(source: string, from: number): Generator<{ at: number; char: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') yield { at: i, char: c, depth: ++depth };
    else if (c === ')') yield { at: i, char: c, depth: --depth };
    else if (c === '|') yield { at: i, char: c, depth };
  }
}
