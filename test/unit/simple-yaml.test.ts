/**
 * The front-matter fast path (src/core/parse/simple-yaml.ts) against js-yaml with the core schema:
 * whenever the fast path answers, it answers what js-yaml loads; where js-yaml fails, it declines.
 * And it does answer for the front matter KBs write (kb-sample and the bench's 10k documents).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { splitFrontMatter } from '../../src/core/parse/front-matter';
import { readSimpleYaml } from '../../src/core/parse/simple-yaml';
import { normalizeCr } from '../../src/core/parse/yaml';
import { generateKb } from '../../bench/generate-kb';

type Loaded = { ok: true; value: unknown } | { ok: false };
function jsYaml(text: string): Loaded {
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}

function agrees(yaml: string): 'answered' | 'declined' {
  const fast = readSimpleYaml(yaml);
  if (fast === undefined) return 'declined';
  const reference = jsYaml(yaml);
  assert.ok(reference.ok, `js-yaml fails on what the fast path read: ${JSON.stringify(yaml)} → ${JSON.stringify(fast)}`);
  assert.deepStrictEqual(fast, reference.value, JSON.stringify(yaml));
  return 'answered';
}

const pick = <T>(...items: T[]) => fc.constantFrom(...items);
const goodKey = pick('title', 'id', 'type', 'locale', 'tags', 'channels', 'ticket.id', 'customer.first_name', 'a_b', 'x-y', 'sample', 'description');
const oddKey = pick('null', 'True', '1', '__proto__', 'on', 'y', 'key with space', '"quoted"', 'k:', '-k', '<<', '.5', '~');
const key = fc.oneof({ weight: 20, arbitrary: goodKey }, { weight: 1, arbitrary: oddKey });
const goodScalar = pick(
  'Ответ', 'plain text', "it's", 'a:b', '10:30', '2025-11-03', '2025-11-03T10:00:00Z', '42', '-5', '+3', '0x1F', '0o17', '1_000', '1e3', '.5', '.inf', '-.Inf', '.nan',
  'NaN', 'true', 'False', 'yes', 'off', 'null', 'Null', '~', '-x', '"double"', "'single'", "'it''s'", '"Обращение № {{ ticket.id }}: блокировка"', 'Домен и SSL::Сертификат',
  '[a, b]', '[]', '[ ]', "[a, \"b c\", 3, true, ~, can't]", '["a, b", \'c\']', '{}', '{ description: Имя клиента }', '{ a: 1, b: "x, y" }', 'emoji 👍', 'a  b', 'a#b',
  'a\u0085b', 'a\u2028b', '@', '0b101',
);
const oddScalar = pick(
  'a: b', 'a #b', 'a:', '- x', '-', '?', '? x', ':x', ',x', '!tag x', '&anchor x', '*alias', '|', '>', '%x', '@x', '`x`', '"with \\" escape"', '"a\\nb"', "'unterminated",
  '"unterminated', '"x" y', "'x' # c", '[a,, b]', '[a, b,]', '[a, [b]]', '[a: b]', '[a:b]', '[a #b]', '[10:30]', '{a: 1}', '{ a: 1, a: 2 }', '{ a:1 }', '[a, b] x', 'value # comment', '#',
  '[ "a" b ]', '{ a: [b] }', '',
);
const scalar = fc.oneof({ weight: 15, arbitrary: goodScalar }, { weight: 1, arbitrary: oddScalar });
const pad = (n: number) => ' '.repeat(n);

/** One top-level entry with what hangs under it, at the given indentation. */
const entry = (indent: number): fc.Arbitrary<string[]> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(key, pick(': ', ': ', ': ', ': ', ':  ', ':', ' : '), scalar).map(([k, sep, v]) => [`${pad(indent)}${k}${sep}${v}`]) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(key, pick(0, 0, 2, 1), fc.array(fc.tuple(pick('- ', '- ', '-  ', '-'), scalar), { minLength: 1, maxLength: 3 }))
        .map(([k, extra, items]) => [`${pad(indent)}${k}:`, ...items.map(([d, v]) => `${pad(indent + extra)}${d}${v}`)]),
    },
    {
      weight: indent < 4 ? 2 : 0,
      arbitrary: fc
        .tuple(key, pick(2, 2, 4, 1), fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 }), fc.boolean())
        .map(([k, step, subs, ragged]) => [`${pad(indent)}${k}:`, ...subs.map(([sk, v], i) => `${pad(indent + step + (ragged && i === 1 ? 1 : 0))}${sk}: ${v}`)]),
    },
    { weight: 1, arbitrary: fc.tuple(key).map(([k]) => [`${pad(indent)}${k}:`]) },
    { weight: 1, arbitrary: pick('# comment', '  # indented comment', '---', '...', '%YAML 1.2', '', '   ', '  continued text', '- a: b', '\tkey: tab', 'a:\tb').map((l) => [l]) },
  );

