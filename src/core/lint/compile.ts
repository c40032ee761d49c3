import type { CompiledRule } from './compiled-rule';
import { compileCapitalization } from './kinds/capitalization';
import { compileExistence } from './kinds/existence';
import { compileMetric } from './kinds/metric';
import { compileOccurrence } from './kinds/occurrence';
import { compileRequires } from './kinds/requires';
import { compileSubstitution } from './kinds/substitution';
import type { RuleSpec } from './rule-spec';

/** Turns a rule's data into its checker. Throws on an invalid pattern (callers report it). */
export function compileRule(spec: RuleSpec): CompiledRule {
  switch (spec.kind) {
    case 'existence':
      return compileExistence(spec);
    case 'substitution':
      return compileSubstitution(spec);
    case 'occurrence':
      return compileOccurrence(spec);
    case 'metric':
      return compileMetric(spec);
    case 'requires':
      return compileRequires(spec);
    case 'capitalization':
      return compileCapitalization(spec);
  }
}
