import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/dismissive',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" shrugs the problem off. Acknowledge it and say what you will do: "The courier is late — we\'ll assign another within the hour."',
  description:
    'Principle 10 (no dismissive shrug): "it happens", "that\'s just how it is", "these failures are normal" tell the customer their problem doesn\'t matter. Explanations ("it happens when the key expires") are not flagged.',
  patterns: [
    String.raw`(?<!\p{L})(?:it|this|that|stuff|things?)\s+happens(?!\p{L})(?!\s+(?:when|if|because|after|before|during|only|whenever|while|once|automatically|within|at|on|as|for|in|every)(?!\p{L}))`,
    String.raw`(?<!\p{L})these\s+things\s+happen(?!\p{L})`,
    String.raw`(?<!\p{L})(?:that['’]s|that\s+is|it['’]s|it\s+is)\s+(?:just\s+)?(?:how\s+it\s+is|the\s+way\s+it\s+is|how\s+things\s+are|how\s+it\s+goes|life)(?!\p{L})`,
    String.raw`(?<!\p{L})it\s+is\s+what\s+it\s+is(?!\p{L})`,
    String.raw`(?<!\p{L})(?:there['’]s|there\s+is)\s+nothing\s+(?:we|I)\s+can\s+do(?!\p{L})`,
    String.raw`(?<!\p{L})oh\s+well(?!\p{L})`,
    String.raw`(?<!\p{L})(?:failures|errors|delays|outages|issues|problems|glitches)\s+(?:like\s+(?:this|these)\s+)?(?:are|is)\s+(?:perfectly\s+|completely\s+|totally\s+|quite\s+)?(?:normal|common|to\s+be\s+expected)(?!\p{L})`,
    String.raw`(?<!\p{L})happens\s+(?:to|with)\s+(?:everyone|everybody|every\s+[a-z]+)(?!\p{L})`,
  ],
  examples: {
    bad: [
      'Webhook failures are normal. It happens with every integration.',
      "Couriers are sometimes late, that's just how it is.",
      "There's nothing we can do about the bank.",
      'It happens.',
    ],
    good: [
      'It happens when the key has expired: create a new one in Settings → API keys.',
      'This happens automatically within 5 minutes of payment.',
      'The courier is late — we will assign another courier within the hour.',
      'What happens to my data after I close the shop?',
    ],
  },
};

export default rule;
