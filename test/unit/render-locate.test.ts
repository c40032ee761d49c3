/**
 * PieceLocator (src/core/render/locate.ts) answers from an index once the source lacks a
 * character, instead of scanning to the end each time; here against the plain scan it replaced,
 * on generated pieces and sources, with characters the source holds and ones it does not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PieceLocator } from '../../src/core/render/locate';
import type { Range } from '../../src/core/types';
import { kbDoc } from './helpers/render';
import { fuzz } from './helpers/fuzz';

/** The scan from the cursor to the end for every character, as it was. */
function scanRanges(doc: ReturnType<typeof kbDoc>, text: string, start: number, end: number, indices: number[]): (Range | undefined)[] {
  let cursor = start;
  return indices.map((index) => {
    const cp = text.codePointAt(index)!;
    const width = cp > 0xffff ? 2 : 1;
    for (let at = cursor; at < end; at++) {
      if (doc.text.codePointAt(at) === cp) {
        cursor = at + width;
        return doc.lines.range(at, at + width);
      }
    }
    return doc.lines.range(start, end);
  });
}

const char = fc.constantFrom('a', 'b', 'я', '😀', '\ud83d', '\ude00', '&', '#', ';', 'x', '\n', ' ', '€');

test('the same ranges as scanning the source for every character (fast-check)', () => {
  fc.assert(
    fc.property(fc.array(char, { maxLength: 30 }), fc.array(char, { minLength: 1, maxLength: 30 }), (source, piece) => {
      const body = source.join('');
      const doc = kbDoc(`---\ntitle: T\n---\n${body}`);
      const start = doc.text.length - body.length;
      const text = piece.join('');
      const indices: number[] = [];
      for (let i = 0; i < text.length; ) {
        indices.push(i);
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      }
      const locator = new PieceLocator(doc, { text, src: { start, end: doc.text.length }, markup: false });
      assert.deepEqual(
        indices.map((i) => locator.range(i)),
        scanRanges(doc, text, start, doc.text.length, indices),
        JSON.stringify([body, text]),
      );
    }),
    fuzz(3000, 20261207),
  );
});

test('characters an entity stands for are placed on the whole piece; later ones the source holds are still found', () => {
  const doc = kbDoc('---\ntitle: T\n---\n&#x1F600;&#x1F600; a');
  const start = doc.text.indexOf('&');
  const locator = new PieceLocator(doc, { text: '😀😀 a', src: { start, end: doc.text.length }, markup: false });
  const at = (r: Range | undefined) => r && `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  assert.equal(at(locator.range(0)), `3:0-3:${doc.text.length - start}`);
  assert.equal(at(locator.range(2)), `3:0-3:${doc.text.length - start}`);
  assert.equal(at(locator.range(5)), `3:${doc.text.length - start - 1}-3:${doc.text.length - start}`);
});
