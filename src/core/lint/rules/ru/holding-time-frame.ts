import type { RuleSpec } from '../../rule-spec';
import { RU_TIME_FRAMES } from './time-frames';

const rule: RuleSpec = {
  id: 'ru/holding-time-frame',
  kind: 'requires',
  severity: 'warning',
  locale: 'ru',
  kinds: ['holding'],
  scope: 'document',
  message: 'Ответ-ожидание без срока: скажите, когда вернётесь с ответом — «до 18:00», «в течение 3 рабочих дней», «завтра до 12:00».',
  description:
    'Принципы 4 и 13 (срок для каждого ожидания; структура по виду ответа): ответ вида holding должен называть время следующего ответа — словами или плейсхолдером вроде {{ eta }}.',
  anyOf: {
    patterns: RU_TIME_FRAMES,
    placeholders: [String.raw`^(?:eta|deadline|due|next_update|.*[._](?:eta|time|date|deadline|due|window))$`],
  },
  examples: {
    bad: [
      { text: 'Спасибо за ожидание. Мы разбираемся и ответим в ближайшее время.', kind: 'holding' },
      { text: 'Передали вопрос специалистам. Как только будут новости, сразу напишем.', kind: 'holding' },
    ],
    good: [
      { text: 'Проверю заказ в журнале курьерской службы. Это займёт до 5 минут — вернусь с ответом сюда же.', kind: 'holding' },
      { text: 'Передали вопрос разработчикам. Напишу вам {{ eta }}, даже если решения ещё не будет.', kind: 'holding' },
      { text: 'Если вам неудобно ждать, я перезвоню сегодня до шестнадцати часов.', kind: 'holding' },
      { text: 'Разбираемся с платежом и ответим в течение 3 рабочих дней.', kind: 'holding' },
      { text: 'Мы разбираемся и ответим в ближайшее время.', kind: 'answer' },
    ],
  },
};

export default rule;
