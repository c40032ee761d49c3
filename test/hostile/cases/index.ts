import type { HostileCase } from '../case';
import { LINT_CASES } from './lint';
import { RENDER_CASES } from './render';
import { REPOSITORY_CASES } from './repository';
import { RULE_CASES } from './rules';
import { SEARCH_CASES } from './search';

export const CASES: readonly HostileCase[] = [...REPOSITORY_CASES, ...RULE_CASES, ...RENDER_CASES, ...LINT_CASES, ...SEARCH_CASES];
