// Restricted Mode with a hostile KB (issue 16): the workspace is untrusted, its .support-kb.yml names
// rule files outside the KB and behind links, and its rule file holds rules that used to hang or
// misbehave. The extension must load, say what it refused, read nothing outside the KB, and keep the
// phrase rules working.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, hasRule, kbDiagnostics, waitForDiagnostics, withTimeout, workspaceUri, type SupportKbApi } from '../helpers/vscode';

const SECRET = /SECRET-OUTSIDE-THE-KB|root:x:0/;

suite('Restricted Mode, a hostile knowledge base', () => {
  let api: SupportKbApi;

  suiteSetup(async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the run must leave the workspace untrusted');
    // Links git can't be trusted to keep: made here, then the KB is read again.
    fs.symlinkSync(workspaceUri('secret.txt').fsPath, workspaceUri('kb/rules/linked.yml').fsPath);
    fs.symlinkSync(workspaceUri('secret.txt').fsPath, workspaceUri('kb/faq/passwd.md').fsPath);
    api = await activateExtension();
    await withTimeout(api.whenIndexed(), 60_000, 'whenIndexed()');
    await withTimeout(vscode.commands.executeCommand('supportKb.validateKnowledgeBase'), 60_000, 'Validate Knowledge Base');
    await withTimeout(api.whenIndexed(), 60_000, 'whenIndexed() after revalidating');
  });

  test('rule files outside the KB or behind a link are refused on the configuration', async function () {
    this.timeout(60_000);
    const config = workspaceUri('kb/.support-kb.yml');
    const diagnostics = await waitForDiagnostics(
      config,
      (d) => d.filter((x) => /outside the knowledge base/.test(x.message)).length === 2 && d.some((x) => /symbolic link/.test(x.message)),
      'two "outside the knowledge base" and one "symbolic link" on .support-kb.yml',
      30_000,
    );
    assert.deepEqual(
      diagnostics.map((d) => d.range.start.line + 1).sort(),
      [5, 6, 8],
      describeDiagnostics(diagnostics),
    );
  });

  test('regex rules stay off; rules that could hang or never settle are refused; phrases still run', async function () {
    this.timeout(90_000);
    const team = await waitForDiagnostics(workspaceUri('kb/rules/team.yml'), hasRule('kb/untrusted-regex'), 'kb/untrusted-regex on the team rules', 30_000);
    const described = describeDiagnostics(team);
    assert.ok(team.some((d) => /"\*" is not a word/.test(d.message)), described);
    assert.ok(team.some((d) => /is flagged by the rule itself/.test(d.message)), described);
    // Tone lint runs on open documents.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('kb/faq/refund.md')));
    await waitForDiagnostics(workspaceUri('kb/faq/refund.md'), hasRule('kb/competitor'), 'the phrase rule kb/competitor on refund.md', 30_000);
  });

  test('nothing from outside the KB shows up in any diagnostic, and a linked Markdown file is no document', () => {
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) assert.doesNotMatch(d.message, SECRET, `${uri.toString()}: ${d.message}`);
    }
    assert.deepEqual(kbDiagnostics(workspaceUri('kb/faq/passwd.md')), []);
    assert.match(api.statusText(), /KB: 1 doc/);
  });
});
