import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/csat-pressure',
  kind: 'existence',
  severity: 'error',
  locale: 'en',
  message: '"%s" begs for a score. Ask for an honest rating: "Reply with a number from 1 (poor) to 5 (excellent)."',
  description:
    'Principles 7 and 11 (no pushy rating requests; neutral CSAT): "give us 5 stars", "a 10 would mean a lot", "our agents get a bonus for every 5-star rating" pressure the customer and make the score useless.',
  patterns: [
    String.raw`(?<!\p{L})(?:give|rate|leave)\s+(?:us|me|this\s+chat)\s+(?:a\s+)?(?:5|five|10|ten)(?:[-\s]stars?(?!\p{L})|\s*\/\s*(?:5|10)(?!\p{N})|\s+out\s+of\s+(?:5|10)(?!\p{N})|(?=\s*(?:[.!,;—–-]|$)))`,
    String.raw`(?<!\p{L})(?:a\s+)?(?:5|five|10|ten)[-\s]?(?:star\s+)?(?:rating|review|score)?\s+would\s+(?:mean\s+(?:a\s+lot|the\s+world)|really\s+help|help\s+(?:me|us|my))`,
    String.raw`(?<!\p{L})(?:please\s+)?(?:rate|score)\s+(?:us|me)\s+(?:as\s+)?(?:excellent|great|perfect)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:bonus|paid|rewarded|commission)\s+(?:for|on|based\s+on)\s+(?:every|each|good|high|top)\s+(?:5-star\s+|five-star\s+)?(?:rating|review|score)s?(?!\p{L})`,
    String.raw`(?<!\p{L})don['’]t\s+let\s+(?:us|me|them|your\s+agent)\s+down(?!\p{L})`,
  ],
  examples: {
    bad: [
      'Please give us 5 stars — it means a lot to the team!',
      'A 10 would really help me this month.',
      'Our agents get a bonus for every 5-star rating, so please rate us excellent.',
    ],
    good: [
      'Reply with a number from 1 (poor) to 5 (excellent).',
      'If something could have been better, tell us in one sentence.',
      'Give us 5 minutes to check the logs.',
      'Rate limits: 60 requests per minute on Business.',
    ],
  },
};

export default rule;
