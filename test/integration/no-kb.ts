// Entry of the integration run on a folder without a KB (fixtures/markdown-workspace): Markdown
// without front matter activates the extension but loads none of its KB features; a document
// with front matter makes the folder a KB (supportKb.workspaceFolderAsKb) and loads them.
// Runs no-kb/*.test.js.
import * as path from 'node:path';
import { runSuites } from './index';

export function run(): Promise<void> {
  return runSuites(path.join(__dirname, 'no-kb'));
}
