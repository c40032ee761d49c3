// The workspace is fixtures/markdown-workspace: README.md without front matter, notes/reply.md
// with front matter and an unknown channel, no .support-kb.yml anywhere.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, hasRule, kbDiagnostics, waitForDiagnostics, workspaceUri } from '../helpers/vscode';

suite('a folder without a KB', () => {
  test('before any Markdown file opens, the extension is not active', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the loaded extensions`);
    assert.equal(extension.isActive, false, 'activated in a folder with neither .support-kb.yml nor an open Markdown file');
  });

  test('Markdown without front matter: the entry activates, the KB features stay unloaded', async () => {
    const readme = await vscode.workspace.openTextDocument(workspaceUri('README.md'));
    await vscode.window.showTextDocument(readme);
    const api = await activateExtension();
    const load = await api.whenChecked();
    console.log(`      activate() took ${api.activationMs.toFixed(1)} ms`);
    assert.equal(load, undefined, `the KB features were loaded: ${JSON.stringify(load)}`);
    assert.equal(api.featuresLoad(), undefined);
    assert.throws(() => api.statusText(), /no knowledge base was found/);
    assert.deepEqual(kbDiagnostics(readme.uri), []);
  });

  test('a document with front matter opens: the KB features load and check it', async () => {
    const reply = await vscode.workspace.openTextDocument(workspaceUri('notes/reply.md'));
    await vscode.window.showTextDocument(reply);
    await waitForDiagnostics(reply.uri, hasRule('kb/invalid-value'), 'kb/invalid-value for the channel "viber"', 30_000);
    const api = await activateExtension();
    const load = api.featuresLoad();
    assert.ok(load, 'diagnostics came, yet the API reports no load of the KB features');
    assert.match(load.reason, /notes\/reply\.md has front matter/);
    console.log(`      KB features: require ${load.requireMs.toFixed(1)} ms, start ${load.startMs.toFixed(1)} ms`);
  });
});
