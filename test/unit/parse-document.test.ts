import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../src/core';
import { coveredText, formatIssues, issueSpans } from './helpers/format';

const parse = (text: string, relativePath = 'faq/password-reset.md', requireFrontMatter = true) =>
  parseDocument({ path: `/kb/${relativePath}`, relativePath, text, requireFrontMatter, defaultLocale: 'ru' });

const VALID = `---
id: password-reset
title: Как сбросить пароль
type: macro
locale: ru
channels: [email, chat]
tags: [account, password]
kind: answer
subject: "Сброс пароля для {{ customer.first_name }}"
owner: anna.petrova
reviewed: 2026-10-14
applies_to: ">=4.0 <5"
aliases: [забыл пароль]
summary: Как сбросить пароль в приложении
variables:
  customer.first_name:
    description: Имя клиента
    default: клиент
    sample: Анна
  ticket.id:
    sample: 12345
---
Здравствуйте, {{ customer.first_name | default: "коллега" }}! Номер обращения: {{ ticket.id }}.
`;

test('a valid document has no issues and exposes its metadata', () => {
  const doc = parse(VALID);
  assert.deepEqual(formatIssues(doc.issues), []);
  assert.equal(doc.id, 'password-reset');
  assert.equal(doc.idExplicit, true);
  assert.equal(doc.meta.title, 'Как сбросить пароль');
  assert.deepEqual(doc.meta.channels, ['email', 'chat']);
  assert.equal(doc.meta.reviewed, '2026-10-14');
  assert.equal(doc.meta.appliesTo, '>=4.0 <5');
  assert.deepEqual([...doc.variables.keys()], ['customer.first_name', 'ticket.id']);
  assert.equal(doc.variables.get('ticket.id')?.sample, '12345');
  assert.deepEqual(doc.placeholders.map((p) => p.name), ['customer.first_name', 'customer.first_name', 'ticket.id']);
  assert.equal(doc.placeholders[1].defaultValue, 'коллега');
});

test('the id defaults to the file name; the locale to the KB default', () => {
  const doc = parse('---\ntitle: A\n---\nBody\n', 'faq/en/refund-policy.md');
  assert.equal(doc.id, 'refund-policy');
  assert.equal(doc.idExplicit, false);
  assert.equal(doc.meta.locale, 'ru');
});

test('a YAML syntax error points at the token inside the YAML, not the whole file', () => {
  const text = '---\ntitle: "Unclosed\nkind: answer\n---\nBody\n';
  const doc = parse(text);
  assert.equal(doc.issues.length, 1);
  const [issue] = doc.issues;
  assert.equal(issue.ruleId, 'kb/yaml-syntax');
  assert.equal(issue.severity, 'error');
  assert.match(issue.message, /^YAML syntax error: /);
  assert.equal(issue.range.start.line, 1, 'starts on the title line');
  assert.ok(issue.range.end.line <= 3, 'stays inside the front matter');
});

test('bad indentation is a syntax error with a position', () => {
  const doc = parse('---\ntitle: A\nvariables:\n  a:\n    sample: 1\n   b: 2\n---\n');
  assert.deepEqual(issueSpans(doc.issues).map((s) => s.split(' ')[1]), ['kb/yaml-syntax']);
  assert.ok(doc.issues[0].range.start.line >= 3);
});

test('missing title is reported on the opening fence', () => {
  assert.deepEqual(formatIssues(parse('---\nkind: answer\n---\nBody\n').issues), ['1:1-1:4 error Missing required "title". (kb/missing-title)']);
  assert.deepEqual(formatIssues(parse('---\ntitle:\n---\n').issues), ['2:1-2:6 error "title" is empty; it is required. (kb/missing-title)']);
  assert.deepEqual(formatIssues(parse('---\ntitle: "  "\n---\n').issues), ['2:8-2:12 error "title" is empty. (kb/invalid-value)']);
  assert.deepEqual(formatIssues(parse('---\n---\nBody').issues), ['1:1-1:4 error Missing required "title". (kb/missing-title)']);
});

