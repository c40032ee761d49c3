/**
 * How deep a YAML text nests, found before a parser sees it. js-yaml and the
 * `yaml` package parse nested collections recursively: 20,000 `[` in front
 * matter end in "Maximum call stack size exceeded". Real front matter, rule
 * files and configurations nest a few levels; past {@link MAX_YAML_DEPTH} the
 * text is refused with the offset where it got too deep.
 *
 * Counted roughly, in one pass: flow brackets outside quotes and comments,
 * plus block levels (a line indented deeper than the one before opens a level;
 * each `- ` that starts an entry on the line opens another). It never
 * undercounts real nesting by much, and overcounts only text that a writer
 * would not put in front matter (hundreds of unmatched `[`).
 */
export const MAX_YAML_DEPTH = 100;

/** The offset where nesting first goes past `max` levels, or -1. */
export function tooDeepAt(yaml: string, max = MAX_YAML_DEPTH): number {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let lineStart = true;
  let i = 0;
  while (i < yaml.length) {
    const c = yaml[i];
    if (lineStart && flow === 0 && quote === undefined) {
      // Block context: this line's indentation and its `- ` entries.
      let indent = 0;
      while (yaml[i + indent] === ' ') indent++;
      const first = yaml[i + indent];
      if (first !== undefined && first !== '\n' && first !== '\r' && first !== '#') {
        while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        let at = i + indent;
        let dashes = 0;
        while (yaml[at] === '-' && (yaml[at + 1] === ' ' || yaml[at + 1] === '\t')) {
          dashes++;
          at += 2;
          while (yaml[at] === ' ' || yaml[at] === '\t') at++;
        }
        if (indents.length + dashes > max) return i + indent;
      }
      lineStart = false;
      i += indent;
      continue;
    }
    if (c === '\n' || c === '\r') {
      lineStart = true;
      // A single-quoted or double-quoted scalar may span lines; a comment ends here.
      i++;
      continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      // A quote opens a scalar only where a value starts (not inside "don't").
      if (startsValue(yaml, i)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(yaml[i - 1]))) {
      while (i < yaml.length && yaml[i] !== '\n' && yaml[i] !== '\r') i++;
      continue;
    } else if (c === '[' || c === '{') {
      if (++flow + indents.length > max) return i;
    } else if ((c === ']' || c === '}') && flow > 0) {
      flow--;
    }
    i++;
  }
  return -1;
}

/** Whether a quote at `at` follows the start of a line, indentation, `:`, `-`, `,`, `[` or `{` (and spaces). */
function startsValue(yaml: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (yaml[k] === ' ' || yaml[k] === '\t')) k--;
  return k < 0 || yaml[k] === '\n' || yaml[k] === '\r' || yaml[k] === ':' || yaml[k] === '-' || yaml[k] === ',' || yaml[k] === '[' || yaml[k] === '{' || yaml[k] === '?';
}
