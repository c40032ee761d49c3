// Driving VS Code's web workbench with playwright-core the way a person does: quick inputs and
// Ctrl+P (clicking into the workbench to focus it lands on the Welcome page instead).
import path from 'node:path';

/**
 * Opens a quick input with `keys`, types `text` and clicks the first row showing `row` (Enter
 * would take the first row, which may be a look-alike: …-en.md, a marketplace entry).
 * @param {import('playwright-core').Page} page
 */
export async function quickPick(page, keys, text, row, { timeout }) {
  await page.keyboard.press('Escape');
  for (const key of keys) await page.keyboard.press(key);
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.waitFor({ timeout });
  await page.keyboard.type(text);
  const match = quickInput.locator('.monaco-list-row', { hasText: row }).first();
  await match.waitFor({ timeout });
  await match.click();
}

/**
 * Ctrl+P and the path; resolves when the file's tab is active.
 * @param {import('playwright-core').Page} page
 */
export async function openFile(page, relative, { timeout }) {
  const name = path.basename(relative);
  await quickPick(page, ['Control+P'], relative, name, { timeout });
  // A channel preview's tab beside it is active in its own group and carries the same name.
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout });
}
