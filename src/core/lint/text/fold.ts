/**
 * Folding for matching: ё → е (and Ё → Е). Length-preserving, so offsets in
 * the folded text are offsets in the source. Case is handled by the `i` flag.
 */
export function foldYo(text: string): string {
  return text.indexOf('ё') === -1 && text.indexOf('Ё') === -1 ? text : text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}
