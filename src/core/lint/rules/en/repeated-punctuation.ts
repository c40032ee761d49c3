import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/repeated-punctuation',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" reads as irritation or shouting. Use a single "?" or ".".',
  description: 'Principle 9 (no defensive or shouting tone): "?!", "!!" and "???" read as exasperation.',
  patterns: [String.raw`[!?]*(?:\?!|!\?|!!|\?\?)[!?]*`],
  examples: {
    bad: ['Did you even read the docs?!', 'Update your URL now!!!', 'Where is the order number???'],
    good: ['Prefer to pay by invoice? Reply to this email.', 'Hi Emma!', 'In bash, `!!` repeats the last command.'],
  },
};

export default rule;
