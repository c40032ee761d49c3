#!/usr/bin/env node
import { main } from './main';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), isTTY: Boolean(process.stdout.isTTY) }).then(
  (code) => {
    process.exitCode = code;
  },
);
