import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYaml } from '../../src/core/parse/yaml';
import { MAX_YAML_DEPTH, tooDeepAt } from '../../src/core/parse/yaml-depth';
import { parseConfig } from '../../src/core';
import { parseTeamRules } from '../../src/core/lint/team-rules';
import { REPO } from './helpers/cli';

test('deep YAML is "nested too deeply" with a position, not a stack overflow (issue 16)', () => {
  const texts = [
    `x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
    `x: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`,
    `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`,
    `${'- '.repeat(5000)}1\n`,
  ];
  for (const yaml of texts) {
    const loaded = loadYaml(yaml);
    assert.equal(loaded.ok, false, yaml.slice(0, 20));
    if (!loaded.ok) {
      assert.equal(loaded.error.message, `Nested too deeply (more than ${MAX_YAML_DEPTH} levels)`);
      assert.equal(loaded.error.start, tooDeepAt(yaml));
    }
  }
  assert.match(parseConfig(texts[0]).issues[0].message, /^YAML syntax error: Nested too deeply/);
  assert.match(parseTeamRules(`rules: ${'['.repeat(5000)}\n`, { allowPatterns: true }).issues[0].message, /Nested too deeply/);
});

test('nesting at the limit still loads; brackets in quotes and comments do not count', () => {
  const depth = MAX_YAML_DEPTH - 1;
  assert.equal(loadYaml(`x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`).ok, true);
  assert.equal(tooDeepAt(`title: "${'['.repeat(500)}"\nsummary: '${'{'.repeat(500)}'\n# ${'['.repeat(500)}\nnote: it's ${'('.repeat(500)}\n`), -1);
});

test('no file of kb-sample comes near the limit', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.(md|yml|yaml)$/.test(e.name)) files.push(join(dir, e.name));
    }
  };
  walk(join(REPO, 'kb-sample'));
  assert.ok(files.length > 20);
  for (const file of files) assert.equal(tooDeepAt(readFileSync(file, 'utf8'), 10), -1, file);
});
