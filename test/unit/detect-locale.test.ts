import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectLocale } from '../../src/core/lint/context';
import { fuzz } from './helpers/fuzz';

/** The definition: Cyrillic letters against Latin ones over the whole text, ties to the fallback. */
function reference(text: string, fallback: 'ru' | 'en'): 'ru' | 'en' {
  const cyrillic = text.match(/[а-яё]/gi)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  return cyrillic > latin ? 'ru' : latin > cyrillic ? 'en' : fallback;
}

test('a paragraph is Russian when Cyrillic letters outnumber Latin ones (every letter counted)', () => {
  assert.equal(detectLocale('Откройте раздел Settings', 'en'), 'ru');
  assert.equal(detectLocale('Open «Настройки» in the app', 'ru'), 'en');
  assert.equal(detectLocale('12:30 — 14:00', 'en'), 'en', 'no letters: the fallback');
  const text = fc.array(fc.constantFrom('а', 'Ё', 'ж', 'a', 'Z', ' ', '1', '—'), { maxLength: 400 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(text, fc.constantFrom<'ru' | 'en'>('ru', 'en'), (t, fallback) => {
      assert.equal(detectLocale(t, fallback), reference(t, fallback));
    }),
    fuzz(5_000, 20261208),
  );
  // One language first, the other after: the early decision must wait for the end when it can still turn.
  fc.assert(
    fc.property(fc.nat(300), fc.nat(300), fc.boolean(), (a, b, ruFirst) => {
      const t = ruFirst ? 'я'.repeat(a) + 'z'.repeat(b) : 'z'.repeat(a) + 'я'.repeat(b);
      assert.equal(detectLocale(t, 'ru'), reference(t, 'ru'), `${a} + ${b}`);
    }),
    fuzz(5_000, 20261209),
  );
});
