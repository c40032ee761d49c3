// Entry of the second integration run: the workspace is a folder inside a KB (kb-sample/faq opened
// alone), so the extension must find .support-kb.yml above it, as the CLI does. Runs nested/*.test.js.
import * as path from 'node:path';
import { runSuites } from './index';

export function run(): Promise<void> {
  return runSuites(path.join(__dirname, 'nested'));
}
