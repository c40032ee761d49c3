import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRule, DocumentLinter, lintDocument, parseDocument, type RuleSpec } from '../../src/core';
import { Directives } from '../../src/core/lint/directives';
import { LineIndex } from '../../src/core/text/line-index';
import { coveredText, formatIssues } from './helpers/format';

const examples = { bad: [], good: [] };
const lint = (spec: RuleSpec, body: string, fm = 'locale: ru') => {
  const text = `---\ntitle: T\n${fm}\n---\n${body}`;
  const doc = parseDocument({ path: '/a.md', relativePath: 'a.md', text, requireFrontMatter: true });
  const issues = lintDocument(doc, [{ rule: compileRule(spec), severity: spec.severity }]);
  return { text, issues, lines: formatIssues(issues), covered: issues.map((i) => coveredText(text, i)) };
};

const kantselyarit: RuleSpec = {
  id: 'ru/test-k', kind: 'existence', severity: 'warning', locale: 'ru', message: '«%s» — канцелярит.', description: '', examples,
  phrases: ['осуществлять', 'являться', 'в рамках', 'данный'], exceptions: ['данные'],
};

test('Russian words match all their forms, ё = е, with Cyrillic word boundaries', () => {
  const { covered } = lint(kantselyarit, 'Мы осуществляем проверку. Оплата осуществлялась вчера. Это является ошибкой. Ошибка появляется редко.\n');
  assert.deepEqual(covered, ['осуществляем', 'осуществлялась', 'является']);
  const yo = lint({ ...kantselyarit, phrases: ['всё возможное'] }, 'Делаем все возможное и всё возможное.\n');
  assert.deepEqual(yo.covered, ['все возможное', 'всё возможное']);
});

test('multi-word phrases span a line break inside a paragraph but not a code span or a paragraph break', () => {
  const { covered } = lint(kantselyarit, 'Работаем в\nрамках закона. Работаем в `x` рамках. Работаем в\n\nрамках.\n');
  assert.deepEqual(covered, ['в\nрамках']);
});

test('exceptions cancel an overlapping match: «данные» (data) is not «данный»', () => {
  assert.deepEqual(lint(kantselyarit, 'Проверьте данные карты. Данный способ не работает.\n').covered, ['Данный']);
});

test('prose only: code, inline code, URLs, placeholders, blockquotes and HTML comments are skipped', () => {
  const body = [
    'Текст {{ являться }} и `осуществлять` и https://x.ru/являться.',
    '',
    '> Клиент: вы осуществляете возврат?',
    '',
    '```',
    'осуществлять',
    '```',
    '',
    '<!-- являться -->',
    '',
    'А тут осуществляем.',
  ].join('\n');
  assert.deepEqual(lint(kantselyarit, `${body}\n`).covered, ['осуществляем']);
});

test('exact positions, also after CRLF line ends and emoji', () => {
  const crlf = lint(kantselyarit, 'Привет 🙂\r\nМы осуществляем доставку.\r\n');
  assert.deepEqual(crlf.lines, ['6:4-6:16 warning «осуществляем» — канцелярит. (ru/test-k)']);
});

test('paragraph language decides which rules run', () => {
  const en: RuleSpec = { id: 'en/test', kind: 'existence', severity: 'info', locale: 'en', message: '%s', description: '', examples, phrases: ['shortly'] };
  const { covered } = lint(en, 'Ответим shortly, обещаем.\n\nWe will reply shortly.\n');
  assert.deepEqual(covered, ['shortly']);
  assert.equal(lint(en, 'We will reply shortly.\n').issues[0].range.start.line, 4);
});

test('English words match plurals; "=" pins the exact form; "*" is a prefix', () => {
  const spec: RuleSpec = { id: 'en/t', kind: 'existence', severity: 'info', locale: 'en', message: '%s', description: '', examples, phrases: ['apology', '=sorry', 'utiliz*'] };
  assert.deepEqual(lint(spec, 'Apologys and apologies. Sorry, sorrys. We utilize and utilization.\n', 'locale: en').covered, ['Apologys', 'Sorry', 'utilize', 'utilization']);
});