/** Front matter: a realistic skeleton with generated entries mixed in. */
const yamlArb = fc
  .tuple(fc.array(entry(0), { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean())
  .map(([entries, skeleton, crlf]) => {
    const all = [...(skeleton ? ['title: Ответ', 'tags: [a, b]', 'variables:', '  ticket.id:', '    sample: "1"'] : []), ...entries.flat()];
    const text = `${all.join('\n')}\n`;
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

test('the fast path reads what js-yaml reads, or declines (fast-check)', (t) => {
  let answered = 0;
  let valid = 0;
  const runs = 20_000;
  fc.assert(
    fc.property(yamlArb, (yaml) => {
      if (jsYaml(yaml).ok) valid++;
      if (agrees(normalizeCr(yaml)) === 'answered') answered++;
    }),
    { numRuns: runs, seed: 20261201 },
  );
  t.diagnostic(`${runs} generated front matters: ${valid} valid YAML, ${answered} answered by the fast path`);
  // The generator writes many broken ones on purpose; of the valid ones, the fast path must take most.
  assert.ok(answered > valid / 2, 'the generator must reach the fast path often');
});

test('hand-picked cases', () => {
  assert.deepEqual(readSimpleYaml('title: A\nchannels: [email, chat]\nreviewed: 2025-11-03\nn: 7\nvariables:\n  ticket.id:\n    sample: "48213"\n    default: x\ntags:\n- a\n- b\n'), {
    title: 'A',
    channels: ['email', 'chat'],
    reviewed: '2025-11-03',
    n: 7,
    variables: { 'ticket.id': { sample: '48213', default: 'x' } },
    tags: ['a', 'b'],
  });
  for (const declined of ['a: 1\na: 2\n', 'a: |\n  text\n', 'a: b\n  continued\n', 'a: &x 1\nb: *x\n', 'a: "esc\\n"\n', 'a:\tb\n', '- a\n']) {
    assert.equal(readSimpleYaml(declined), undefined, JSON.stringify(declined));
  }
});

test('the front matter of kb-sample and of the 10k generated documents takes the fast path', () => {
  const root = join(__dirname, '..', '..', 'kb-sample');
  const texts = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, f), 'utf8'));
  texts.push(...generateKb({ count: 2_000, seed: 42 }).filter((f) => f.path.endsWith('.md')).map((f) => f.text));
  let total = 0;
  let declined = 0;
  const declinedExamples: string[] = [];
  for (const text of texts) {
    const split = splitFrontMatter(text);
    if (split.kind !== 'closed' || !jsYaml(split.yaml).ok) continue;
    total++;
    if (agrees(normalizeCr(split.yaml)) === 'declined') {
      declined++;
      if (declinedExamples.length < 3) declinedExamples.push(split.yaml);
    }
  }
  assert.ok(total > 1_500);
  assert.ok(declined <= total * 0.02, `${declined} of ${total} declined, e.g. ${JSON.stringify(declinedExamples)}`);
});
