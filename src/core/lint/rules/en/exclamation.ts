import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/exclamation',
  kind: 'occurrence',
  severity: 'warning',
  locale: 'en',
  scope: 'paragraph',
  max: 1,
  message: 'More than one "!" in a paragraph sounds loud. Keep one at most, for example in the greeting.',
  description:
    'Principle 9 (no shouting tone): one exclamation mark in a greeting is fine; several in one paragraph read as shouting or as an advert.',
  patterns: [String.raw`!+`],
  examples: {
    bad: ['Upgrade to Pro! Syncs every 5 minutes!', 'Thanks! We fixed it! Enjoy!'],
    good: [
      'Hi Daniel!\n\nYour order is with the courier and arrives today between 16:00 and 18:00.',
      "Thanks for the export file! It let us reproduce the problem.",
      'Run `git commit -m "fix!"` and `echo !!` in your terminal.',
    ],
  },
};

export default rule;
