import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/pressure',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" pushes your time pressure onto the customer. Say where the answer will wait: "Reply whenever suits you — this chat stays open."',
  description:
    'Principle 8 (never shift your burden onto the customer): repeated "are you still there?" pings and demands to reply right away move the support team\'s pressure onto the customer.',
  patterns: [
    String.raw`(?<!\p{L})are\s+you\s+(?:still\s+)?(?:there|with\s+me|around|online)\s*\?`,
    String.raw`(?<!\p{L})(?:please\s+)?(?:respond|reply|answer|get\s+back\s+to\s+us)\s+(?:asap|immediately|urgently|right\s+away|as\s+soon\s+as\s+possible)(?!\p{L})`,
  ],
  examples: {
    bad: ['Are you still there?', 'Hello? Are you there?', 'Please respond immediately or we will close this chat.'],
    good: [
      "Reply whenever suits you — this chat stays open and the answer won't get lost.",
      'Are you still seeing the error after the update?',
      'Reply to this email and the request will reopen.',
    ],
  },
};

export default rule;
