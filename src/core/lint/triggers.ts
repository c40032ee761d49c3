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
  let run = '';
  const endRun = () => {
    consider([run]);
    run = '';
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
      endRun();
      let j = i + 1;
      while (j < seq.length && seq[j] !== ']') j += seq[j] === '\\' ? 2 : 1;
      i = j + 1 + quantifierAt(seq, j + 1).width;
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
      run += ch;
      if (quantifier.width > 0) endRun(); // repeated: the run ends after one copy
    }
    i += width + quantifier.width;
  }
  endRun();
  return best;
}

/** A quantifier at `at`: its length, and whether it allows zero copies. */
function quantifierAt(source: string, at: number): { width: number; optional: boolean } {
  const c = source[at];
  let width = 0;
  let optional = false;
  if (c === '?' || c === '*') {
    width = 1;
    optional = true;
  } else if (c === '+') {
    width = 1;
  } else if (c === '{') {
    const m = /^\{(\d*)(?:,\d*)?\}/.exec(source.slice(at));
    if (m) {
      width = m[0].length;
      optional = m[1] === '' || Number(m[1]) === 0;
    }
  }
  if (width > 0 && source[at + width] === '?') width++; // lazy
  return { width, optional };
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
