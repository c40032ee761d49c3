import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/intensifiers',
  kind: 'existence',
  severity: 'info',
  locale: 'en',
  message: '"%s" is an intensifier; the sentence is usually stronger without it. Show the fact instead ("within 5 minutes" rather than "very quickly").',
  description:
    'Principle 6 (clear beats clever): "very", "extremely", "absolutely", "really" add emphasis instead of information. A hint (info). Peers: write-good weasel words.',
  phrases: ['=very', '=extremely', '=absolutely', '=really', '=totally', '=incredibly', '=truly', '=super', '=highly'],
  examples: {
    bad: ['We are very sorry for the delay.', 'Your data is absolutely safe.', 'This is extremely important.'],
    good: [
      'Exports of up to 100,000 rows are ready within 5 minutes.',
      'Every plan includes the storefront and online payments.',
      'The Superuser role can edit staff accounts.',
      'Verification takes up to one business day.',
    ],
  },
};

export default rule;