test('substitution: a fix that keeps the capital letter', () => {
  const spec: RuleSpec = { id: 'ru/s', kind: 'substitution', severity: 'warning', locale: 'ru', message: '«%s» → «%r»', description: '', examples, swap: { '=в случае если': 'если' } };
  const { issues } = lint(spec, 'В случае если нужно — пишите. Пишите, в случае если нужно.\n');
  assert.deepEqual(issues.map((i) => [i.message, i.fix?.text]), [
    ['«В случае если» → «Если»', 'Если'],
    ['«в случае если» → «если»', 'если'],
  ]);
});

test('occurrence: every "!" past the first in a paragraph', () => {
  const spec: RuleSpec = { id: 'ru/o', kind: 'occurrence', severity: 'info', locale: 'ru', message: 'Слишком много «!»', description: '', examples, scope: 'paragraph', max: 1, patterns: ['!'] };
  const { issues } = lint(spec, 'Привет! Готово! Ура!\n\nОдин!\n');
  assert.deepEqual(issues.map((i) => i.range.start.character), [14, 19]);
});

test('metric: long sentences, with the word count in the message', () => {
  const spec: RuleSpec = { id: 'ru/m', kind: 'metric', severity: 'info', locale: 'ru', message: '%s слов', description: '', examples, metric: 'sentence-words', max: 6 };
  const { issues, covered } = lint(spec, 'Коротко. Это очень длинное предложение из семи слов. Т. е. сокращения не режут предложение.\n');
  assert.deepEqual(issues.map((i) => i.message), ['7 слов']);
  assert.deepEqual(covered, ['Это очень длинное предложение из семи слов.']);
});

test('requires: an apology needs an action in the same paragraph; a holding reply needs a time frame', () => {
  const apology: RuleSpec = {
    id: 'ru/r', kind: 'requires', severity: 'warning', locale: 'ru', message: 'Извинение без действия: %s', description: '', examples,
    scope: 'paragraph', when: { phrases: ['извините'] }, anyOf: { phrases: ['вернём', 'исправили'] },
  };
  assert.deepEqual(lint(apology, 'Извините за ошибку.\n\nМы исправили.\n').covered, ['Извините']);
  assert.deepEqual(lint(apology, 'Извините за ошибку — мы всё исправили.\n').covered, []);
  const holding: RuleSpec = {
    id: 'ru/h', kind: 'requires', severity: 'warning', locale: 'ru', kinds: ['holding'], message: 'Нет срока', description: '', examples,
    scope: 'document', anyOf: { patterns: ['до \\d{1,2}:\\d{2}'] },
  };
  assert.deepEqual(lint(holding, 'Проверяем ваш вопрос.\n', 'locale: ru\nkind: holding').lines, ['6:1-6:22 warning Нет срока (ru/h)']);
  assert.deepEqual(lint(holding, 'Ответим до 18:00.\n', 'locale: ru\nkind: holding').lines, []);
  assert.deepEqual(lint(holding, 'Проверяем.\n', 'locale: ru\nkind: answer').lines, [], 'other kinds are not checked');
});

test('requires with placeholders: the request number must be in the body, not only the subject', () => {
  const ack: RuleSpec = {
    id: 'ru/a', kind: 'requires', severity: 'error', locale: 'ru', kinds: ['acknowledgement'], message: 'Нет номера', description: '', examples,
    scope: 'document', anyOf: { placeholders: ['^ticket\\.id$'] },
  };
  const fm = 'locale: ru\nkind: acknowledgement\nsubject: "Запрос {{ ticket.id }}"\nvariables:\n  ticket.id: {sample: "1"}';
  assert.equal(lint(ack, 'Мы получили письмо.\n', fm).issues.length, 1);
  assert.equal(lint(ack, 'Номер запроса — {{ ticket.id }}.\n', fm).issues.length, 0);
});

test('capitalization: shouting flagged, acronyms and short words pass', () => {
  const spec: RuleSpec = { id: 'ru/c', kind: 'capitalization', severity: 'warning', message: 'Капс: %s', description: '', examples, allow: ['ЮKASSA'], minLength: 4 };
  assert.deepEqual(lint(spec, 'СРОЧНО проверьте API и НДС, ЮKASSA, ISO9001. ВАЖНО!\n').covered, ['СРОЧНО', 'ВАЖНО']);
});

