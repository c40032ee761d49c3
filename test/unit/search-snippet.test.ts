import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { documentSnippet, escapeSnippetText, parseDocument, toSnippet, type VariableDeclaration } from '../../src/core';

const vars = (...list: VariableDeclaration[]) => new Map(list.map((v) => [v.name, v]));

/**
 * What VS Code inserts for a snippet made of text and `${n:text}` tab stops:
 * escapes resolved, each tab stop replaced by its text. Throws on anything
 * else, so an unescaped `$` or `}` fails the test.
 */
function render(snippet: string): { text: string; stops: [number, string][] } {
  let text = '';
  const stops: [number, string][] = [];
  let i = 0;
  const readText = (until: string | undefined) => {
    let out = '';
    while (i < snippet.length) {
      const ch = snippet[i];
      if (ch === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
        out += snippet[i + 1];
        i += 2;
      } else if (ch === '$') {
        if (until !== undefined) throw new Error(`unescaped $ at ${i}`);
        return out;
      } else if (ch === '}') {
        if (until === '}') return out;
        throw new Error(`unescaped } at ${i}`);
      } else {
        out += ch;
        i++;
      }
    }
    if (until === '}') throw new Error('unterminated tab stop');
    return out;
  };
  while (i < snippet.length) {
    text += readText(undefined);
    if (i >= snippet.length) break;
    const m = /^\$\{(\d+):/.exec(snippet.slice(i));
    if (!m) throw new Error(`bad $ at ${i}: ${snippet.slice(i, i + 10)}`);
    i += m[0].length;
    const value = readText('}');
    i++;
    stops.push([Number(m[1]), value]);
    text += value;
  }
  return { text, stops };
}

test('declared variables become tab stops with their sample, else their default', () => {
  const snippet = toSnippet('Здравствуйте, {{ customer.first_name }}! Запрос №{{ticket.id}}.', vars({ name: 'customer.first_name', sample: 'Анна', defaultValue: 'коллега' }, { name: 'ticket.id', defaultValue: '—' }));
  assert.equal(snippet, 'Здравствуйте, ${1:Анна}! Запрос №${2:—}.');
});

test('the same variable keeps its number; numbers follow first use', () => {
  const snippet = toSnippet('{{ b }} {{ a }} {{ b }} {{a | default: "x"}}', vars({ name: 'a', sample: 'A' }, { name: 'b', sample: 'B' }));
  assert.equal(snippet, '${1:B} ${2:A} ${1:B} ${2:A}');
});

test('without a declared sample or default: the placeholder\'s own default, else its name', () => {
  assert.equal(toSnippet('Привет, {{ name | default: "друг" }}, {{ order.id }}.'), 'Привет, ${1:друг}, ${2:order.id}.');
});

test('$, } and \\ are escaped in the text and in values; malformed placeholders stay text', () => {
  assert.equal(escapeSnippetText('a $1 } \\ {'), 'a \\$1 \\} \\\\ {');
  const snippet = toSnippet('Цена $5 {x} C:\\path {{ first name }} {{ v }}', vars({ name: 'v', sample: '${USER} }' }));
  assert.equal(snippet, 'Цена \\$5 {x\\} C:\\\\path {{ first name \\}\\} ${1:\\${USER\\} \\}}');
  assert.deepEqual(render(snippet), { text: 'Цена $5 {x} C:\\path {{ first name }} ${USER} }', stops: [[1, '${USER} }']] });
});

test('any body round-trips: the inserted text is the body with each placeholder replaced by its value', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'я', ' ', '$', '}', '{', '\\', '\n', ':', '|', '"') });
  fc.assert(
    fc.property(fc.array(fc.tuple(word, fc.constantFrom('x', 'user.name', 'y'))), word, fc.string(), (parts, tail, sample) => {
      const body = parts.map(([text, name]) => `${text}{{ ${name} }}`).join('') + tail;
      const snippet = toSnippet(body, vars({ name: 'x', sample }));
      const expected = body.replace(/\{\{ (x|user\.name|y) \}\}/g, (_, name: string) => (name === 'x' ? sample : name));
      // Text that itself forms a placeholder ("{{" typed before one) changes what is a placeholder: skip those.
      fc.pre(!/\{\{[^{}]*\}\}/.test(parts.map(([t]) => t).join('\u0000') + tail));
      assert.equal(render(snippet).text, expected);
    }),
  );
});

test('documentSnippet: a kb-sample macro, trimmed, with its declared sample', () => {
  const path = resolve(__dirname, '../../kb-sample/macros/ru/ack-new-request.md');
  const doc = parseDocument({ path, relativePath: 'macros/ru/ack-new-request.md', text: readFileSync(path, 'utf8'), requireFrontMatter: true });
  const snippet = documentSnippet(doc);
  assert.ok(snippet.startsWith('Здравствуйте!\n\nМы получили ваше письмо. Номер запроса — **${1:48213}**.'), snippet.slice(0, 80));
  assert.ok(snippet.endsWith('Поддержка Skladno'));
  assert.doesNotMatch(snippet, /\{\{/);
  assert.deepEqual(new Set(render(snippet).stops.map(([n]) => n)), new Set([1]));
});
