// Entry of the Restricted Mode run: code-server with workspace trust on, and the workspace (a copy of
// test/integration/fixtures/hostile-workspace) left untrusted. Runs untrusted/*.test.js.
import * as path from 'node:path';
import { runSuites } from './index';

export function run(): Promise<void> {
  return runSuites(path.join(__dirname, 'untrusted'));
}
