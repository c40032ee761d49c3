import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/hedges',
  kind: 'existence',
  severity: 'info',
  locale: 'en',
  message: '"%s" is a hedge that weakens the answer. State what you know, and say plainly what you don\'t yet.',
  description:
    'Principles 1 and 6 (direct answers; clarity): "I think", "maybe", "sort of", "perhaps we could" make the answer sound unsure. A hint (info) — sometimes honest uncertainty is right. Peers: proselint hedging, write-good.',
  patterns: [
    String.raw`(?<!\p{L})I\s+(?:think|believe|guess|suppose|feel\s+like)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:maybe|perhaps|hopefully|somewhat)(?!\p{L})`,
    String.raw`(?<!\p{L})sort\s+of(?!\p{L})`,
    String.raw`(?<!(?<!\p{L})(?:what|which|this|that|any|the|a|some|every|each|same|one|other|new)\s+)(?<!\p{L})kind\s+of(?!\p{L})`,
    String.raw`(?<!\p{L})(?:might|may)\s+(?:possibly\s+)?be\s+able\s+to(?!\p{L})`,
    String.raw`(?<!\p{L})(?:it|that)\s+(?:seems|looks)\s+(?:like|as\s+if|as\s+though)(?!\p{L})`,
    String.raw`(?<!\p{L})more\s+or\s+less(?!\p{L})`,
  ],
  examples: {
    bad: ['I think the webhook URL is wrong.', 'Maybe try again later?', 'Perhaps we could look into a refund.', 'It sort of works now.', 'It looks like the key has expired.'],
    good: [
      'The webhook URL is missing https:// at the start.',
      'What kind of error do you see?',
      'We checked every transaction from that period and found no double charges.',
      'I want to check this with our billing team.',
      'The response looks like this:',
    ],
  },
};

export default rule;
