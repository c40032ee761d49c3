import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/core';
import { formatIssues } from './helpers/format';

test('a valid config is read', () => {
  const { config, issues } = parseConfig('# comment\nname: Skladno Support\ndefaultLocale: ru\nlocales: [ru, en]\nignore:\n  - README.md\n');
  assert.deepEqual(issues, []);
  assert.deepEqual(config, {
    name: 'Skladno Support',
    defaultLocale: 'ru',
    locales: ['ru', 'en'],
    ignore: ['README.md'],
    rules: {},
    overrides: [],
    customRules: [],
  });
});

test('rule settings, overrides and custom rule files', () => {
  const { config, issues } = parseConfig(
    'rules:\n  ru/kantselyarit: warning\n  en/hedges: off\noverrides:\n  - files: ["drafts/**"]\n    channels: [sms]\n    rules:\n      ru/sentence-length: off\ncustomRules: [rules/team.yml]\n',
  );
  assert.deepEqual(issues, []);
  assert.deepEqual(config.rules, { 'ru/kantselyarit': 'warning', 'en/hedges': 'off' });
  assert.deepEqual(config.overrides, [{ files: ['drafts/**'], channels: ['sms'], rules: { 'ru/sentence-length': 'off' } }]);
  assert.deepEqual(config.customRules, ['rules/team.yml']);
});

test('wrong rule settings point at the value or the key', () => {
  const { issues } = parseConfig('rules:\n  ru/kantselyarit: loud\n  Bad Id: off\noverrides:\n  - channels: [fax]\n');
  assert.deepEqual(formatIssues(issues), [
    '2:20-2:24 error Unknown rule setting "loud". Expected one of: off, error, warning, info. (kb/invalid-value)',
    '3:3-3:9 error "Bad Id" is not a valid name: a rule id such as ru/kantselyarit or kb/competitor-names. (kb/invalid-value)',
    '5:5-5:20 error Missing required "rules". (kb/missing-field)',
    '5:16-5:19 error Unknown channel "fax". Expected one of: email, chat, sms, telegram, whatsapp, slack, phone. (kb/invalid-value)',
  ]);
});

test('an empty config is valid', () => {
  assert.deepEqual(parseConfig('').issues, []);
  assert.deepEqual(parseConfig('# nothing yet\n').issues, []);
});

test('config problems are issues on the config, with positions; good keys still apply', () => {
  const { config, issues } = parseConfig('name: KB\ndefaultLocal: ru\nlocales: ru\nignore: ["drafts/**", 3]\n');
  assert.deepEqual(formatIssues(issues), [
    '2:1-2:13 error Unknown configuration key "defaultLocal". Did you mean "defaultLocale"? (kb/unknown-key)',
    '3:10-3:12 error "locales" must be a list, e.g. [a, b], not the text "ru". (kb/wrong-type)',
    '4:23-4:24 error "ignore" must be a glob pattern, not the number 3. (kb/wrong-type)',
  ]);
  assert.equal(config.name, 'KB');
  assert.deepEqual(config.locales, [], 'a bad key falls back to its default');
  assert.deepEqual(config.ignore, ['drafts/**'], 'a list keeps its valid items');
});

test('defaultLocale outside locales is a warning', () => {
  assert.deepEqual(formatIssues(parseConfig('defaultLocale: de\nlocales: [ru, en]\n').issues), ['1:16-1:18 warning defaultLocale "de" is not in locales (ru, en). (kb/invalid-value)']);
});

test('broken YAML in the config is a syntax error with a position', () => {
  const { issues } = parseConfig('name: "KB\nlocales: [ru\n');
  assert.equal(issues[0].ruleId, 'kb/yaml-syntax');
  assert.equal(issues[0].range.start.line, 0);
});
