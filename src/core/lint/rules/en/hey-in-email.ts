import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/hey-in-email',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  channels: ['email'],
  message: '"%s" is too casual for an email from support. Open with "Hi {{ customer.first_name }}," or "Hello,".',
  description:
    'Principle 7 (simple, but not over-familiar): "hey" can work in chat, but in a support email it reads as over-familiar. Checks documents with the email channel only.',
  patterns: [String.raw`(?<!\p{L})(?:hey|hiya|howdy|yo|sup)(?!\p{L})`],
  examples: {
    bad: [
      { text: 'Hey Daniel, we got your request.', channels: ['email'] },
      { text: 'Hiya! Your invoice is attached.', channels: ['email'] },
    ],
    good: [
      { text: 'Hi Daniel, we got your request.', channels: ['email'] },
      { text: "Hey! I'll check the order and be back in 5 minutes.", channels: ['chat'] },
      { text: 'Your API key is in Settings → API keys.', channels: ['email'] },
    ],
  },
};

export default rule;
