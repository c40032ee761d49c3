/**
 * A fingerprint of a set of documents for cache keys: 64 bits from two
 * 32-bit string hashes per document, summed so that the order documents
 * come in does not matter and one document can be swapped in or out.
 * Not cryptographic: it guards against stale caches, not against attackers.
 */
export interface DocumentHash {
  readonly a: number;
  readonly b: number;
}

/** Hashes a document's path and text together (one pass over the characters). */
export function hashDocument(path: string, text: string): DocumentHash {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (const s of [path, '\0', text]) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  return { a: mix(a), b: mix(b) };
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** An order-independent sum of document hashes; add and subtract one document at a time. */
export class ContentHash {
  private a = 0;
  private b = 0;
  private count = 0;

  add(h: DocumentHash): void {
    this.a = (this.a + h.a) >>> 0;
    this.b = (this.b + h.b) >>> 0;
    this.count++;
  }

  remove(h: DocumentHash): void {
    this.a = (this.a - h.a) >>> 0;
    this.b = (this.b - h.b) >>> 0;
    this.count--;
  }

  toString(): string {
    return `${this.count}-${this.a.toString(16).padStart(8, '0')}${this.b.toString(16).padStart(8, '0')}`;
  }
}
