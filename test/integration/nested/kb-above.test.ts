// The workspace is kb-sample/faq: the KB's root, its .support-kb.yml and its team rules are one
// folder up, outside the workspace. The extension uses them, as `support-kb lint` run in faq/ does.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, editText, hasRule, revertAll, waitForDiagnostics, withTimeout, workspaceUri } from '../helpers/vscode';

suite('a workspace folder inside a KB', () => {
  suiteSetup(async () => {
    const api = await activateExtension();
    await withTimeout(api.whenIndexed(), 60_000, 'whenIndexed()');
    // Every document of the KB, not only faq/: the KB root is the folder above.
    const [, docs] = /KB: (\d+) docs/.exec(api.statusText()) ?? [];
    assert.ok(Number(docs) >= 70, `status "${api.statusText()}": the whole KB is indexed`);
  });

  teardown(() => revertAll());

  test('the KB features load because of the .support-kb.yml above the workspace folder', async () => {
    const api = await activateExtension();
    const load = await withTimeout(api.whenChecked(), 30_000, 'whenChecked()');
    assert.match(load?.reason ?? '(not loaded)', /^\.support-kb\.yml is in .*kb-sample, above the workspace folder$/);
  });

  test("the team's rules from the KB above apply to the workspace's documents", async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('ru/refund-policy.md'));
    await vscode.window.showTextDocument(document);
    await editText(document, (text) => `${text.trimEnd()}\n\nПеренести товары из МойСклад можно за 10 минут.\n`);
    await waitForDiagnostics(document.uri, hasRule('kb/competitor-names'), 'kb/competitor-names from ../rules/team.yml');
  });
});
