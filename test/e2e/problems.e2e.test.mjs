// End-to-end: a person installs the packaged extension (the VSIX `npm run package` writes, with
// `code-server --install-extension` into the run's own extensions folder, no development path),
// opens kb-sample in VS Code (code-server's workbench in headless Debian Chromium), sees the
// status bar item, opens a broken draft with Ctrl+P and finds its problem in the Problems view,
// uses the quick fixes, Find Reply Template and the channel preview (whose page must render).
// Screenshots of each state go to test-results/e2e/.
//
//   npm run test:e2e            # packages, then runs this
//   node --test --test-reporter=spec test/e2e/
//   env SUPPORT_KB_E2E_VSIX / SUPPORT_KB_E2E_WORKSPACE point at another package / KB
//   (to check the harness itself); SUPPORT_KB_KEEP_RUN=1 keeps the run folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../vscode-server/browser.mjs';
import { installExtension, startCodeServer } from '../vscode-server/code-server.mjs';
import { KB_SAMPLE_DIR, REPO_ROOT, RESULTS_DIR } from '../vscode-server/config.mjs';
import { ensureTools } from '../vscode-server/ensure-tools.mjs';
import { onShutdown } from '../vscode-server/processes.mjs';
import { createRunDir } from '../vscode-server/run-dir.mjs';
import { VSIX_PATH, vsixProblem } from '../vscode-server/vsix.mjs';
import { openFile as workbenchOpenFile, quickPick as workbenchQuickPick } from '../vscode-server/workbench.mjs';

const SHOTS_DIR = path.join(RESULTS_DIR, 'e2e');
const vsix = process.env.SUPPORT_KB_E2E_VSIX ? path.resolve(process.env.SUPPORT_KB_E2E_VSIX) : VSIX_PATH;
const workspaceSource = path.resolve(process.env.SUPPORT_KB_E2E_WORKSPACE ?? KB_SAMPLE_DIR);
const STATUS_TEXT = /KB: (\d+) docs · (\d+) problems/;
/** UI waits: generous for a 2-core machine, short enough that a broken step fails in time. */
const UI_TIMEOUT_MS = 30_000;

// Outside any test timeout: on a cold machine this installs Chromium, Node 24 and code-server (minutes).
const tools = await ensureTools();

