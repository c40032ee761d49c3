import type { RuleSpec } from '../../rule-spec';
import { RU_TIME_FRAMES } from './time-frames';

const rule: RuleSpec = {
  id: 'ru/ack-response-time',
  kind: 'requires',
  severity: 'warning',
  locale: 'ru',
  kinds: ['acknowledgement'],
  scope: 'document',
  message: 'В подтверждении нет срока ответа. Скажите, когда ждать ответа: «Ответим в течение 4 рабочих часов».',
  description:
    'Принципы 4 и 13 (срок; структура по виду ответа): подтверждение обращения говорит, когда придёт ответ, — иначе клиент пишет повторно. Подходит срок словами или плейсхолдер вроде {{ eta }}.',
  anyOf: {
    patterns: RU_TIME_FRAMES,
    placeholders: [String.raw`^(?:eta|sla|response_time|.*[._](?:eta|sla|response_time))$`],
  },
  examples: {
    bad: [
      { text: 'Мы получили ваше письмо. Номер запроса — {{ ticket.id }}. Ответим в ближайшее время.', kind: 'acknowledgement' },
      { text: 'Передали вопрос специалисту, номер запроса — {{ ticket.id }}.', kind: 'acknowledgement' },
    ],
    good: [
      { text: 'Номер запроса — {{ ticket.id }}. Ответим в течение 4 рабочих часов.', kind: 'acknowledgement' },
      { text: 'Специалист ответит здесь же в течение 30 минут. Номер запроса — {{ ticket.id }}.', kind: 'acknowledgement' },
      { text: 'Номер запроса — {{ ticket.id }}. Ответим {{ sla }}.', kind: 'acknowledgement' },
      { text: 'Передали вопрос специалисту, номер запроса — {{ ticket.id }}.', kind: 'answer' },
    ],
  },
};

export default rule;