test('an unknown key gets "did you mean" and points at the key', () => {
  const text = '---\ntitle: A\nchanels: [email]\ntagz: [x]\nfoo: 1\n---\n';
  assert.deepEqual(formatIssues(parse(text).issues), [
    '3:1-3:8 error Unknown front matter key "chanels". Did you mean "channels"? (kb/unknown-key)',
    '4:1-4:5 error Unknown front matter key "tagz". Did you mean "tags"? (kb/unknown-key)',
    '5:1-5:4 error Unknown front matter key "foo". (kb/unknown-key)',
  ]);
});

test('unknown channel, kind and type point at the value, with suggestions', () => {
  const text = '---\ntitle: A\nchannels: [email, viber, emial]\nkind: apology\ntype: article\n---\n';
  const doc = parse(text);
  assert.deepEqual(formatIssues(doc.issues), [
    '3:19-3:24 error Unknown channel "viber". Expected one of: email, chat, sms, telegram, whatsapp, slack, phone. (kb/invalid-value)',
    '3:26-3:31 error Unknown channel "emial". Did you mean "email"? Expected one of: email, chat, sms, telegram, whatsapp, slack, phone. (kb/invalid-value)',
    '4:7-4:14 error Unknown kind "apology". Expected one of: answer, acknowledgement, holding, refusal, incident, proactive, csat. (kb/invalid-value)',
    '5:7-5:14 error Unknown type "article". Expected one of: faq, macro, snippet. (kb/invalid-value)',
  ]);
  assert.equal(coveredText(text, doc.issues[0]), 'viber');
  assert.deepEqual(doc.meta.channels, ['email'], 'a list keeps its valid items');
  assert.equal(doc.meta.kind, undefined);
});

test('block-style lists point at the item', () => {
  const text = '---\ntitle: A\nchannels:\n  - email\n  - fax\n---\n';
  const doc = parse(text);
  assert.deepEqual(issueSpans(doc.issues), ['5:5-5:8 kb/invalid-value']);
  assert.equal(coveredText(text, doc.issues[0]), 'fax');
});

test('wrong types name what was expected and what was found', () => {
  const text = '---\ntitle: [A]\nchannels: email\ntags: {a: 1}\nreviewed: last week\napplies_to: "four point oh"\nlocale: "not a locale!"\nid: Password_Reset\nvariables: [a]\n---\n';
  assert.deepEqual(formatIssues(parse(text).issues), [
    '2:8-2:11 error "title" must be a string, not a list. (kb/wrong-type)',
    '3:11-3:16 error "channels" must be a list, e.g. [email, chat], not the text "email". (kb/wrong-type)',
    '4:7-4:13 error "tags" must be a list, e.g. [a, b], not a mapping. (kb/wrong-type)',
    '5:11-5:20 error "last week" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-25. (kb/invalid-value)',
    '6:13-6:28 error "four point oh" is not a version range; write e.g. ">=4.0 <5" or "^4.2". (kb/invalid-value)',
    '7:9-7:24 error "not a locale!" is not a BCP 47 locale; use a tag such as ru, en or en-GB. (kb/invalid-value)',
    '8:5-8:19 error "Password_Reset" is not a valid id: use lowercase letters, digits and single hyphens (kebab-case), e.g. password-reset. (kb/invalid-value)',
    '9:12-9:15 error "variables" must be a mapping, not a list. (kb/wrong-type)',
  ]);
});

test('impossible calendar dates are rejected', () => {
  assert.deepEqual(issueSpans(parse('---\ntitle: A\nreviewed: 2026-02-30\n---\n').issues), ['3:11-3:21 kb/invalid-value']);
});

test('values are read with the YAML 1.2 core schema: "no", "on" and dates stay text', () => {
  const doc = parse('---\ntitle: A\nlocale: no\nreviewed: 2026-10-14\ntags: [on, yes, 7]\n---\n');
  assert.deepEqual(formatIssues(doc.issues), []);
  assert.equal(doc.meta.locale, 'no');
  assert.equal(doc.meta.reviewed, '2026-10-14');
  assert.deepEqual(doc.meta.tags, ['on', 'yes', '7']);
});

