import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/sentence-length',
  kind: 'metric',
  severity: 'warning',
  locale: 'en',
  metric: 'sentence-words',
  max: 30,
  message: 'This sentence has %s words. Split it into two or three short ones: one action per sentence.',
  description:
    'Principle 6 (clear beats clever; short sentences): a sentence over 30 words makes the reader go back (English needs about a fifth more words than Russian for the same content, hence 30 here and 25 in ru/sentence-length). Words per sentence is the most robust readability signal, especially for chat and SMS.',
  examples: {
    bad: [
      'To connect delivery you need to go to the settings, choose the delivery section and then Skladno Delivery, click the connect button, enter the address the courier collects orders from and choose a pickup window that suits you.',
      'If a parcel is lost or arrives damaged you need to tell us within three days of delivery through the order page, where there is a delivery tab and a button that lets you report a problem with photos attached.',
    ],
    good: [
      'Go to Settings → Delivery → Skladno Delivery and select Connect. Enter the address the courier collects orders from.',
      'Tell us within 3 days of delivery. Attach photos of the packaging.',
      'On November 12, from 13:10 to 14:35 Moscow time, your buyers couldn\'t pay with Mir cards.',
    ],
  },
};

export default rule;
