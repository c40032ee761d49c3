import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/slang',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" is over-familiar for support. Keep it simple but respectful: "Hi Daniel", "let us know".',
  description:
    'Principle 7 (simple, but not over-familiar): "dude", "buddy", "bro", "lol", "gonna" suit a friend, not a customer who needs help.',
  patterns: [
    String.raw`(?<!\p{L})(?:dude|buddy|bro|homie|pal|lol|lmao|omg|gonna|wanna|gotta|thx|pls|plz)(?!\p{L})`,
  ],
  examples: {
    bad: ['Hey buddy, you just clicked the wrong button lol.', "Dude, we're gonna sort it out.", 'Thx for waiting, pls try again.'],
    good: [
      'Hi Daniel, the 429 responses are our rate limit.',
      'Let us know if the import still fails.',
      'The Paypal and Palette integrations are on the Pro plan.',
      'Use the `bro` tag for brochure products.',
    ],
  },
};

export default rule;
