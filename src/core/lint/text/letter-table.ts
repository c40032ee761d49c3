let table: Uint8Array | undefined;

/**
 * 1 for every BMP code unit in `\p{L}` (a lone surrogate is not a letter, as for a `u` regex
 * testing one code unit). A table lookup where a loop over characters would run a regex per
 * character; built on first use (~20 ms), then never changed: a constant, whichever lint built it.
 */
export function letterTable(): Uint8Array {
  if (!table) {
    table = new Uint8Array(0x10000);
    const letter = /\p{L}/u;
    for (let c = 0; c < 0x10000; c++) if (!(c >= 0xd800 && c <= 0xdfff) && letter.test(String.fromCharCode(c))) table[c] = 1;
  }
  return table;
}
