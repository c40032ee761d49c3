// The extension activates in a real VS Code on a KB workspace, indexes it and shows its status.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, withTimeout } from '../helpers/vscode';

suite('activation', () => {
  test('activates on the kb-sample workspace and reports how long activate() took', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the loaded extensions`);
    const api = await activateExtension();
    assert.ok(extension.isActive, 'extension is not active after activate()');
    assert.equal(typeof api.activationMs, 'number');
    assert.ok(Number.isFinite(api.activationMs) && api.activationMs >= 0, `activationMs is ${api.activationMs}`);
    console.log(`      activate() took ${api.activationMs.toFixed(1)} ms`);
  });

  test('loads the KB features because kb-sample holds .support-kb.yml, and says what that cost', async () => {
    const api = await activateExtension();
    const load = await withTimeout(api.whenChecked(), 30_000, 'whenChecked()');
    assert.ok(load, 'the KB features were not loaded in kb-sample');
    assert.match(load.reason, /^\.support-kb\.yml is in the workspace$/);
    console.log(`      KB features: require ${load.requireMs.toFixed(1)} ms, start ${load.startMs.toFixed(1)} ms`);
  });

  test('indexes the KB and shows "KB: N docs · M problems" in the status bar', async () => {
    const api = await activateExtension();
    const started = Date.now();
    await withTimeout(api.whenIndexed(), 60_000, 'whenIndexed()');
    console.log(`      indexed ${Date.now() - started} ms after the test asked`);
    const text = api.statusText();
    const match = /KB: (\d+) docs · (\d+) problems/.exec(text);
    assert.ok(match, `status bar text "${text}" does not match /KB: \\d+ docs · \\d+ problems/`);
    const [docs, problems] = [Number(match[1]), Number(match[2])];
    assert.ok(docs >= 45, `kb-sample has at least 45 documents, the status bar says ${docs}`);
    assert.ok(problems > 0, 'kb-sample/drafts holds deliberately broken documents, yet the status bar counts no problems');
  });
});
