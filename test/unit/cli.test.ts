import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO as repo, runCli, writeKb } from './helpers/cli';
import { version } from '../../package.json';

const scratch = mkdtempSync(join(tmpdir(), 'support-kb-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const run = (args: string[], cwd = repo, isTTY = false) => runCli(args, { cwd, isTTY });
const kb = (name: string, files: Record<string, string>) => writeKb(scratch, name, files);

test('check --format json on kb-sample: one entry per file, problems only in drafts/', async () => {
  const { code, stdout } = await run(['check', 'kb-sample', '--format', 'json']);
  assert.equal(code, 1, 'the drafts have errors');
  const reports = JSON.parse(stdout) as { file: string; issues: Record<string, unknown>[] }[];
  assert.ok(reports.length >= 46, `expected ≥ 46 files, got ${reports.length}`);
  assert.ok(reports.every((r) => r.file.startsWith('kb-sample/')), 'paths are relative to the cwd');
  const withIssues = reports.filter((r) => r.issues.length > 0).map((r) => r.file);
  assert.deepEqual(withIssues.filter((f) => !f.startsWith('kb-sample/drafts/')), [], 'polished documents are clean');
  for (const name of ['broken-yaml', 'unknown-fields', 'bad-values', 'missing-title', 'variables', 'duplicate-id-a', 'duplicate-id-b', 'unterminated']) {
    assert.ok(withIssues.includes(`kb-sample/drafts/${name}.md`), `${name}.md has issues`);
  }
  const issue = reports.find((r) => r.file === 'kb-sample/drafts/bad-values.md')!.issues.find((i) => String(i.message).includes('viber'))!;
  assert.deepEqual(Object.keys(issue).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity']);
  assert.equal(issue.ruleId, 'kb/invalid-value');
  assert.equal(issue.severity, 'error');
  assert.equal((issue.endColumn as number) - (issue.column as number), 'viber'.length);
});

test('exit 0 and a one-line summary for a clean KB; stylish has no colours off a TTY', async () => {
  const root = kb('clean', { '.support-kb.yml': 'name: Clean\n', 'a.md': '---\ntitle: A\n---\nHi\n' });
  const { code, stdout } = await run(['check', root]);
  assert.equal(code, 0);
  assert.equal(stdout, '\n✓ 2 files checked, no problems\n');
});

test('stylish lists problems per file with line:column, severity and rule', async () => {
  const root = kb('errors', { '.support-kb.yml': '', 'a.md': '---\ntitle: A\nkind: apology\n---\n{{ x }}\n' });
  const { code, stdout } = await run(['check', '.'], root, true);
  assert.equal(code, 1);
  const plain = stdout.replace(/\u001b\[\d+m/g, '');
  assert.notEqual(plain, stdout, 'colours on a TTY');
  assert.match(plain, /^a\.md$/m);
  assert.match(plain, /^ {2}3:7 {2}error {4}Unknown kind "apology"\..* {2}kb\/invalid-value$/m);
  assert.match(plain, /^ {2}5:4 {2}warning {2}Placeholder "x" is not declared.* {2}kb\/undeclared-variable$/m);
  assert.match(plain, /✖ 2 problems \(1 error, 1 warning, 0 info\) in 2 files checked/);
});

test('warnings alone exit 0', async () => {
  const root = kb('warnings', { '.support-kb.yml': '', 'a.md': '---\ntitle: A\n---\n{{ x }}\n' });
  assert.equal((await run(['check', root])).code, 0);
});

test('a config error exits 2', async () => {
  const root = kb('bad-config', { '.support-kb.yml': 'ignore: [\n', 'a.md': '---\ntitle: A\n---\n' });
  const { code, stdout } = await run(['check', root, '--format', 'json']);
  assert.equal(code, 2);
  assert.equal(JSON.parse(stdout).find((r: { file: string }) => r.file.endsWith('.support-kb.yml')).issues[0].ruleId, 'kb/yaml-syntax');
});

test('usage errors exit 2 with a message on stderr', async () => {
  for (const args of [['nope'], ['check', '--format', 'xml'], ['check', 'no/such/dir'], ['check', '--bogus'], ['check', 'a', 'b'], []]) {
    const { code, stderr, stdout } = await run(args);
    assert.equal(code, 2, args.join(' '));
    assert.ok(stderr.startsWith('support-kb: ') || stdout.startsWith('Usage:'), args.join(' '));
  }
});

test('--version and --help', async () => {
  assert.deepEqual(await run(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /check \[DIR\]/);
  assert.match((await run(['check', '--help'])).stdout, /Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error/);
});
