import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaceholders } from '../../src/core/parse/placeholders';

test('finds plain, dotted and defaulted placeholders with exact name offsets', () => {
  const text = 'Hi {{ customer.first_name }}, order {{order.number|default:"—"}} and {{ eta | default: \'tomorrow\' }}.';
  const { placeholders, malformed } = findPlaceholders(text, 0);
  assert.deepEqual(malformed, []);
  assert.deepEqual(
    placeholders.map((p) => [p.name, p.defaultValue, text.slice(p.nameStart, p.nameEnd)]),
    [
      ['customer.first_name', undefined, 'customer.first_name'],
      ['order.number', '—', 'order.number'],
      ['eta', 'tomorrow', 'eta'],
    ],
  );
});

test('Cyrillic and underscore names are allowed', () => {
  const { placeholders } = findPlaceholders('{{ клиент.имя }} {{ _x1 }}', 0);
  assert.deepEqual(placeholders.map((p) => p.name), ['клиент.имя', '_x1']);
});

test('malformed placeholders are reported, not silently ignored', () => {
  const { placeholders, malformed } = findPlaceholders('{{ }} {{ first name }} {{ a..b }} {{ x | upcase }} {{ 1abc }}', 0);
  assert.deepEqual(placeholders, []);
  assert.deepEqual(malformed.map((m) => m.inner.trim()), ['', 'first name', 'a..b', 'x | upcase', '1abc']);
});

test('starts at the given offset', () => {
  const { placeholders } = findPlaceholders('{{ a }} {{ b }}', 3);
  assert.deepEqual(placeholders.map((p) => p.name), ['b']);
});
