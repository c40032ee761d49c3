/** A `{{ name }}` or `{{ name | default: "text" }}` in a body. Offsets are in the file text. */
export interface Placeholder {
  readonly name: string;
  readonly defaultValue?: string;
  readonly start: number;
  readonly end: number;
  /** Offsets of the name alone, for precise diagnostics. */
  readonly nameStart: number;
  readonly nameEnd: number;
}

/** A `{{ … }}` that is not a valid placeholder, e.g. `{{ first name }}` or `{{ }}`. */
export interface MalformedPlaceholder {
  readonly start: number;
  readonly end: number;
  readonly inner: string;
}

export const PLACEHOLDER_NAME = /^[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)*$/u;
const ANY_MUSTACHE = /\{\{([^{}]*)\}\}/g;
const DEFAULT_FILTER = /^default\s*:\s*(?:"([^"]*)"|'([^']*)')$/;

export function findPlaceholders(
  text: string,
  from: number,
): { placeholders: Placeholder[]; malformed: MalformedPlaceholder[] } {
  const placeholders: Placeholder[] = [];
  const malformed: MalformedPlaceholder[] = [];
  ANY_MUSTACHE.lastIndex = from;
  for (let m = ANY_MUSTACHE.exec(text); m; m = ANY_MUSTACHE.exec(text)) {
    const inner = m[1];
    const start = m.index;
    const end = start + m[0].length;
    const bar = inner.indexOf('|');
    const rawName = bar === -1 ? inner : inner.slice(0, bar);
    const name = rawName.trim();
    let defaultValue: string | undefined;
    let ok = PLACEHOLDER_NAME.test(name);
    if (ok && bar !== -1) {
      const filter = DEFAULT_FILTER.exec(inner.slice(bar + 1).trim());
      if (filter) defaultValue = filter[1] ?? filter[2];
      else ok = false;
    }
    if (!ok) {
      malformed.push({ start, end, inner });
      continue;
    }
    const nameStart = start + 2 + rawName.indexOf(name);
    placeholders.push({ name, defaultValue, start, end, nameStart, nameEnd: nameStart + name.length });
  }
  return { placeholders, malformed };
}