test('front matter of only comments is an empty mapping, not a wrong type', () => {
  assert.deepEqual(issueSpans(parse('---\n# draft\n\n# more\n---\nBody\n').issues), ['1:1-1:4 kb/missing-title']);
});

test('front matter that is not a mapping', () => {
  assert.deepEqual(formatIssues(parse('---\n- a\n- b\n---\n').issues), ['2:1-3:4 error Front matter must be a mapping of "key: value" lines. (kb/wrong-type)']);
});

test('duplicate keys are a YAML error', () => {
  const doc = parse('---\ntitle: A\ntitle: B\n---\n');
  assert.equal(doc.issues[0].ruleId, 'kb/yaml-syntax');
  assert.equal(doc.issues[0].range.start.line, 2);
});

test('undeclared placeholder: warning on the name in the body, with a suggestion', () => {
  const text = '---\ntitle: A\nvariables:\n  customer.first_name: {sample: Анна}\n---\nHi {{ customer.firstname }} and {{ customer.first_name }}\n';
  const doc = parse(text);
  assert.deepEqual(formatIssues(doc.issues), [
    '6:7-6:25 warning Placeholder "customer.firstname" is not declared under "variables". Did you mean "customer.first_name"? Declare it with a description and a sample. (kb/undeclared-variable)',
  ]);
  assert.equal(coveredText(text, doc.issues[0]), 'customer.firstname');
});

test('declared but unused variable: info on its key; uses in the subject count', () => {
  const text = '---\ntitle: A\nsubject: "Order {{ order.number }}"\nvariables:\n  order.number: {sample: "1"}\n  eta:\n    sample: tomorrow\n---\nBody\n';
  assert.deepEqual(formatIssues(parse(text).issues), ['6:3-6:6 info Variable "eta" is declared but not used. Use it as {{ eta }} or remove it. (kb/unused-variable)']);
});

test('a placeholder used with no variables block at all is undeclared', () => {
  assert.deepEqual(issueSpans(parse('---\ntitle: A\n---\n{{ ticket.id }}').issues), ['4:4-4:13 kb/undeclared-variable']);
});

test('malformed placeholders in the body are warnings', () => {
  assert.deepEqual(formatIssues(parse('---\ntitle: A\n---\nHi {{ first name }}\n').issues), [
    '4:4-4:20 warning "first name" is not a placeholder. Write {{ name }} or {{ name | default: "text" }}; names use letters, digits, "_" and dots. (kb/malformed-placeholder)',
  ]);
});

test('invalid variable names and unknown keys inside a variable', () => {
  const text = '---\ntitle: A\nvariables:\n  "first name": {sample: a}\n  ok: {sampel: b}\n---\n{{ ok }}\n';
  assert.deepEqual(issueSpans(parse(text).issues), ['4:3-4:15 kb/invalid-value', '5:8-5:14 kb/unknown-key']);
});

test('unterminated front matter: one clear error on the opening fence', () => {
  assert.deepEqual(formatIssues(parse('---\ntitle: A\n\nBody text\n').issues), [
    '1:1-1:4 error The front matter opened here is never closed. Add a line with "---" after the last key. (kb/unterminated-front-matter)',
  ]);
});

test('missing front matter is an error inside a configured KB, nothing otherwise', () => {
  assert.deepEqual(issueSpans(parse('# Just a note\n').issues), ['1:1-1:1 kb/missing-front-matter']);
  const loose = parse('# Just a note\n', 'notes.md', false);
  assert.deepEqual(loose.issues, []);
  assert.equal(loose.hasFrontMatter, false);
});

test('a NUL byte makes the file binary, never a crash', () => {
  assert.deepEqual(issueSpans(parse('---\ntitle: A\n---\nab\0cd').issues), ['4:3-4:4 kb/binary-file']);
});

test('CRLF files get the same columns as LF files', () => {
  const lf = '---\ntitle: A\nchannels: [viber]\n---\n{{ x }}\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  assert.deepEqual(formatIssues(parse(crlf).issues), formatIssues(parse(lf).issues));
  assert.equal(parse(crlf).issues.length, 2);
});

