// Writes docs/RULES.md from the built-in rule definitions (`npm run rules-doc`).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILTIN_RULES } from '../src/core/lint/rules';
import { rulesReference } from '../src/core/lint/rules-reference';

const target = resolve(__dirname, '../docs/RULES.md');
writeFileSync(target, rulesReference(BUILTIN_RULES));
console.log(`wrote ${target} (${BUILTIN_RULES.length} rules)`);
