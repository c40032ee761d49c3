import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/corporate-speak',
  kind: 'substitution',
  severity: 'warning',
  locale: 'en',
  message: '"%s" is corporate speak. Plainer: "%r".',
  description:
    'Principle 6 (clear beats clever): stock business phrases ("per your request", "at your earliest convenience", "in order to", "utilize") have plain equivalents with the same meaning, so this rule offers a one-click fix.',
  swap: {
    'as per your request': 'as you asked',
    'per your request': 'as you asked',
    'at your earliest convenience': 'when you can',
    'do not hesitate to contact us': 'write to us any time',
    'in order to': 'to',
    '=utilize': 'use',
    '=utilizes': 'uses',
    '=utilized': 'used',
    '=utilizing': 'using',
    'prior to': 'before',
    'in the event that': 'if',
    'due to the fact that': 'because',
    'with regard to': 'about',
    'with regards to': 'about',
    'in regard to': 'about',
    'in regards to': 'about',
    'at this point in time': 'now',
    'at the present time': 'now',
    'we are in receipt of': 'we have received',
    '=commence': 'start',
    '=commences': 'starts',
    '=assistance': 'help',
  },
  examples: {
    bad: [
      'Per your request dated 14 November, we have reviewed your account.',
      'Please do not hesitate to contact us at your earliest convenience.',
      'In order to utilize webhooks, create a key first.',
    ],
    good: [
      'As you asked, we checked your account on 14 November.',
      'Write to us any time — we reply within 4 business hours.',
      'To use webhooks, create a key first.',
      'Your request from 14 November is in the same thread.',
    ],
  },
};

export default rule;
