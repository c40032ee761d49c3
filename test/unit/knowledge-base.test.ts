import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KnowledgeBase, loadKnowledgeBase } from '../../src/core';
import { formatIssues } from './helpers/format';
import { memoryFileSystem } from './helpers/memory-fs';

const doc = (fm: string, body = 'Body\n') => `---\n${fm}\n---\n${body}`;

test('loads a configured KB: ignore globs, hidden and nested folders, config defaults', async () => {
  const fs = memoryFileSystem({
    '/kb/.support-kb.yml': 'defaultLocale: en\nignore: [README.md, "archive/**"]\n',
    '/kb/README.md': '# Not a document\n',
    '/kb/faq/a.md': doc('title: A'),
    '/kb/faq/b.markdown': doc('title: B\nlocale: ru'),
    '/kb/archive/old.md': '# old',
    '/kb/.github/x.md': '# hidden',
    '/kb/node_modules/pkg/readme.md': '# dependency',
    '/kb/other/.support-kb.yml': '',
    '/kb/other/c.md': '# belongs to the nested KB',
    '/kb/notes.txt': 'not markdown',
  });
  const kb = await loadKnowledgeBase(fs, '/kb', true);
  assert.deepEqual(
    kb.reports().map((r) => [r.relativePath, r.issues.length]),
    [
      ['.support-kb.yml', 0],
      ['faq/a.md', 0],
      ['faq/b.markdown', 0],
    ],
  );
  assert.equal(kb.document('/kb/faq/a.md')?.meta.locale, 'en');
  assert.equal(kb.document('/kb/faq/b.markdown')?.meta.locale, 'ru');
});

test('without a config only files with front matter are documents', async () => {
  const fs = memoryFileSystem({ '/ws/README.md': '# Project', '/ws/docs/a.md': doc('title: A') });
  const kb = await loadKnowledgeBase(fs, '/ws', false);
  assert.deepEqual(kb.reports().map((r) => r.relativePath), ['docs/a.md']);
});

test('duplicate ids: an error on every copy, each pointing at the others', async () => {
  const fs = memoryFileSystem({
    '/kb/.support-kb.yml': '',
    '/kb/a.md': doc('id: refund\ntitle: A'),
    '/kb/b.md': doc('title: B\nid: refund'),
    '/kb/refund.md': doc('title: C'),
  });
  const kb = await loadKnowledgeBase(fs, '/kb', true);
  assert.deepEqual(formatIssues(kb.issuesFor('/kb/a.md')), [
    '2:5-2:11 error Duplicate id "refund": also used by b.md, refund.md. Ids must be unique across the KB. (kb/duplicate-id)',
  ]);
  assert.deepEqual(formatIssues(kb.issuesFor('/kb/refund.md')), [
    '1:1-1:4 error Duplicate id "refund" (taken from the file name): also used by a.md, b.md. Ids must be unique across the KB. (kb/duplicate-id)',
  ]);
  const related = kb.issuesFor('/kb/b.md')[0].related!;
  assert.deepEqual(
    related.map((r) => [r.path, r.range.start.line, r.range.start.character, r.message]),
    [
      ['/kb/a.md', 1, 4, '"refund" is also the id of a.md'],
      ['/kb/refund.md', 0, 0, '"refund" is also the id of refund.md'],
    ],
  );
});

test('incremental updates return the other files whose issues changed', () => {
  const kb = new KnowledgeBase('/kb', true);
  kb.setConfigText('');
  assert.deepEqual(kb.setText('/kb/a.md', doc('id: x\ntitle: A')), []);
  assert.deepEqual(kb.setText('/kb/b.md', doc('id: y\ntitle: B')), []);
  // b takes a's id: a must be republished with a duplicate error.
  assert.deepEqual(kb.setText('/kb/b.md', doc('id: x\ntitle: B')), ['/kb/a.md']);
  assert.equal(kb.issuesFor('/kb/a.md')[0].ruleId, 'kb/duplicate-id');
  // b gives it back: a is clean again and is announced.
  assert.deepEqual(kb.setText('/kb/b.md', doc('id: z\ntitle: B')), ['/kb/a.md']);
  assert.deepEqual(kb.issuesFor('/kb/a.md'), []);
  // Removing a file announces its duplicates.
  kb.setText('/kb/c.md', doc('id: z\ntitle: C'));
  assert.deepEqual(kb.remove('/kb/b.md'), ['/kb/c.md']);
  assert.deepEqual(kb.issuesFor('/kb/c.md'), []);
  assert.equal(kb.documentCount, 2);
});

test('translation_of must name a document of the KB', () => {
  const kb = new KnowledgeBase('/kb', true);
  kb.setConfigText('');
  kb.setText('/kb/en.md', doc('title: En\ntranslation_of: pasword-reset'));
  assert.deepEqual(formatIssues(kb.issuesFor('/kb/en.md')), ['3:17-3:30 warning translation_of "pasword-reset" is not the id of any document in this KB. (kb/invalid-translation)']);
  // Another id appears: the translation is announced, since its "did you mean" may change.
  assert.deepEqual(kb.setText('/kb/password-reset.md', doc('title: Ru')), ['/kb/en.md']);
  assert.match(kb.issuesFor('/kb/en.md')[0].message, /Did you mean "password-reset"\?/);
  // The target appears: the translation is announced as changed and becomes clean.
  assert.deepEqual(kb.setText('/kb/pasword-reset.md', doc('title: Ru typo')), ['/kb/en.md']);
  assert.deepEqual(kb.issuesFor('/kb/en.md'), []);
  kb.setText('/kb/self.md', doc('title: S\ntranslation_of: self'));
  assert.match(kb.issuesFor('/kb/self.md')[0].message, /translation of itself/);
});

test('unreadable files are reported, not thrown', async () => {
  const fs = memoryFileSystem({
    '/kb/.support-kb.yml': '',
    '/kb/image.md': new Uint8Array([0x89, 0x50, 0x00, 0x01]),
    '/kb/bad-utf8.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]),
    '/kb/ok.md': doc('title: OK'),
  });
  const kb = await loadKnowledgeBase(fs, '/kb', true);
  assert.deepEqual(
    kb.reports().map((r) => [r.relativePath, r.issues.map((i) => i.ruleId)]),
    [
      ['.support-kb.yml', []],
      ['bad-utf8.md', ['kb/encoding']],
      ['image.md', ['kb/binary-file']],
      ['ok.md', []],
    ],
  );
  assert.equal(kb.documentCount, 1);
});

test('a broken config still loads the documents and reports on the config', async () => {
  const fs = memoryFileSystem({ '/kb/.support-kb.yml': 'ignore: [\n', '/kb/a.md': doc('title: A') });
  const kb = await loadKnowledgeBase(fs, '/kb', true);
  assert.equal(kb.issuesFor('/kb/.support-kb.yml')[0].ruleId, 'kb/yaml-syntax');
  assert.equal(kb.documentCount, 1);
});

test('editor text overrides the disk while loading', async () => {
  const fs = memoryFileSystem({ '/kb/.support-kb.yml': '', '/kb/a.md': doc('title: A') });
  const kb = await loadKnowledgeBase(fs, '/kb', true, { overrides: new Map([['/kb/a.md', doc('kind: nope')]]) });
  assert.deepEqual(kb.issuesFor('/kb/a.md').map((i) => i.ruleId), ['kb/missing-title', 'kb/invalid-value']);
});
