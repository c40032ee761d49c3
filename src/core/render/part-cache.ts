/**
 * Parsed parts of recent renders, for the preview, which renders the same
 * document again after every pause in typing: an edit changes one part of a
 * long article, and the others come from here instead of from micromark.
 *
 * The cache hands out copies and keeps its own: the caller moves positions and
 * fills in link addresses in the tree it gets. Copying a part's tree costs a
 * fraction of parsing it. Bounded by the characters of the texts it holds;
 * the least recently used go first. A part's tree takes ~60 bytes of heap per
 * character of its text (measured on the bench's article), so the default of
 * 500,000 characters, ~30 MB, holds several long articles and their recent
 * edits.
 */
import type { Root } from 'mdast';

export class MarkdownPartCache {
  private readonly entries = new Map<string, Root>();
  private size = 0;

  constructor(private readonly maxChars = 500_000) {}

  /** A copy of the tree parsed from `key`, or undefined. */
  get(key: string): Root | undefined {
    const tree = this.entries.get(key);
    if (!tree) return undefined;
    // Most recently used last, so eviction takes from the front.
    this.entries.delete(key);
    this.entries.set(key, tree);
    return copy(tree);
  }

  /** Keeps a copy of `tree`, parsed from `key`. */
  set(key: string, tree: Root): void {
    if (key.length > this.maxChars) return;
    if (this.entries.has(key)) return;
    this.entries.set(key, copy(tree));
    this.size += key.length;
    for (const [old] of this.entries) {
      if (this.size <= this.maxChars) break;
      this.entries.delete(old);
      this.size -= old.length;
    }
  }

  get chars(): number {
    return this.size;
  }
}

/**
 * A deep copy of a Markdown tree: plain objects, arrays and primitives only, as mdast is. By hand
 * because `structuredClone` took ~6× as long on the bench's article (6–7.6 against 1–3 ms).
 */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copy((value as Record<string, unknown>)[key]);
  return out as T;
}
