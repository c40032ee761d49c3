import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KbFileError, KbLinter, loadKnowledgeBase, readInside, resolveInside } from '../../src/core';
import { formatIssues } from './helpers/format';
import { memoryFileSystem } from './helpers/memory-fs';

const SECRET = 'root:x:0:0:SECRET';

test('resolveInside keeps paths inside the root and refuses the rest', () => {
  assert.equal(resolveInside('/kb', 'rules/team.yml'), '/kb/rules/team.yml');
  assert.equal(resolveInside('/kb', './rules/../rules/./team.yml'), '/kb/rules/team.yml');
  assert.equal(resolveInside('/kb', 'rules\\team.yml'), '/kb/rules/team.yml');
  for (const outside of ['../x.yml', 'rules/../../x.yml', '/etc/passwd', 'C:/x.yml', '\\\\server\\x', '.', '']) {
    assert.equal(resolveInside('/kb', outside), undefined, outside);
  }
});

test('readInside reads only regular files inside the KB, reached without links, within the size', async () => {
  const fs = memoryFileSystem({
    '/kb/rules/team.yml': 'rules: []\n',
    '/kb/rules/link.yml': { link: '/etc/shadow' },
    '/kb/linked': { link: '/elsewhere' },
    '/kb/linked/team.yml': 'rules: []\n',
    '/kb/rules/pipe.yml': { special: 'fifo' },
    '/kb/rules/big.yml': 'x'.repeat(2000),
    '/kb/rules/locked.yml': { error: new KbFileError('unreadable', 'permission denied') },
    '/etc/shadow': SECRET,
  });
  const read = (rel: string) => readInside(fs, '/kb', rel, 1000, 'Rule file');
  const ok = await read('rules/team.yml');
  assert.ok(ok.ok && new TextDecoder().decode(ok.bytes) === 'rules: []\n');
  const messages = async (rel: string) => {
    const r = await read(rel);
    assert.equal(r.ok, false, rel);
    return r.ok ? '' : r.message;
  };
  assert.equal(await messages('../../etc/shadow'), 'Rule file "../../etc/shadow" is outside the knowledge base; it must be a file inside the KB folder.');
  assert.equal(await messages('rules/link.yml'), 'Rule file "rules/link.yml" goes through a symbolic link (rules/link.yml); Support KB reads only regular files inside the KB.');
  assert.equal(await messages('linked/team.yml'), 'Rule file "linked/team.yml" goes through a symbolic link (linked); Support KB reads only regular files inside the KB.');
  assert.equal(await messages('rules/pipe.yml'), 'Rule file "rules/pipe.yml" is not a regular file.');
  assert.equal(await messages('rules'), 'Rule file "rules" is not a regular file.');
  assert.equal(await messages('rules/big.yml'), 'Rule file "rules/big.yml" is 2 KB; files of this kind are at most 1000 B.');
  assert.equal(await messages('rules/locked.yml'), 'Rule file "rules/locked.yml" could not be read (permission denied).');
  assert.equal(await messages('rules/missing.yml'), 'Rule file "rules/missing.yml" not found (paths are relative to the KB root).');
});

test('team rule files outside the KB or behind links are refused on the config, their content never shown', async () => {
  const fs = memoryFileSystem({
    '/kb/.support-kb.yml': 'customRules:\n  - ../secret.yml\n  - rules/team.yml\n',
    '/kb/rules/team.yml': { link: '/secret.yml' },
    '/kb/a.md': '---\ntitle: A\n---\nHello.\n',
    '/secret.yml': `${SECRET}: 1\n`,
  });
  const kb = await loadKnowledgeBase(fs, '/kb', true);
  const linter = await KbLinter.create(fs, kb, { allowPatterns: true });
  const shown = JSON.stringify([...linter.setupIssues]);
  assert.doesNotMatch(shown, /SECRET/);
  assert.deepEqual(formatIssues(linter.setupIssues.get('/kb/.support-kb.yml') ?? []).map((l) => l.replace(/ \(kb\/invalid-value\)$/, '').split(' error ')[1]), [
    'Rule file "../secret.yml" is outside the knowledge base; it must be a file inside the KB folder.',
    'Rule file "rules/team.yml" goes through a symbolic link (rules/team.yml); Support KB reads only regular files inside the KB.',
  ]);
});

test('a configuration that cannot be read says so on the file instead of becoming an empty one', async () => {
  const cases: [string, Parameters<typeof memoryFileSystem>[0][string], RegExp][] = [
    ['a link', { link: '/secret.yml' }, /symbolic link/],
    ['a pipe', { special: 'fifo' }, /not a regular file/],
    ['locked', { error: new KbFileError('unreadable', 'permission denied') }, /could not be read \(permission denied\)/],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x6e, 0x00, 0x3a, 0x00]), /UTF-16/],
    ['too large', 'name: x\n'.repeat(200_000), /1\.5 MB; files of this kind are at most 1\.0 MB/],
  ];
  for (const [what, config, message] of cases) {
    const fs = memoryFileSystem({ '/kb/.support-kb.yml': config, '/kb/a.md': '---\ntitle: A\n---\n', '/secret.yml': `${SECRET}: 1\n` });
    const kb = await loadKnowledgeBase(fs, '/kb', true);
    const [issue, ...more] = kb.issuesFor('/kb/.support-kb.yml');
    assert.equal(more.length, 0, what);
    assert.equal(issue?.ruleId, 'kb/unreadable', what);
    assert.equal(issue.severity, 'error', what);
    assert.match(issue.message, message, what);
    assert.equal(kb.documentCount, 1, `${what}: the documents still load`);
  }
});

test('documents over the size limit, pipes and unreadable files are reported without being read whole', async () => {
  const fs = memoryFileSystem({
    '/kb/.support-kb.yml': '',
    '/kb/big.md': new Uint8Array(3 * 1024 * 1024),
    '/kb/locked.md': { error: new KbFileError('unreadable', 'permission denied') },
    '/kb/ok.md': '---\ntitle: A\n---\n',
  });
  const kb = await loadKnowledgeBase(fs, '/kb', true);
  assert.deepEqual(
    kb.reports().flatMap((r) => r.issues.map((i) => `${r.relativePath}: ${i.ruleId} ${i.message}`)),
    [
      'big.md: kb/file-too-large This file is 3.0 MB; Support KB skips documents over 2.0 MB. Split it, or add it to "ignore" in .support-kb.yml.',
      'locked.md: kb/unreadable This file could not be read (permission denied).',
    ],
  );
});