test('inline directives: disable, enable, disable-next-line, all rules', () => {
  const body = [
    'Осуществляем раз.',
    '',
    '<!-- support-kb-disable ru/test-k -->',
    '',
    'Осуществляем два.',
    '',
    '<!-- support-kb-enable ru/test-k -->',
    '',
    'Осуществляем три. <!-- support-kb-disable-next-line -->',
    'Осуществляем четыре.',
    'Осуществляем пять.',
  ].join('\n');
  assert.deepEqual(lint(kantselyarit, `${body}\n`).issues.map((i) => i.range.start.line - 4 + 1), [1, 9, 11]);
});

test('channel, kind and type filters', () => {
  const sms: RuleSpec = { ...kantselyarit, id: 'ru/sms', channels: ['sms'] };
  assert.equal(lint(sms, 'Осуществляем.\n', 'locale: ru\nchannels: [email]').issues.length, 0);
  assert.equal(lint(sms, 'Осуществляем.\n', 'locale: ru\nchannels: [email, sms]').issues.length, 1);
  // One rule array for many documents (as the CLI and the editor pass it): each document still
  // gets the rules of its own channels, kind and type, whatever was linted before it.
  const rules = [
    { rule: compileRule(sms), severity: sms.severity },
    { rule: compileRule({ ...kantselyarit, id: 'ru/holding', kinds: ['holding'] }), severity: sms.severity },
    { rule: compileRule({ ...kantselyarit, id: 'ru/faq', types: ['faq'] }), severity: sms.severity },
  ];
  // One linter too: it keeps the rules per channels, kind and type between documents.
  const linter = new DocumentLinter();
  const ids = (fm: string) =>
    linter.lint(parseDocument({ path: '/a.md', relativePath: 'a.md', text: `---\ntitle: T\nlocale: ru\n${fm}\n---\nОсуществляем.\n`, requireFrontMatter: true }), rules).map((i) => i.ruleId);
  for (let round = 0; round < 2; round++) {
    assert.deepEqual(ids('channels: [sms]'), ['ru/sms']);
    assert.deepEqual(ids('channels: [email]'), []);
    assert.deepEqual(ids('channels: [email]\nkind: holding'), ['ru/holding']);
    assert.deepEqual(ids('channels: [sms]\nkind: holding\ntype: faq'), ['ru/sms', 'ru/holding', 'ru/faq']);
    assert.deepEqual(ids('type: faq'), ['ru/faq']);
  }
});

test('directives: a short range inside a long one, rules and "all", thousands of ranges', () => {
  const lines = [
    '<!-- support-kb-disable ru/a -->', // 0: ru/a off from here…
    '<!-- support-kb-disable-next-line ru/a -->', // 1: …and a short range inside it
    'x',
    'y',
    '<!-- support-kb-enable ru/a -->', // 4: ru/a on again
    'z <!-- support-kb-disable-next-line -->', // 5: all rules, line 6 only
    'w',
    'v',
  ];
  const text = `${lines.join('\n')}\n`;
  const comments = [...text.matchAll(/<!--(.*?)-->/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, body: m[1] as string }));
  const at = (line: number) => text.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
  const directives = new Directives(comments, new LineIndex(text), text.length);
  assert.deepEqual(
    [2, 3, 4, 5, 6, 7].map((line) => [directives.isDisabled('ru/a', at(line)), directives.isDisabled('ru/b', at(line))]),
    [
      [true, false],
      [true, false],
      [false, false], // the enable comment ends the range where it starts
      [false, false],
      [true, true],
      [false, false],
    ],
  );
  // 20k directives: each line off for the next one only.
  const many = '<!-- support-kb-disable-next-line ru/a -->\nx\n'.repeat(20_000);
  const manyComments = [...many.matchAll(/<!--(.*?)-->/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, body: m[1] as string }));
  const d = new Directives(manyComments, new LineIndex(many), many.length);
  const lineLength = '<!-- support-kb-disable-next-line ru/a -->\n'.length + 2;
  assert.deepEqual([0, 1, 19_999].map((i) => [d.isDisabled('ru/a', i * lineLength + lineLength - 2), d.isDisabled('ru/a', i * lineLength)]), [
    [true, false],
    [true, false],
    [true, false],
  ]);
});