describe('kb-sample in VS Code (code-server + Chromium)', () => {
  let runDir;
  /** The copy of kb-sample the workbench has open. */
  let workspace;
  let server;
  let browser;
  /** @type {import('playwright-core').Page} */
  let page;
  let failed = false;

  /** Runs one UI step; on failure saves a screenshot named after it, and later steps are skipped. */
  function step(name, fn) {
    test(name, { timeout: 90_000 }, async (t) => {
      if (failed) return t.skip('an earlier step failed');
      try {
        await fn();
      } catch (err) {
        failed = true;
        await shot(`failed-${name.replace(/\W+/g, '-').toLowerCase()}`);
        throw err;
      }
    });
  }

  async function shot(name) {
    if (!page) return;
    const file = path.join(SHOTS_DIR, `${name}.png`);
    await page.screenshot({ path: file }).catch((err) => console.error(`screenshot ${name} failed: ${err.message}`));
  }

  async function stopAll() {
    await browser?.close().catch(() => {});
    await server?.stop();
  }

  before(async () => {
    // code-server runs in its own session, out of reach of the terminal's Ctrl+C: stop it here.
    onShutdown(stopAll);
    fs.rmSync(SHOTS_DIR, { recursive: true, force: true });
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    // Only the package built from the current sources (another one, by request, is taken as it is).
    const problem = process.env.SUPPORT_KB_E2E_VSIX ? (fs.existsSync(vsix) ? undefined : `${vsix} is missing`) : vsixProblem(vsix);
    assert.equal(problem, undefined, problem);
    runDir = createRunDir('e2e');
    workspace = runDir.copyWorkspace(workspaceSource);
    const installed = await installExtension({ tools, runDir, vsix });
    console.log(`installed ${path.relative(REPO_ROOT, vsix)} into ${path.relative(REPO_ROOT, installed)}`);
    server = await startCodeServer({ tools, runDir, folder: workspace });
    browser = await launchBrowser({ executablePath: tools.chromium, runDir });
    page = browser.page;
    page.on('pageerror', (err) => fs.appendFileSync(path.join(runDir.logs, 'page-errors.log'), `${err.stack ?? err}\n`));
    await page.goto(server.workbenchUrl());
  }, { timeout: 120_000 });

  after(async () => {
    await stopAll();
    if (runDir) {
      if (failed || process.env.SUPPORT_KB_KEEP_RUN === '1') console.error(`run folder kept: ${path.relative(REPO_ROOT, runDir.root)}`);
      else runDir.remove();
    }
  });

  step('the workbench loads', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await shot('01-workbench');
  });

  step('the status bar shows "KB: N docs · M problems"', async () => {
    const item = statusItem();
    await item.waitFor({ timeout: UI_TIMEOUT_MS });
    const text = (await item.textContent()) ?? '';
    const [, docs, problems] = STATUS_TEXT.exec(text) ?? [];
    assert.ok(Number(docs) >= 45, `status bar "${text}": kb-sample has at least 45 documents`);
    assert.ok(Number(problems) > 0, `status bar "${text}": kb-sample/drafts has problems`);
    console.log(`status bar: ${text.trim()}`);
    await shot('02-status-bar');
  });

  step('Ctrl+P opens drafts/bad-values.md', async () => {
    await openFile('drafts/bad-values.md');
    await page.locator('.editor-instance .view-lines', { hasText: 'viber' }).waitFor({ timeout: UI_TIMEOUT_MS });
    // The four errors are drawn as squiggles (decorations) once the diagnostics reach the editor.
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance .squiggly-error').length >= 4, null, { timeout: UI_TIMEOUT_MS });
    await shot('03-bad-values-open');
  });

  step('the status bar item opens the Problems view, which lists the unknown channel "viber"', async () => {
    await statusItem().click();
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ timeout: UI_TIMEOUT_MS });
    const row = panel.locator('.monaco-list-row', { hasText: 'viber' }).first();
    await row.waitFor({ timeout: UI_TIMEOUT_MS });
    const text = (await row.textContent()) ?? '';
    console.log(`Problems row: ${text.trim()}`);
    await shot('04-problems');
  });

  step('a tone draft shows its squiggles, the clarity score, and a quick fix for «в случае если»', async () => {
    const relative = 'drafts/kantselyarit.md';
    const lines = fs.readFileSync(path.join(workspaceSource, relative), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('в случае если'));
    assert.ok(line >= 0, `${relative} contains «в случае если»`);
    const column = lines[line].indexOf('в случае если') + 3;
    await openFile(relative);
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance .squiggly-warning').length >= 3, null, { timeout: UI_TIMEOUT_MS });
    const clarity = page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: /Clarity \d+(\.\d)?\/10/ }).first();
    await clarity.waitFor({ timeout: UI_TIMEOUT_MS });
    console.log(`clarity: ${(await clarity.textContent())?.trim()}`);
    // Put the cursor inside the phrase (Ctrl+G line:column), then open the quick-fix menu (Ctrl+.).
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.keyboard.type(`${line + 1}:${column}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.locator('.monaco-list-row', { hasText: 'Replace with "если"' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    const rows = await menu.locator('.monaco-list-row').allTextContents();
    console.log(`quick fixes: ${rows.map((r) => r.trim()).join(' | ')}`);
    assert.ok(rows.some((r) => r.includes('Disable "ru/kantselyarit-phrases" for this line')), rows.join(' | '));
    await shot('05-quick-fix');
    await page.keyboard.press('Escape');
  });

  step('Find Reply Template (Ctrl+Alt+R) lists replies in our ranking, typo and all', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Alt+R');
    const quickInput = page.locator('.quick-input-widget');
    await quickInput.waitFor({ timeout: UI_TIMEOUT_MS });
    await quickInput.locator('.quick-input-title', { hasText: /Find Reply Template — \d+ templates/ }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.keyboard.type('возрат денег');
    // Rows update as each letter arrives; wait for the full query's result (titles carry invisible word joiners).
    const firstTitle = () =>
      page.evaluate(() => document.querySelector('.quick-input-widget .monaco-list-row .label-name')?.textContent?.replaceAll('\u2060', '').trim());
    await page.waitForFunction(
      () => document.querySelector('.quick-input-widget .monaco-list-row .label-name')?.textContent?.replaceAll('\u2060', '').trim() === 'Возврат денег за тариф',
      null,
      { timeout: UI_TIMEOUT_MS },
    ).catch(async () => assert.fail(`the typo «возрат» should find the refund FAQ first; the first row is “${await firstTitle()}”`));
    const rows = (await quickInput.locator('.monaco-list-row .label-name').allTextContents()).map((r) => r.replaceAll('\u2060', '').trim());
    console.log(`results: ${rows.join(' | ')}`);
    await shot('06-find-template');
    await page.keyboard.press('Escape');
  });

  const quickPick = (keys, text, row) => workbenchQuickPick(page, keys, text, row, { timeout: UI_TIMEOUT_MS });
  const openFile = (relative) => workbenchOpenFile(page, relative, { timeout: UI_TIMEOUT_MS });

  function runCommand(title) {
    return quickPick(['F1'], title, title);
  }

  /** The preview page inside its webview frames. */
  function previewFrame() {
    return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }

  /** Waits until the preview shows `title` with its first tab's mock, then saves a screenshot. */
  async function previewShot(relative, title, mockSelector, name) {
    await openFile(relative);
    const frame = previewFrame();
    await frame.locator('.doc-title', { hasText: title }).waitFor({ timeout: UI_TIMEOUT_MS });
    await frame.locator(mockSelector).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await shot(name);
  }

  const previews = [
    ['macros/ru/ack-new-request.md', 'Автоответ: запрос получен', '.mock-email .email-subject', 'email'],
    ['macros/ru/incident-sms.md', 'SMS', '.mock-sms .bubble-sms', 'sms'],
    ['macros/ru/answer-courier-status.md', 'курьер', '.mock-telegram .bubble-telegram', 'telegram'],
  ];

  step('the channel preview opens beside an email reply and follows the editor to SMS and Telegram replies (light theme)', async () => {
    await openFile(previews[0][0]);
    await runCommand('Support KB: Open Channel Preview');
    await page.locator('.tabs-container .tab', { hasText: 'Preview: ack-new-request.md' }).waitFor({ timeout: UI_TIMEOUT_MS });
    const frame = previewFrame();
    await frame.locator('vscode-tab-header', { hasText: 'Email' }).waitFor({ timeout: UI_TIMEOUT_MS });
    const subject = (await frame.locator('.email-subject').textContent()) ?? '';
    assert.match(subject, /Запрос №48213 получен/, 'the subject with its sample value');
    // Room for the preview: the Problems panel has served its purpose.
    await runCommand('View: Hide Panel');
    let n = 7;
    for (const [relative, title, selector, channel] of previews) {
      await previewShot(relative, title, selector, `${String(n++).padStart(2, '0')}-preview-${channel}-light`);
      if (channel !== 'sms') continue;
      const sms = (await frame.locator('.measure').first().textContent()) ?? '';
      console.log(`SMS: ${sms}`);
      assert.match(sms, /^1 SMS · UCS-2 · \d+ chars$/, 'a Russian SMS is one UCS-2 segment');
    }
  });

  step('a warning in the Chat tab reveals its source line', async () => {
    await openFile('faq/ru/refund-policy.md');
    const frame = previewFrame();
    await frame.locator('.doc-title', { hasText: 'Возврат денег за тариф' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await frame.locator('vscode-tab-header', { hasText: 'Chat' }).click();
    const warning = frame.locator('vscode-tab-panel[data-channel="chat"] .warning a').first();
    await warning.waitFor({ timeout: UI_TIMEOUT_MS });
    const text = (await warning.textContent()) ?? '';
    const line = Number(/\d+/.exec((await frame.locator('vscode-tab-panel[data-channel="chat"] .warning .line').first().textContent()) ?? '')?.[0]);
    console.log(`chat warning: ${text} (line ${line})`);
    await shot('10-preview-chat-light');
    await warning.click();
    // The editor selects the construct the warning is about (the cursor ends on its line).
    await page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: new RegExp(`Ln ${line}, Col \\d+ \\(\\d+ selected\\)`) }).waitFor({ timeout: UI_TIMEOUT_MS });
  });

  step('… and in a dark theme', async () => {
    // Ctrl+K Ctrl+T: the color theme picker.
    await quickPick(['Control+K', 'Control+T'], 'Dark Modern', 'Dark Modern');
    await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: UI_TIMEOUT_MS });
    let n = 11;
    for (const [relative, title, selector, channel] of previews) await previewShot(relative, title, selector, `${String(n++).padStart(2, '0')}-preview-${channel}-dark`);
  });

  step('"Variables: Choose a data file…" fills the placeholders from kb-sample/data; "Copy for Chat" copies the payload', async () => {
    await openFile('macros/ru/ack-chat-handoff.md');
    const frame = previewFrame();
    await frame.locator('.doc-title', { hasText: 'Чат: передали вопрос специалисту' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await frame.locator('.mock', { hasText: 'Анна, передали ваш вопрос' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    // The picker is a VS Code Elements single-select: open it, click the option in its list.
    await frame.locator('.sample-picker vscode-single-select').click();
    await frame.getByText('Choose a data file…', { exact: true }).last().click();
    // code-server's file dialog is a quick input that takes a path (it fills in the KB folder as it opens).
    const input = page.locator('.quick-input-widget', { hasText: 'Values for the placeholders' }).locator('input');
    await input.waitFor({ timeout: UI_TIMEOUT_MS });
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: '..' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await input.fill(path.join(workspace, 'data', 'ivan-delivery.yml'));
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'ivan-delivery.yml' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.locator('.quick-input-widget .monaco-button', { hasText: 'Use for Variables' }).click();
    await frame.locator('.mock', { hasText: 'Иван, передали ваш вопрос специалисту по доставке' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await frame.locator('.sample-picker', { hasText: 'ivan-delivery.yml' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await shot('14-preview-data-file-dark');
    await frame.locator('vscode-tab-panel[data-channel="chat"] vscode-button', { hasText: 'Copy for' }).click();
    await page.locator('#workbench\\.parts\\.statusbar', { hasText: 'Copied the chat payload' }).waitFor({ timeout: UI_TIMEOUT_MS });
  });

  step('a remote image in an email stays out, with a note above the mock; the KB\'s own image shows (dark, then light)', async () => {
    const relative = 'faq/en/remote-image-check.md';
    fs.writeFileSync(
      path.join(workspace, relative),
      [
        '---',
        'title: Remote image check',
        'type: faq',
        'locale: en',
        'channels: [email, chat]',
        '---',
        'The security screen: ![screen](../../assets/2fa-security-screen.png)',
        '',
        'A tracking pixel: ![pixel](https://tracker.invalid/p.gif?who=reader)',
        '',
      ].join('\n'),
    );
    // The last click was in the preview: focus the first editors' group first, or Ctrl+P opens the
    // file over the preview. A click on its active tab, not Ctrl+1: keys pressed while the webview
    // has focus reach the workbench only through the webview's forwarding, which sometimes lost them.
    await page.locator('.editor-group-container').first().locator('.tabs-container .tab.active').click();
    await openFile(relative);
    const frame = previewFrame();
    await frame.locator('.doc-title', { hasText: 'Remote image check' }).waitFor({ timeout: UI_TIMEOUT_MS });
    // An earlier step chose the Chat tab, and the page keeps the user's tab.
    await frame.locator('vscode-tab-header', { hasText: 'Email' }).click();
    const note = frame.locator('vscode-tab-panel[data-channel="email"] .images-note');
    await note.waitFor({ timeout: UI_TIMEOUT_MS });
    const parts = await Promise.all(['.images-note-text', '.images-note-hosts', 'vscode-button'].map(async (part) => (await note.locator(part).textContent())?.trim()));
    console.log(`images note: ${parts.join(' | ')}`);
    assert.deepEqual(parts, ['1 remote image blocked', 'tracker.invalid', 'Settings…']);
    // The pixel has no source in the page (the mock is in a shadow root; Playwright's CSS pierces it).
    const pixel = frame.locator('vscode-tab-panel[data-channel="email"] .email-body img[alt="pixel"]');
    assert.equal(await pixel.getAttribute('src'), '');
    assert.equal(await pixel.getAttribute('title'), 'Remote image blocked (tracker.invalid)');
    // The KB's own image loads from the workspace (decode() rejects for an image that did not load).
    const screen = frame.locator('vscode-tab-panel[data-channel="email"] .email-body img[alt="screen"]');
    assert.equal(await screen.evaluate((img) => img.decode().then(() => img.naturalWidth)), 640);
    await shot('15-preview-remote-images-dark');
    await quickPick(['Control+K', 'Control+T'], 'Light Modern', 'Light Modern');
    await page.locator('.monaco-workbench.vs:not(.vs-dark)').waitFor({ timeout: UI_TIMEOUT_MS });
    await note.waitFor({ timeout: UI_TIMEOUT_MS });
    await shot('16-preview-remote-images-light');
    // Back to the theme and the document (with its data file) the next step expects.
    await quickPick(['Control+K', 'Control+T'], 'Dark Modern', 'Dark Modern');
    await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: UI_TIMEOUT_MS });
    // Its tab is still open beside this one; the preview follows the editor.
    await page.locator('.tabs-container .tab', { hasText: 'ack-chat-handoff.md' }).first().click();
    await frame.locator('.mock', { hasText: 'Иван, передали ваш вопрос' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  });

  step('after a window reload the preview comes back with its document and its data file', async () => {
    await runCommand('Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.locator('.tabs-container .tab', { hasText: 'Preview: ack-chat-handoff.md' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await previewFrame().locator('.mock', { hasText: 'Иван, передали ваш вопрос' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await shot('17-preview-after-reload');
  });

  function statusItem() {
    return page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: STATUS_TEXT }).first();
  }
});
