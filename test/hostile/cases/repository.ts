import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { doc, everyCommand, type HostileCase, type HostileRun } from '../case';

const ISSUE = 'issue 16, "Untrusted repositories"';
/** What a secret file outside the KB holds; no run may print it. */
const SECRET = 'root:x:0:0:SECRET-OUTSIDE-THE-KB';
const NO_SECRET = { forbid: [/SECRET-OUTSIDE-THE-KB/] };

/** Writes the secret next to the KB folder (outside it) and returns its path. */
function secretBeside(dir: string): string {
  const path = join(dir, '..', `${dir.split('/').pop()}-secret.txt`);
  writeFileSync(path, `${SECRET}\nbin:x:1:1:SECRET-OUTSIDE-THE-KB\n`);
  return path;
}

const DOC = { 'faq/refund.md': doc('Деньги вернутся за 3 рабочих дня.') };
/** `check` validates documents and the configuration; rule files are read by `lint`, so their messages are its. */
const lintAndCheck = (extra: Omit<HostileRun, 'args'>, checkToo = false): HostileRun[] => [
  { args: ['check'], ...(checkToo ? extra : { forbid: extra.forbid }) },
  { args: ['lint'], ...extra },
];

export const REPOSITORY_CASES: HostileCase[] = [
  {
    name: 'rule-file-outside-the-kb',
    why: `${ISSUE}: customRules: [../../../../etc/passwd] is read`,
    files: () => ({ ...DOC, '.support-kb.yml': `name: x\ncustomRules:\n  - ../${'../'.repeat(12)}etc/passwd\n  - ../rule-file-outside-the-kb-secret.txt\n` }),
    setup: secretBeside,
    runs: lintAndCheck({ ...NO_SECRET, expect: [/outside the knowledge base/i], forbid: [/SECRET-OUTSIDE-THE-KB/, /root:x:0/] }),
  },
  {
    name: 'rule-file-symlink-outside',
    why: `${ISSUE}: a rules file that is a symlink to /etc/shadow echoes its lines`,
    files: () => ({ ...DOC, '.support-kb.yml': 'name: x\ncustomRules: [rules/team.yml]\n' }),
    setup: (dir) => {
      mkdirSync(join(dir, 'rules'));
      symlinkSync(secretBeside(dir), join(dir, 'rules', 'team.yml'));
    },
    runs: lintAndCheck({ ...NO_SECRET, expect: [/symbolic link/i] }),
  },
  {
    name: 'rule-file-in-symlinked-folder',
    why: 'our own: the link is a folder on the way, not the file',
    files: () => ({ ...DOC, '.support-kb.yml': 'name: x\ncustomRules: [rules/team.yml]\n' }),
    setup: (dir) => {
      const outside = join(dir, '..', 'rule-file-in-symlinked-folder-outside');
      mkdirSync(outside);
      writeFileSync(join(outside, 'team.yml'), `rules:\n  - id: kb/x\n    kind: existence\n    severity: warning\n    message: "${SECRET}"\n    phrases: [деньги]\n`);
      symlinkSync(outside, join(dir, 'rules'));
    },
    runs: lintAndCheck({ ...NO_SECRET, expect: [/symbolic link/i] }),
  },
  {
    name: 'rule-file-dev-zero',
    why: `${ISSUE}: ../../../dev/zero grows to 3 GB`,
    files: () => ({ ...DOC, '.support-kb.yml': `name: x\ncustomRules:\n  - rules/zero.yml\n  - ${'../'.repeat(20)}dev/zero\n` }),
    setup: (dir) => {
      mkdirSync(join(dir, 'rules'));
      symlinkSync('/dev/zero', join(dir, 'rules', 'zero.yml'));
    },
    runs: lintAndCheck({}),
  },
  {
    name: 'rule-file-fifo',
    why: 'our own: reading a named pipe never ends',
    files: () => ({ ...DOC, '.support-kb.yml': 'name: x\ncustomRules: [rules/pipe.yml]\n' }),
    setup: (dir) => {
      mkdirSync(join(dir, 'rules'));
      execFileSync('mkfifo', [join(dir, 'rules', 'pipe.yml')]);
    },
    runs: lintAndCheck({ expect: [/not a regular file/i] }),
  },
  {
    name: 'rule-file-huge',
    why: 'our own: a rule file of 20 MB',
    files: () => ({ ...DOC, '.support-kb.yml': 'name: x\ncustomRules: [rules/team.yml]\n', 'rules/team.yml': `rules: []\n${'# padding\n'.repeat(2_000_000)}` }),
    runs: lintAndCheck({ expect: [/MB/] }),
  },
  {
    name: 'rule-file-not-rules',
    why: `${ISSUE}: content of a file that is not a rules file is never echoed`,
    files: () => ({ ...DOC, '.support-kb.yml': 'name: x\ncustomRules: [notes.txt]\n', 'notes.txt': `SECRET-OUTSIDE-THE-KB: 1\nother-key-SECRET-OUTSIDE-THE-KB: 2\n` }),
    runs: lintAndCheck({ ...NO_SECRET, expect: [/not a rule file/i] }),
  },
  {
    name: 'config-symlink-outside',
    why: 'our own: .support-kb.yml itself a link to a file outside',
    files: () => ({ ...DOC, '.support-kb.yml': '' }),
    setup: (dir) => {
      const secret = secretBeside(dir);
      execFileSync('ln', ['-sf', secret, join(dir, '.support-kb.yml')]);
    },
    runs: lintAndCheck({ ...NO_SECRET, expect: [/symbolic link/i] }, true),
  },
  {
    name: 'config-fifo',
    why: 'our own: reading a named pipe never ends',
    files: () => ({ ...DOC, '.support-kb.yml': '' }),
    setup: (dir) => {
      execFileSync('rm', [join(dir, '.support-kb.yml')]);
      execFileSync('mkfifo', [join(dir, '.support-kb.yml')]);
    },
    runs: lintAndCheck({ expect: [/not a regular file/i] }, true),
  },
  {
    name: 'config-unreadable',
    why: `${ISSUE}: an unreadable .support-kb.yml silently becomes an empty config (a folder by that name, as root can read any file)`,
    files: () => ({ ...DOC, '.support-kb.yml/keep': '' }),
    runs: lintAndCheck({ expect: [/could not be read|not a regular file/i] }, true),
  },
  {
    name: 'document-symlinks',
    why: 'our own: Markdown links to a secret and to /dev/zero',
    files: () => DOC,
    setup: (dir) => {
      symlinkSync(secretBeside(dir), join(dir, 'faq', 'passwd.md'));
      symlinkSync('/dev/zero', join(dir, 'faq', 'zero.md'));
      symlinkSync('..', join(dir, 'faq', 'loop'));
    },
    runs: [...everyCommand('faq/refund.md', NO_SECRET)],
  },
  {
    name: 'document-utf16',
    why: `${ISSUE}: UTF-16 files are "UTF-16, convert to UTF-8", not "binary"`,
    files: () => ({
      'le.md': Buffer.from(`\ufeff${doc('Hello')}`, 'utf16le'),
      'le-no-bom.md': Buffer.from(doc('Hello'), 'utf16le'),
      'be.md': Buffer.from(`\ufeff${doc('Hello')}`, 'utf16le').swap16(),
    }),
    runs: [
      { args: ['check'], expect: [/le\.md[\s\S]*UTF-16/, /le-no-bom\.md[\s\S]*UTF-16/, /be\.md[\s\S]*UTF-16/], forbid: [/binary/] },
      { args: ['render', 'le.md', '--channel', 'sms'], codes: [2], expect: [/UTF-16/] },
    ],
  },
  {
    name: 'yaml-deep-nesting',
    why: `${ISSUE}: deep YAML nesting is "nested too deeply", not "Maximum call stack size exceeded"`,
    files: () => ({
      'doc.md': doc('Hello', `x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`),
      'map.md': doc('Hello', `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`),
      '.support-kb.yml': `name: x\nrules: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\ncustomRules: [team.yml]\n`,
      'team.yml': `rules: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
    }),
    runs: [
      { args: ['check'], expect: [/nested too deeply/i], forbid: [/call stack/i] },
      { args: ['lint'], expect: [/nested too deeply/i], forbid: [/call stack/i] },
      { args: ['render', 'doc.md', '--channel', 'sms'], codes: [0, 2], forbid: [/call stack/i] },
    ],
  },
  {
    name: 'front-matter-blank-lines',
    why: 'our own (issue 17): gray-matter strips comment lines with /^\\s*#[^\\n]+/gm, quadratic in a run of blank lines (40,000: 1.9 s, four times that per doubling; this file: about 16 minutes); whatever splits front matter must stay linear',
    files: () => ({ 'doc.md': doc('Hello', `${' \n'.repeat(900_000)}summary: x\n`) }),
    runs: everyCommand(),
  },
  {
    name: 'config-globs-backtracking',
    why: 'our own: picomatch turns "*a*a*a*a*b" into lazy stars; 61 s on one 254-character file name (in Restricted Mode too)',
    files: () => ({
      '.support-kb.yml': 'name: x\nignore: ["*a*a*a*a*b", "**/*a*/**/*a*/**/*a*b", "**/+(a)+(a)+(a)+(a)b"]\noverrides:\n  - files: ["*a*a*a*a*b"]\n    rules: { ru/sentence-length: off }\n',
      [`${'a'.repeat(250)}.md`]: doc('Текст.'),
      [`${'a'.repeat(200)}/${'a'.repeat(200)}/${'a'.repeat(200)}.md`]: doc('Текст.'),
    }),
    runs: [
      { args: ['check'], expect: [/at most one per segment/, /extglob/] },
      { args: ['lint'] },
      { args: ['search', 'текст'] },
    ],
  },
];