test('a file name that is not a valid id needs an explicit id', () => {
  assert.deepEqual(issueSpans(parse('---\ntitle: A\n---\n', 'faq/Password Reset.md').issues), ['1:1-1:4 kb/invalid-value']);
  assert.deepEqual(parse('---\ntitle: A\nid: password-reset\n---\n', 'faq/Password Reset.md').issues, []);
});

test('a 10 MB body with front matter does not throw', () => {
  const big = `---\ntitle: Big\n---\n${'Строка текста {{ x }}\n'.repeat(500_000)}`;
  const doc = parse(big);
  assert.equal(doc.placeholders.length, 500_000);
  // 500 listed, then one notice (issue-cap.ts).
  assert.deepEqual(
    doc.issues.map((i) => i.ruleId),
    [...Array<string>(500).fill('kb/undeclared-variable'), 'kb/too-complex'],
  );
});

test('every parsed document has the same own keys, in the same order, and its lazy ranges on the prototype', () => {
  // Own getters (new functions per document) gave every document a hidden class of its own in V8,
  // which kept young garbage alive through collections: parsing 10k documents spent 100-150 ms in GC.
  const texts = [
    '---\ntitle: A\nid: a-doc\ntranslation_of: b\n---\nBody {{ x }}\n',
    '---\ntitle: [broken\n---\n',
    '---\ntitle: A\n',
    'no front matter',
    'binary\0file',
  ];
  const docs = texts.map((t) => parse(t));
  const keys = Object.keys(docs[0]);
  for (const doc of docs) {
    assert.deepEqual(Object.keys(doc), keys);
    assert.equal(Object.getOwnPropertyDescriptor(doc, 'idRange'), undefined);
    assert.equal(Object.getOwnPropertyDescriptor(doc, 'translationOfRange'), undefined);
  }
  // Located on first use, and the same range the second time.
  assert.deepEqual(docs[0].idRange, { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } });
  assert.equal(docs[0].idRange, docs[0].idRange);
  assert.deepEqual(docs[0].translationOfRange, { start: { line: 3, character: 16 }, end: { line: 3, character: 17 } });
  assert.equal(docs[3].translationOfRange, undefined);
});

test('300 problems of one rule are all listed; past 500 one kb/too-complex notice stands for the rest', async () => {
  const { MAX_ISSUES_PER_RULE } = await import('../../src/core/issue-cap');
  const count = (uses: number, placeholder: string) => {
    const doc = parse(`---\ntitle: T\n---\n${`${placeholder} `.repeat(uses)}\n`);
    const by = (id: string) => doc.issues.filter((i) => i.ruleId === id);
    return { doc, by };
  };
  assert.equal(count(300, '{{x}}').by('kb/undeclared-variable').length, 300);
  assert.equal(count(300, '{{x}}').by('kb/too-complex').length, 0);
  for (const [placeholder, rule] of [
    ['{{x}}', 'kb/undeclared-variable'],
    ['{{ 1 }}', 'kb/malformed-placeholder'],
  ] as const) {
    const { doc, by } = count(MAX_ISSUES_PER_RULE + 100, placeholder);
    assert.equal(by(rule).length, MAX_ISSUES_PER_RULE, rule);
    const [notice] = by('kb/too-complex');
    assert.equal(by('kb/too-complex').length, 1, rule);
    assert.equal(notice?.severity, 'info');
    assert.match(notice?.message ?? '', new RegExp(`^${rule} found more than ${MAX_ISSUES_PER_RULE} problems`));
    // At the first use left out: line 4, after MAX_ISSUES_PER_RULE placeholders and their spaces.
    assert.equal(notice?.range.start.line, 3);
    assert.equal(notice?.range.start.character, MAX_ISSUES_PER_RULE * (placeholder.length + 1) + (rule === 'kb/undeclared-variable' ? 2 : 0));
    // Every use is still known to the preview and to search.
    assert.equal(doc.placeholders.length, rule === 'kb/undeclared-variable' ? MAX_ISSUES_PER_RULE + 100 : 0);
  }
});
