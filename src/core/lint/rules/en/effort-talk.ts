import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/effort-talk',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" describes effort instead of answering. Say what you have done and when the customer will have a result.',
  description:
    'Principle 1 (a direct question gets a direct answer): "we are doing everything we can" and "working hard to resolve this" talk about effort, not outcome. Lead with yes/no, the next step and a time.',
  patterns: [
    String.raw`(?<!\p{L})doing\s+(?:everything|all)\s+(?:we\s+can|possible|in\s+our\s+power|that\s+we\s+can)(?!\p{L})`,
    String.raw`(?<!\p{L})doing\s+our\s+(?:very\s+|absolute\s+)?best(?!\p{L})`,
    String.raw`(?<!\p{L})making\s+every\s+(?:possible\s+)?effort(?!\p{L})`,
    String.raw`(?<!\p{L})(?:every|all)\s+(?:possible\s+)?efforts?\s+(?:is|are)\s+being\s+made(?!\p{L})`,
    String.raw`(?<!\p{L})(?:working|trying)\s+(?:very\s+|extremely\s+|really\s+|so\s+)?hard\s+to(?!\p{L})`,
    String.raw`(?<!\p{L})working\s+(?:diligently|tirelessly|around\s+the\s+clock)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:we\s+)?(?:strive|striving)\s+to(?!\p{L})`,
  ],
  examples: {
    bad: [
      'Our team is doing everything possible to resolve this.',
      'We are working hard to fix the issue.',
      'Rest assured that every effort is being made.',
      "We're doing our best to get your payout out.",
    ],
    good: [
      "Yes, your payout is on its way: it left our bank today and arrives by 21:00 Moscow time.",
      "We rolled back the update at 14:35 and we're checking every payment from the outage.",
      'Everything you need is in Settings → Billing & plan.',
      'Do you want us to do all of this for you? Reply and we will set it up within a day.',
    ],
  },
};

export default rule;
