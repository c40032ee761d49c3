import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/blame',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" blames the customer. Skip who was wrong and say what is needed now: "The URL needs https:// at the start — could you update it?"',
  description:
    'Principle 8 (never shift the burden onto the customer): "you didn\'t", "you forgot", "you failed to" read as an accusation. Conditional phrasing ("if you didn\'t get the email…") is not flagged.',
  patterns: [
    String.raw`(?<!(?<!\p{L})(?:if|when|in\s+case|unless|whether|maybe|perhaps)(?!\p{L})[^.!?;:—]{0,80})(?<!\p{L})you\s+(?:just\s+|simply\s+|clearly\s+|obviously\s+|again\s+|still\s+)?(?:didn['’]t|did\s+not|forgot|failed\s+to|neglected\s+to|were\s+supposed\s+to|should\s+have)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:this|that|it)\s+(?:is|was)\s+(?:entirely\s+|clearly\s+)?your\s+(?:mistake|fault|error)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:due\s+to|because\s+of)\s+your\s+(?:mistake|error|negligence)(?!\p{L})`,
  ],
  examples: {
    bad: [
      "As stated previously, you didn't enter the webhook URL correctly.",
      'You forgot to include https:// in the URL.',
      'This was your mistake, not ours.',
    ],
    good: [
      "If you didn't get the email, check your Spam folder.",
      'The webhook URL needs to start with https:// — could you update it in Settings → API keys → Webhooks?',
      "You don't need to do anything: we add the compensation automatically.",
      'In case you forgot your password, select Forgot password? on the sign-in page.',
    ],
  },
};

export default rule;
