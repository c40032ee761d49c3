import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO as repo, runCli, writeKb } from './helpers/cli';

const scratch = mkdtempSync(join(tmpdir(), 'support-kb-lint-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const run = (args: string[], cwd = repo, stdin?: string) => runCli(args, { cwd, stdin });
const kb = (name: string, files: Record<string, string>) => writeKb(scratch, name, files);

type Report = { file: string; issues: { ruleId: string; severity: string; line: number; column: number; fix?: { text: string } }[] };

test('lint kb-sample --format json: the drafts\' problems and nothing on the polished documents', async () => {
  const { code, stdout } = await run(['lint', 'kb-sample', '--format', 'json']);
  assert.equal(code, 1);
  const reports = JSON.parse(stdout) as Report[];
  const polished = reports.filter((r) => !r.file.startsWith('kb-sample/drafts/') && r.issues.length > 0);
  assert.deepEqual(polished.map((r) => `${r.file}: ${r.issues.map((i) => i.ruleId).join(', ')}`), []);
  const tone = ['kantselyarit', 'empty-apology', 'vague-time', 'hold-cliche', 'blame', 'shouting', 'dismissive', 'leading-csat', 'no-reply', 'familiar', 'corporate-speak-en', 'ack-no-ticket', 'holding-no-timeframe-en', 'long-sentences', 'refusal-upsell', 'refusal-no-alternative', 'blame-en'];
  for (const name of tone) {
    const r = reports.find((x) => x.file === `kb-sample/drafts/${name}.md`);
    assert.ok(r && r.issues.some((i) => /^(ru|en)\//.test(i.ruleId)), `${name}.md has tone findings`);
  }
  const fixable = reports.flatMap((r) => r.issues).find((i) => i.fix);
  assert.ok(fixable?.fix && typeof fixable.fix.text === 'string', 'substitutions carry a fix');
});

test('--stdin with --stdin-filename uses that file\'s KB and config', async () => {
  const root = kb('stdin', { '.support-kb.yml': 'rules:\n  ru/vague-time: error\n', 'a.md': '---\ntitle: A\n---\n' });
  const { code, stdout } = await run(['lint', '--stdin', '--stdin-filename', 'b.md', '--format', 'json'], root, '---\ntitle: B\nlocale: ru\n---\nОтветим в ближайшее время.\n');
  const reports = JSON.parse(stdout) as Report[];
  assert.deepEqual(reports.map((r) => r.file), ['b.md']);
  assert.deepEqual(reports[0].issues.map((i) => `${i.ruleId}:${i.severity}`), ['ru/vague-time:error']);
  assert.equal(code, 1);
});

test('--max-warnings and --quiet', async () => {
  const root = kb('warn', { '.support-kb.yml': '', 'a.md': '---\ntitle: A\nlocale: ru\n---\nОтветим в ближайшее время.\n' });
  const plain = await run(['lint', root, '--format', 'json']);
  const warnings = (JSON.parse(plain.stdout) as Report[]).flatMap((r) => r.issues).filter((i) => i.severity === 'warning').length;
  assert.ok(warnings >= 1);
  assert.equal(plain.code, 0, 'warnings alone pass');
  assert.equal((await run(['lint', root, '--max-warnings', String(warnings - 1)])).code, 1);
  assert.equal((await run(['lint', root, '--max-warnings', String(warnings)])).code, 0);
  assert.match((await run(['lint', root, '--max-warnings', '0'])).stdout, /Too many warnings/);
  const quiet = JSON.parse((await run(['lint', root, '--quiet', '--format', 'json'])).stdout) as Report[];
  assert.deepEqual(quiet.flatMap((r) => r.issues), []);
});

test('--config FILE, and a broken team rule file exits 2 with its position', async () => {
  const root = kb('config', {
    'team.yml': 'rules:\n  - id: kb/redos\n    kind: existence\n    severity: info\n    message: x\n    patterns: ["(a+)+$"]\n',
    'kb.yml': 'customRules: [team.yml]\n',
    'a.md': '---\ntitle: A\n---\nText.\n',
  });
  const { code, stdout } = await run(['lint', 'a.md', '--config', 'kb.yml', '--format', 'json'], root);
  assert.equal(code, 2);
  const reports = JSON.parse(stdout) as Report[];
  const team = reports.find((r) => r.file === 'team.yml');
  assert.deepEqual(team?.issues.map((i) => [i.ruleId, i.line, i.column]), [['kb/unsafe-regex', 6, 16]]);
});

test('usage errors exit 2', async () => {
  for (const args of [['lint', '--max-warnings', 'x'], ['lint', 'nope/missing.md'], ['lint', '--stdin-filename', 'a.md'], ['lint', '--config', 'missing.yml'], ['lint', '--format', 'xml']]) {
    const { code, stderr } = await run(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /^support-kb: /, args.join(' '));
  }
});
