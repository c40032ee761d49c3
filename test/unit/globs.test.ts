import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globMatcher, globProblem } from '../../src/core/kb/globs';
import { parseConfig } from '../../src/core';

test('globs a KB needs are accepted and match as picomatch does', () => {
  for (const glob of ['README.md', 'drafts/**', '**/*.draft.md', '**/_*', 'templates/*/*.md', '**/drafts/**', '{a,b}/*.md', 'faq/[a-c]*.md']) {
    assert.equal(globProblem(glob), undefined, glob);
  }
  const ignored = globMatcher(['drafts/**', '**/*.draft.md', '.notes/*.md']);
  assert.deepEqual(['drafts/a.md', 'faq/x.draft.md', '.notes/n.md', 'faq/a.md'].map(ignored), [true, true, true, false]);
});

test('globs that backtrack on long names, and extglobs, are refused (issue 16)', () => {
  assert.match(globProblem('*a*a*a*a*b') ?? '', /has 5 "\*" in the segment "\*a\*a\*a\*a\*b"; at most one per segment/);
  assert.match(globProblem('**/*a*/**/x') ?? '', /has 2 "\*"/);
  assert.match(globProblem('a**b') ?? '', /has 2 "\*"/);
  assert.match(globProblem('**/+(a)+(a)b') ?? '', /extglob/);
  assert.match(globProblem('!(x).md') ?? '', /extglob/);
  // Refused globs match nothing, in the matcher as in the config.
  const matcher = globMatcher(['*a*a*a*a*b']);
  assert.equal(matcher(`${'a'.repeat(250)}.md`), false);
  const { config, issues } = parseConfig('ignore: ["*a*a*b", "drafts/**"]\n');
  assert.deepEqual(config.ignore, ['drafts/**']);
  assert.deepEqual(issues.map((i) => [i.ruleId, i.range.start.line, i.range.start.character]), [['kb/invalid-value', 0, 9]]);
});
