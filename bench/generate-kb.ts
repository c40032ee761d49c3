/**
 * Seeded generator of large, realistic support knowledge bases for benchmarks.
 *
 * Produces Markdown documents with YAML front matter (FAQs, macros, snippets) in Russian and
 * English for a fictional SaaS for online shops («Витринка» / Vitrinka). Everything comes from
 * phrase banks combined by a small seeded PRNG (mulberry32), so the output is a pure function of
 * (count, seed, ruShare). Document i does not depend on `count`: a smaller KB is a prefix of a
 * larger one with the same seed.
 *
 * About 2 % of documents carry one tone problem (DOMAIN.md §1) and about 0.5 % one front-matter
 * problem; both are chosen one per block of 50 / 200 documents and recorded in a side table, see
 * `describeKb` and `docInfo`.
 *
 * No dependencies beyond plain TypeScript; no Node APIs, so it also runs in a browser bundle.
 */

/** Bump whenever the output for a given (count, seed, ruShare) changes: write-kb.ts keys its cache on it. */
export const GENERATOR_VERSION = 1;

export interface GeneratedFile {
  /** Path relative to the KB root, POSIX separators. */
  path: string;
  text: string;
}

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Share of Russian documents, 0..1. Default 0.6. */
  ruShare?: number;
}

export type Locale = 'ru' | 'en';
export type DocType = 'faq' | 'macro' | 'snippet';
export type Kind = 'answer' | 'acknowledgement' | 'holding' | 'refusal' | 'incident' | 'proactive' | 'csat';
export type Channel = 'email' | 'chat' | 'sms' | 'telegram' | 'whatsapp' | 'slack' | 'phone';

export type ToneProblemCategory =
  | 'vague-time'
  | 'kantselyarit'
  | 'holding-cliche'
  | 'prohibition'
  | 'reproach'
  | 'shrug'
  | 'leading-csat'
  | 'shouting'
  | 'no-reply'
  | 'familiarity'
  | 'corporate-speak';

export interface ToneProblem {
  category: ToneProblemCategory;
  /** The sentence inserted into the body, verbatim. */
  sentence: string;
}

export type FrontMatterProblemKind = 'unknown-key' | 'unknown-channel' | 'undeclared-placeholder';

export interface FrontMatterProblem {
  kind: FrontMatterProblemKind;
  /** The offending key, channel or placeholder name. */
  detail: string;
}

export interface DocInfo {
  id: string;
  path: string;
  locale: Locale;
  type: DocType;
  kind?: Kind;
  title: string;
  bytes: number;
  /** Placeholder names used in the body (subject placeholders are always a subset). */
  placeholders: string[];
  /** Names declared under `variables`. Equal to `placeholders` unless an undeclared-placeholder problem. */
  declared: string[];
  translationOf?: string;
  toneProblem?: ToneProblem;
  frontMatterProblem?: FrontMatterProblem;
}

export interface KbStats {
  documents: number;
  /** UTF-8 bytes of the document files (the config file is not counted). */
  bytes: number;
  ru: number;
  en: number;
  withToneProblems: number;
  withFrontMatterProblems: number;
}

export const ALL_CHANNELS: readonly Channel[] = ['email', 'chat', 'sms', 'telegram', 'whatsapp', 'slack', 'phone'];
export const ALL_KINDS: readonly Kind[] = ['answer', 'acknowledgement', 'holding', 'refusal', 'incident', 'proactive', 'csat'];
export const CONFIG_PATH = '.support-kb.yml';

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: tiny, fast, good enough for synthetic data. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  /** k distinct items in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + this.int(copy.length - i);
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [v, w] of entries) {
      r -= w;
      if (r < 0) return v;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }
}

/** Derive independent 32-bit seeds for separate streams (splitmix32-style finaliser). */
function mixSeed(seed: number, stream: number): number {
  let h = (Math.trunc(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Phrase banks. Placeholders are written `{{name}}` here and re-spaced/filtered at render time.

interface ActionText {
  /** Noun phrase, nominative: «отмена заказа» / "order cancellation". */
  noun: string;
  /** "about …" phrase: «об отмене заказа» / "about cancelling an order". */
  about: string;
  titles: string[];
  answer: string[];
  steps: string[];
}

interface ActionDef {
  key: string;
  ru: ActionText;
  en: ActionText;
  /** Code samples that fit this action (defaults to the topic's). */
  code?: CodeKind[];
}

interface TopicText {
  label: string;
  section: string;
  /** Team, in the form that follows «коллегам из …» / "our …". */
  team: string;
  synonyms: string[];
  facts: string[];
  timing: string[];
  /** [reason, alternative] */
  refusals: [string, string][];
  /** Clause in the past, fits «Сегодня с 10:40 (МСК) …». */
  incidents: string[];
  proactive: string[];
}

type TableKind = 'carriers' | 'refund-times' | 'plans' | 'api-limits' | 'sms-prices' | 'receipt-statuses' | 'report-fields';
type CodeKind = 'curl-orders' | 'http-429' | 'webhook-js' | 'webhook-json' | 'dns' | 'csv' | 'mapping-json';

interface TopicDef {
  key: string;
  tags: string[];
  ctx: CtxGroup;
  owners: string[];
  tables: TableKind[];
  code: CodeKind[];
  ru: TopicText;
  en: TopicText;
  actions: ActionDef[];
}

type CtxGroup =
  | 'platform'
  | 'mobile'
  | 'payment'
  | 'carrier'
  | 'plan'
  | 'role'
  | 'integration'
  | 'apiArea'
  | 'catalogSource'
  | 'promoType'
  | 'notifyChannel'
  | 'domainCase'
  | 'period'
  | 'privacyCase'
  | 'orderSource';

interface Ctx {
  key: string;
  tag: string;
  ru: string;
  en: string;
  ruNote: string;
  enNote: string;
}

const c = (key: string, tag: string, ru: string, en: string, ruNote: string, enNote: string): Ctx => ({ key, tag, ru, en, ruNote, enNote });

const CONTEXTS: Record<CtxGroup, Ctx[]> = {
  platform: [
    c('web', 'web', 'в веб-версии', 'in the web dashboard', 'В веб-версии нужный раздел открывается из левого меню панели магазина.', 'In the web dashboard the section is in the left-hand menu.'),
    c('ios', 'ios', 'в приложении для iOS', 'in the iOS app', 'В приложении для iOS путь тот же, только меню спрятано под кнопкой «Ещё».', 'In the iOS app the path is the same, but the menu sits under More.'),
    c('android', 'android', 'в приложении для Android', 'in the Android app', 'На Android обновите приложение до последней версии из Google Play: старые сборки показывают другой интерфейс.', 'On Android, update the app from Google Play first: older builds show a different layout.'),
    c('browser-ext', 'browser', 'в браузере Safari', 'in Safari', 'Safari иногда блокирует всплывающие окна: разрешите их для vitrinka.example в настройках браузера.', 'Safari sometimes blocks pop-ups: allow them for vitrinka.example in the browser settings.'),
  ],
  mobile: [
    c('ios', 'ios', 'на iPhone', 'on iPhone', 'На iPhone проверьте, что уведомления разрешены в «Настройки → Витринка».', 'On iPhone, check that notifications are allowed in Settings → Vitrinka.'),
    c('android', 'android', 'на Android', 'on Android', 'На Android отключите для приложения режим экономии батареи — он откладывает уведомления.', 'On Android, turn off battery optimisation for the app: it delays notifications.'),
    c('ipad', 'ipad', 'на iPad', 'on iPad', 'На iPad приложение работает в той же учётной записи, что и на телефоне.', 'On iPad the app uses the same account as on your phone.'),
    c('huawei', 'huawei', 'на смартфонах Huawei', 'on Huawei phones', 'На смартфонах Huawei приложение устанавливается из AppGallery, push-уведомления приходят через HMS.', 'On Huawei phones the app comes from AppGallery and push notifications go through HMS.'),
  ],
  payment: [
    c('yookassa', 'yookassa', 'через ЮKassa', 'via YooKassa', 'Для ЮKassa операции видны в её личном кабинете в разделе «Платежи».', 'For YooKassa, operations are listed in its dashboard under Payments.'),
    c('cloudpayments', 'cloudpayments', 'через CloudPayments', 'via CloudPayments', 'В CloudPayments статус операции можно проверить по номеру транзакции.', 'In CloudPayments you can check an operation by its transaction number.'),
    c('stripe', 'stripe', 'через Stripe', 'via Stripe', 'В Stripe платёж ищется по email покупателя или по последним цифрам карты.', 'In Stripe you can find a payment by the buyer’s email or the last card digits.'),
    c('sbp', 'sbp', 'через СБП', 'via SBP fast payments', 'Платежи через СБП зачисляются мгновенно, а возврат уходит на счёт в том банке, из которого платил покупатель.', 'SBP payments arrive instantly, and refunds go back to the account the buyer paid from.'),
    c('invoice', 'invoice', 'по счёту для юрлица', 'by invoice for companies', 'При оплате по счёту деньги приходят на расчётный счёт за 1–2 рабочих дня.', 'Invoice payments reach the bank account in 1–2 business days.'),
    c('installments', 'installments', 'в рассрочку', 'in instalments', 'Рассрочку оформляет банк-партнёр: магазин получает всю сумму сразу, а покупатель платит частями.', 'Instalments are provided by a partner bank: the store gets the full amount at once and the buyer pays in parts.'),
  ],
  carrier: [
    c('cdek', 'cdek', 'при доставке СДЭК', 'with CDEK delivery', 'Трек-номер СДЭК появляется после того, как посылку примут в пункте приёма.', 'The CDEK tracking number appears once the parcel is accepted at a drop-off point.'),
    c('russian-post', 'russian-post', 'Почтой России', 'with Russian Post', 'Почта России обновляет статусы раз в сутки, поэтому первые движения видны на следующий день.', 'Russian Post updates statuses once a day, so the first scan shows up the next day.'),
    c('boxberry', 'boxberry', 'через Boxberry', 'via Boxberry', 'Boxberry хранит посылку в пункте выдачи 7 дней, потом возвращает отправителю.', 'Boxberry keeps a parcel at the pickup point for 7 days and then returns it.'),
    c('courier', 'courier', 'курьером магазина', 'by store courier', 'Для собственных курьеров трек-номер не нужен: статус меняет сам курьер в мобильном приложении.', 'Store couriers need no tracking number: the courier updates the status in the mobile app.'),
    c('pickup', 'pickup', 'при самовывозе', 'for in-store pickup', 'При самовывозе покупатель получает SMS с кодом, когда заказ собран.', 'For pickup orders the buyer gets a text with a code once the order is packed.'),
    c('dhl', 'dhl', 'при международной доставке DHL', 'with DHL international shipping', 'Для международных посылок DHL запрашивает таможенную декларацию: её можно скачать в карточке заказа.', 'For international parcels DHL asks for a customs declaration; download it from the order page.'),
  ],
  plan: [
    c('start', 'plan-start', 'на тарифе «Старт»', 'on the Start plan', 'На тарифе «Старт» доступно до 100 товаров и один сотрудник.', 'The Start plan includes up to 100 products and one staff account.'),
    c('business', 'plan-business', 'на тарифе «Бизнес»', 'on the Business plan', 'На тарифе «Бизнес» можно подключить до 10 сотрудников и 3 склада.', 'The Business plan allows up to 10 staff accounts and 3 warehouses.'),
    c('pro', 'plan-pro', 'на тарифе «Про»', 'on the Pro plan', 'На тарифе «Про» есть персональный менеджер и приоритетная очередь поддержки.', 'The Pro plan comes with an account manager and a priority support queue.'),
    c('annual', 'annual', 'при оплате за год', 'with annual billing', 'При оплате за год действует скидка 20 %, а остаток при смене тарифа пересчитывается по дням.', 'Annual billing saves 20 %, and any balance is prorated by day when you change plans.'),
    c('trial', 'trial', 'в пробном периоде', 'during the free trial', 'Пробный период длится 14 дней; данные магазина сохраняются, если оплатить тариф позже.', 'The trial lasts 14 days; your store data is kept if you pay for a plan later.'),
  ],
  role: [
    c('owner', 'owner', 'для владельца магазина', 'for the store owner', 'Владелец магазина видит все разделы и единственный может удалить магазин.', 'The store owner sees every section and is the only one who can delete the store.'),
    c('manager', 'manager', 'для менеджера', 'for a manager', 'Менеджер работает с заказами и покупателями, но не видит раздел «Тариф».', 'A manager works with orders and buyers but cannot see the Plan section.'),
    c('warehouse', 'warehouse', 'для сотрудника склада', 'for warehouse staff', 'Сотрудник склада видит только сборку заказов и остатки.', 'Warehouse staff see only order picking and stock.'),
    c('accountant', 'accountant', 'для бухгалтера', 'for an accountant', 'Бухгалтеру достаточно роли «Финансы»: она открывает счета, акты и отчёты.', 'An accountant needs only the Finance role: it opens invoices, statements and reports.'),
  ],
  integration: [
    c('1c', '1c', 'с 1С', 'with 1C', 'Обмен с 1С идёт через модуль «Витринка» для 1С:Управление торговлей версии 11.4 и новее.', 'The 1C exchange uses the Vitrinka module for 1C:Trade Management 11.4 or later.'),
    c('moysklad', 'moysklad', 'с МойСклад', 'with MoySklad', 'МойСклад передаёт остатки каждые 15 минут, а заказы — сразу после оформления.', 'MoySklad sends stock every 15 minutes and orders right after checkout.'),
    c('amocrm', 'amocrm', 'с amoCRM', 'with amoCRM', 'В amoCRM каждый заказ создаёт сделку в выбранной воронке.', 'In amoCRM each order creates a deal in the pipeline you choose.'),
    c('ozon', 'ozon', 'с Ozon', 'with Ozon', 'Для Ozon нужен Client-Id и API-ключ из личного кабинета продавца.', 'Ozon needs the Client-Id and an API key from the seller account.'),
    c('wildberries', 'wildberries', 'с Wildberries', 'with Wildberries', 'Wildberries принимает остатки только по складам, которые вы связали в настройках интеграции.', 'Wildberries accepts stock only for the warehouses you linked in the integration settings.'),
    c('google-sheets', 'google-sheets', 'с Google Таблицами', 'with Google Sheets', 'Google Таблица обновляется раз в час; первая строка должна остаться заголовком.', 'The Google Sheet updates hourly; keep the first row as the header.'),
  ],
  apiArea: [
    c('orders-api', 'orders-api', 'в API заказов', 'in the Orders API', 'Методы API заказов описаны в разделе /v2/orders документации.', 'Orders API methods are documented under /v2/orders.'),
    c('products-api', 'products-api', 'в API товаров', 'in the Products API', 'API товаров принимает до 500 позиций в одном пакетном запросе.', 'The Products API accepts up to 500 items per batch request.'),
    c('oauth', 'oauth', 'при авторизации через OAuth', 'with OAuth authorisation', 'Токен OAuth действует 1 час, токен обновления — 60 дней.', 'An OAuth access token lives for 1 hour, a refresh token for 60 days.'),
    c('sandbox', 'sandbox', 'в тестовой среде', 'in the sandbox', 'Тестовая среда доступна по адресу sandbox.api.vitrinka.example и не списывает деньги.', 'The sandbox lives at sandbox.api.vitrinka.example and never charges money.'),
    c('php-sdk', 'sdk', 'в PHP SDK', 'in the PHP SDK', 'PHP SDK поддерживает PHP 8.1 и новее; версию проверяет composer.', 'The PHP SDK supports PHP 8.1 or later; composer checks the version.'),
  ],
  catalogSource: [
    c('csv', 'csv', 'из CSV', 'from CSV', 'CSV-файл должен быть в кодировке UTF-8 с разделителем «;» или «,».', 'The CSV file must be UTF-8 with a comma or semicolon separator.'),
    c('xlsx', 'xlsx', 'из Excel', 'from Excel', 'Из Excel загружается только первый лист книги.', 'Only the first sheet of an Excel workbook is imported.'),
    c('yml-feed', 'yml', 'из YML-фида', 'from a YML feed', 'YML-фид перечитывается по расписанию, которое вы задали при подключении.', 'A YML feed is re-read on the schedule you set when connecting it.'),
    c('1c', '1c', 'из 1С', 'from 1C', 'Из 1С товары приходят вместе с характеристиками и картинками.', 'Products from 1C arrive with their attributes and images.'),
    c('moysklad', 'moysklad', 'из МойСклад', 'from MoySklad', 'Из МойСклад переносятся группы товаров, штрихкоды и остатки.', 'From MoySklad you get product groups, barcodes and stock.'),
  ],
  promoType: [
    c('percent', 'discount-percent', 'со скидкой в процентах', 'with a percentage discount', 'Скидка в процентах считается от суммы товаров без доставки.', 'A percentage discount applies to the item total without shipping.'),
    c('fixed', 'discount-fixed', 'с фиксированной скидкой', 'with a fixed discount', 'Фиксированная скидка не может быть больше суммы заказа.', 'A fixed discount cannot exceed the order total.'),
    c('free-shipping', 'free-shipping', 'на бесплатную доставку', 'for free shipping', 'Промокод на бесплатную доставку работает только для способов доставки, отмеченных в его настройках.', 'A free-shipping code works only for the delivery methods ticked in its settings.'),
    c('first-order', 'first-order', 'на первый заказ', 'for a first order', 'Промокод на первый заказ проверяет телефон и email покупателя.', 'A first-order code checks the buyer’s phone number and email.'),
    c('bundle', 'bundle', 'для комплекта товаров', 'for a product bundle', 'Скидка на комплект срабатывает, когда в корзине есть все товары из набора.', 'A bundle discount applies when every item of the set is in the cart.'),
  ],
  notifyChannel: [
    c('email', 'email', 'по email', 'by email', 'Письма уходят с адреса отправителя вашего магазина, и покупатель может на них ответить.', 'Emails go out from your store’s sender address, and buyers can reply to them.'),
    c('sms', 'sms', 'в SMS', 'by SMS', 'SMS на кириллице длиннее 70 знаков делится на части, и каждая часть оплачивается отдельно.', 'A Cyrillic text longer than 70 characters is split into parts, and each part is billed.'),
    c('telegram', 'telegram', 'в Telegram', 'in Telegram', 'Уведомления в Telegram приходят от бота магазина после того, как покупатель нажмёт «Старт».', 'Telegram notifications come from the store bot once the buyer taps Start.'),
    c('whatsapp', 'whatsapp', 'в WhatsApp', 'on WhatsApp', 'В WhatsApp первое сообщение покупателю можно отправить только по одобренному шаблону.', 'On WhatsApp the first message to a buyer must use an approved template.'),
  ],
  domainCase: [
    c('reg-ru', 'reg-ru', 'в REG.RU', 'at REG.RU', 'В REG.RU записи меняются в разделе «DNS-серверы и управление зоной».', 'At REG.RU records are edited under DNS servers and zone management.'),
    c('cloudflare', 'cloudflare', 'с Cloudflare', 'behind Cloudflare', 'С Cloudflare выключите проксирование (серое облако) для записи магазина, пока выпускается сертификат.', 'With Cloudflare, turn proxying off (grey cloud) for the store record while the certificate is issued.'),
    c('subdomain', 'subdomain', 'на поддомене', 'on a subdomain', 'Для поддомена достаточно одной CNAME-записи, основной сайт при этом не затрагивается.', 'A subdomain needs a single CNAME record and leaves your main site untouched.'),
    c('www', 'www', 'с www и без www', 'with and without www', 'Чтобы сайт открывался и с www, и без него, добавьте обе записи и выберите основной адрес.', 'To serve both www and the bare domain, add both records and pick the primary address.'),
    c('rf-domain', 'idn', 'на домене .рф', 'on a .рф domain', 'Домен .рф указывается в виде punycode, например xn--80a1acny.xn--p1ai.', 'A .рф domain is entered in punycode, for example xn--80a1acny.xn--p1ai.'),
  ],
  period: [
    c('month', 'month', 'за месяц', 'for a month', 'Отчёт за месяц собирается по дате оплаты, а не по дате оформления заказа.', 'A monthly report is built by payment date, not by order date.'),
    c('quarter', 'quarter', 'за квартал', 'for a quarter', 'Квартальный отчёт формируется в фоне и приходит на почту владельца.', 'A quarterly report is built in the background and emailed to the owner.'),
    c('custom', 'custom-period', 'за произвольный период', 'for a custom date range', 'Произвольный период ограничен 366 днями.', 'A custom range is limited to 366 days.'),
    c('today', 'today', 'за сегодня', 'for today', 'Данные за сегодня обновляются каждые 10 минут.', 'Today’s figures refresh every 10 minutes.'),
  ],
  privacyCase: [
    c('by-email', 'request-email', 'по письму покупателя', 'on a buyer’s email request', 'Запрос по почте принимается, если он пришёл с того же адреса, что указан в заказах.', 'An email request is accepted when it comes from the address used on the orders.'),
    c('by-phone', 'request-phone', 'по звонку покупателя', 'on a buyer’s phone request', 'По телефону личность подтверждается кодом, который мы отправим в SMS.', 'On the phone we confirm identity with a code sent by text.'),
    c('eu-buyer', 'gdpr', 'для покупателя из ЕС', 'for a buyer in the EU', 'Для покупателей из ЕС действует GDPR: ответить на запрос нужно в течение 30 дней.', 'GDPR applies to EU buyers: the request must be answered within 30 days.'),
    c('closed-store', 'closed-store', 'после закрытия магазина', 'after the store is closed', 'После закрытия магазина данные хранятся 90 дней, затем удаляются без возможности восстановления.', 'After a store is closed its data is kept for 90 days and then deleted for good.'),
  ],
  orderSource: [
    c('storefront', 'storefront', 'на витрине', 'on the storefront', 'Заказы с витрины помечаются значком корзины в списке заказов.', 'Storefront orders are marked with a cart icon in the order list.'),
    c('marketplace', 'marketplace', 'с маркетплейса', 'from a marketplace', 'Заказы с маркетплейсов меняются только на стороне площадки; у нас они обновятся при следующей синхронизации.', 'Marketplace orders are edited on the marketplace side; ours update at the next sync.'),
    c('phone-order', 'phone-order', 'по телефону', 'placed by phone', 'Заказ, принятый по телефону, менеджер создаёт вручную кнопкой «Новый заказ».', 'A phone order is created manually with the New order button.'),
    c('instagram', 'social', 'из соцсетей', 'from social media', 'Заказы из соцсетей попадают в панель через виджет «Купить в сообщениях».', 'Social media orders arrive through the Buy in messages widget.'),
    c('pos', 'pos', 'из офлайн-точки', 'from a retail point', 'Продажи офлайн-точки приходят из кассового приложения раз в 5 минут.', 'In-store sales arrive from the POS app every 5 minutes.'),
  ],
};

interface Situation {
  key: string;
  ru: string;
  en: string;
}

const SITUATIONS: Situation[] = [
  { key: 'after-plan-change', ru: 'после смены тарифа', en: 'after a plan change' },
  { key: 'after-update', ru: 'после обновления', en: 'after an update' },
  { key: 'new-store', ru: 'в новом магазине', en: 'in a new store' },
  { key: 'repeat', ru: 'при повторном обращении', en: 'on a repeat request' },
  { key: 'split-order', ru: 'для заказа из нескольких посылок', en: 'for a split order' },
  { key: 'holidays', ru: 'в праздничные дни', en: 'during public holidays' },
  { key: 'foreign-buyer', ru: 'для покупателя из другой страны', en: 'for an international buyer' },
  { key: 'bulk', ru: 'для нескольких заказов сразу', en: 'for several orders at once' },
  { key: 'weekend', ru: 'в выходные', en: 'at the weekend' },
  { key: 'migration', ru: 'после переезда с другой платформы', en: 'after migrating from another platform' },
  { key: 'wholesale', ru: 'для оптового покупателя', en: 'for a wholesale buyer' },
  { key: 'returning', ru: 'для постоянного покупателя', en: 'for a returning buyer' },
  { key: 'sale', ru: 'во время распродажи', en: 'during a sale' },
  { key: 'second-store', ru: 'во втором магазине', en: 'in a second store' },
];

const a = (key: string, ru: ActionText, en: ActionText, code?: CodeKind[]): ActionDef => (code ? { key, ru, en, code } : { key, ru, en });

const TOPICS: TopicDef[] = [
  {
    key: 'orders',
    tags: ['orders'],
    ctx: 'orderSource',
    owners: ['orders-team', 'support-l1', 'e.smirnova'],
    tables: ['report-fields'],
    code: [],
    ru: {
      label: 'Заказы',
      section: '«Заказы»',
      team: 'отдела сопровождения заказов',
      synonyms: ['заказ покупателя', 'оформленный заказ', 'карточка заказа'],
      facts: [
        'Статус заказа меняется автоматически, когда покупатель оплачивает его или служба доставки принимает посылку.',
        'История изменений хранится в карточке заказа на вкладке «События»: там видно, кто и когда менял заказ.',
        'Заказы можно отфильтровать по статусу, способу оплаты и дате, а список выгрузить в CSV.',
      ],
      timing: ['Изменения в заказе сохраняются сразу, письмо покупателю уходит в течение минуты.', 'Отменённые заказы хранятся в архиве 3 года.'],
      refusals: [
        ['Заказ уже передан в службу доставки, поэтому отменить его из панели не получится.', 'отметьте заказ как «Возврат» — когда посылка вернётся на склад, деньги уйдут покупателю автоматически.'],
        ['Заказы старше 180 дней редактировать нельзя: они уже попали в закрытый отчётный период.', 'создайте корректирующий заказ на разницу — мы поможем сделать это за 10 минут в чате.'],
      ],
      incidents: ['часть новых заказов не появлялась в списке, хотя покупатели их оформили', 'письма покупателям о смене статуса заказа уходили с задержкой до 40 минут'],
      proactive: [
        '15 марта с 02:00 до 04:00 (МСК) раздел «Заказы» будет работать только на чтение — обновляем базу данных.',
        'с 1 апреля в карточке заказа появится вкладка «Комментарии покупателя»; старые комментарии перенесём туда автоматически.',
      ],
    },
    en: {
      label: 'Orders',
      section: 'Orders',
      team: 'order operations team',
      synonyms: ['buyer order', 'placed order', 'order page'],
      facts: [
        'The order status changes automatically when the buyer pays or the carrier accepts the parcel.',
        'The Events tab on the order page keeps the full history: who changed the order and when.',
        'You can filter orders by status, payment method and date, and export the list to CSV.',
      ],
      timing: ['Order changes are saved instantly and the buyer email goes out within a minute.', 'Cancelled orders stay in the archive for 3 years.'],
      refusals: [
        ['The order has already been handed to the carrier, so it can no longer be cancelled from the dashboard.', 'mark it as Return: once the parcel is back in the warehouse, the buyer is refunded automatically.'],
        ['Orders older than 180 days are locked because they belong to a closed reporting period.', 'create a correcting order for the difference; we can walk you through it in chat in 10 minutes.'],
      ],
      incidents: ['some new orders did not appear in the list even though buyers had placed them', 'status-change emails to buyers were delayed by up to 40 minutes'],
      proactive: [
        'on 15 March from 02:00 to 04:00 UTC the Orders section will be read-only while we upgrade the database.',
        'from 1 April the order page gets a Buyer comments tab, and existing comments move there automatically.',
      ],
    },
    actions: [
      a(
        'cancel',
        {
          noun: 'отмена заказа',
          about: 'об отмене заказа',
          titles: ['Как отменить заказ', 'Отмена оплаченного заказа', 'Покупатель хочет отменить заказ'],
          answer: ['Да, заказ {{order.number}} можно отменить, пока он не передан в службу доставки.', 'После отмены товары вернутся на склад, а покупатель получит письмо об отмене.'],
          steps: ['Откройте «Заказы» и найдите заказ по номеру или телефону покупателя.', 'Нажмите «Отменить» и укажите причину — она попадёт в отчёт по отменам.', 'Если заказ был оплачен, отметьте «Вернуть деньги»: возврат оформится сразу.'],
        },
        {
          noun: 'order cancellation',
          about: 'about cancelling an order',
          titles: ['How to cancel an order', 'Cancelling a paid order', 'Buyer wants to cancel an order'],
          answer: ['Yes, you can cancel order {{order.number}} until it is handed over to the carrier.', 'Once it is cancelled, the items go back to stock and the buyer gets a cancellation email.'],
          steps: ['Open **Orders** and find the order by number or by the buyer’s phone.', 'Click **Cancel** and pick a reason; it goes into the cancellations report.', 'If the order was paid, tick **Refund payment** and the refund is created right away.'],
        },
      ),
      a(
        'edit',
        {
          noun: 'изменение заказа',
          about: 'об изменении состава заказа',
          titles: ['Как изменить состав заказа', 'Изменить адрес в оформленном заказе', 'Покупатель просит заменить товар в заказе'],
          answer: ['Состав и адрес заказа можно менять до статуса «Передан в доставку».', 'Если сумма заказа выросла, покупатель получит ссылку на доплату автоматически.'],
          steps: ['Откройте карточку заказа и нажмите «Редактировать».', 'Добавьте или удалите позиции, поправьте адрес доставки.', 'Сохраните изменения — покупатель получит письмо с обновлённым заказом.'],
        },
        {
          noun: 'order editing',
          about: 'about changing an order',
          titles: ['How to edit an order', 'Changing the address on a placed order', 'Buyer asks to swap an item in an order'],
          answer: ['You can change the items and the address until the order status is Shipped.', 'If the total goes up, the buyer automatically gets a link to pay the difference.'],
          steps: ['Open the order and click **Edit**.', 'Add or remove items and correct the delivery address.', 'Save your changes; the buyer receives an updated order email.'],
        },
      ),
      a(
        'status',
        {
          noun: 'статус заказа',
          about: 'о статусе заказа',
          titles: ['Заказ завис в статусе «Новый»', 'Почему не меняется статус заказа', 'Статус заказа не обновился после оплаты'],
          answer: ['Статус не меняется, если платёжная система не прислала нам уведомление об оплате.', 'Проверьте платёж в кабинете платёжной системы: если он прошёл, статус можно поменять вручную.'],
          steps: ['Найдите заказ {{order.number}} и откройте вкладку «События».', 'Сверьте время оплаты с выпиской платёжной системы.', 'Если оплата есть, выберите статус «Оплачен» вручную и сохраните заказ.'],
        },
        {
          noun: 'order status',
          about: 'about an order status',
          titles: ['Order stuck in New status', 'Why the order status is not changing', 'Order status did not update after payment'],
          answer: ['The status stays the same when the payment provider has not sent us a payment notification.', 'Check the payment in the provider’s dashboard: if it went through, you can set the status by hand.'],
          steps: ['Find order {{order.number}} and open the **Events** tab.', 'Compare the payment time with the provider’s statement.', 'If the payment is there, set the status to **Paid** and save the order.'],
        },
      ),
    ],
  },
  {
    key: 'delivery',
    tags: ['delivery', 'shipping'],
    ctx: 'carrier',
    owners: ['logistics', 'support-l1', 'i.kuznetsov'],
    tables: ['carriers'],
    code: [],
    ru: {
      label: 'Доставка',
      section: '«Настройки → Доставка»',
      team: 'отдела логистики',
      synonyms: ['отправка посылки', 'служба доставки', 'трек-номер'],
      facts: [
        'Стоимость доставки считается по весу и габаритам, которые указаны в карточке товара.',
        'Покупатель видит статусы доставки на странице заказа и получает письмо при каждом изменении.',
        'Для каждого склада можно задать свои службы доставки и время сборки.',
      ],
      timing: ['Трек-номер появляется в заказе в течение 2 часов после передачи посылки.', 'Запрос в службу доставки мы открываем в тот же день, ответ приходит за 1–3 рабочих дня.'],
      refusals: [
        ['Изменить адрес после передачи посылки перевозчику можно только через саму службу доставки.', 'пришлите номер заказа — мы оформим переадресацию у перевозчика от вашего имени в течение рабочего дня.'],
        ['Посылка считается утерянной только через 30 дней после последнего движения.', 'оформите покупателю повторную отправку сейчас, а претензию к перевозчику мы подадим за вас на 31-й день.'],
      ],
      incidents: ['расчёт стоимости доставки в корзине возвращал ошибку для части адресов', 'трек-номера от перевозчика не подтягивались в карточки заказов'],
      proactive: [
        'из-за праздников службы доставки принимают посылки до 28 декабря, а с 3 января работают в обычном режиме.',
        'с 10 июня тарифы СДЭК вырастут в среднем на 6 %; новые цены подтянутся в корзину автоматически.',
      ],
    },
    en: {
      label: 'Delivery',
      section: 'Settings → Delivery',
      team: 'logistics team',
      synonyms: ['shipping', 'carrier', 'tracking number'],
      facts: [
        'Shipping cost is calculated from the weight and dimensions on the product page.',
        'The buyer sees delivery statuses on the order page and gets an email at every change.',
        'Each warehouse can have its own carriers and packing time.',
      ],
      timing: ['The tracking number shows up on the order within 2 hours of hand-over.', 'We open a carrier claim the same day and usually hear back in 1–3 business days.'],
      refusals: [
        ['Once a parcel is with the carrier, the address can only be changed by the carrier itself.', 'send us the order number and we will request a redirect from the carrier on your behalf within one business day.'],
        ['A parcel counts as lost only 30 days after its last scan.', 'send the buyer a replacement now, and we will file the claim with the carrier for you on day 31.'],
      ],
      incidents: ['the shipping cost in the cart returned an error for some addresses', 'tracking numbers from carriers were not added to order pages'],
      proactive: [
        'carriers accept parcels until 28 December because of the holidays and return to normal hours on 3 January.',
        'from 10 June CDEK rates go up by 6 % on average; the cart picks up the new prices automatically.',
      ],
    },
    actions: [
      a(
        'track',
        {
          noun: 'отслеживание посылки',
          about: 'об отслеживании посылки',
          titles: ['Где найти трек-номер посылки', 'Трек-номер не появился в заказе', 'Как отследить доставку заказа'],
          answer: ['Трек-номер появляется в карточке заказа, как только служба доставки примет посылку.', 'Покупатель получает ссылку на отслеживание в письме «Заказ отправлен».'],
          steps: ['Откройте заказ {{order.number}} и перейдите на вкладку «Доставка».', 'Скопируйте трек-номер {{delivery.tracking_number}} или ссылку на отслеживание.', 'Если трек-номера нет, нажмите «Запросить у службы доставки».'],
        },
        {
          noun: 'parcel tracking',
          about: 'about tracking a parcel',
          titles: ['Where to find the tracking number', 'Tracking number missing from the order', 'How to track an order’s delivery'],
          answer: ['The tracking number appears on the order as soon as the carrier accepts the parcel.', 'The buyer gets the tracking link in the Order shipped email.'],
          steps: ['Open order {{order.number}} and go to the **Delivery** tab.', 'Copy tracking number {{delivery.tracking_number}} or the tracking link.', 'If there is no number yet, click **Request from carrier**.'],
        },
      ),
      a(
        'delay',
        {
          noun: 'задержка доставки',
          about: 'о задержке доставки',
          titles: ['Посылка задерживается', 'Заказ не доставили в срок', 'Что делать, если доставка опаздывает'],
          answer: ['Ожидаемая дата доставки заказа {{order.number}} — {{delivery.date}}.', 'Если посылка не двигалась 3 дня, мы откроем запрос в службу доставки от вашего имени.'],
          steps: ['Проверьте статус по трек-номеру {{delivery.tracking_number}} на сайте перевозчика.', 'Сравните дату последнего перемещения с нормативным сроком доставки.', 'Если срок превышен, пришлите нам номер заказа — запрос перевозчику мы откроем сами.'],
        },
        {
          noun: 'delivery delay',
          about: 'about a delayed delivery',
          titles: ['Parcel is delayed', 'Order not delivered on time', 'What to do when a delivery is late'],
          answer: ['The expected delivery date for order {{order.number}} is {{delivery.date}}.', 'If the parcel has not moved for 3 days, we open a claim with the carrier on your behalf.'],
          steps: ['Check the status of tracking number {{delivery.tracking_number}} on the carrier’s site.', 'Compare the last scan date with the standard delivery time.', 'If it is overdue, send us the order number and we will contact the carrier.'],
        },
      ),
      a(
        'setup',
        {
          noun: 'подключение службы доставки',
          about: 'о подключении службы доставки',
          titles: ['Как подключить службу доставки', 'Настройка тарифов доставки', 'Не рассчитывается стоимость доставки'],
          answer: ['Службу доставки подключают в настройках магазина: понадобится договор с перевозчиком и ключ доступа к его API.', 'После подключения стоимость доставки считается в корзине автоматически.'],
          steps: ['Откройте «Настройки → Доставка» и нажмите «Добавить способ».', 'Выберите перевозчика и вставьте ключ из его личного кабинета.', 'Укажите склад отправки и вес упаковки по умолчанию, затем сохраните.'],
        },
        {
          noun: 'carrier setup',
          about: 'about connecting a carrier',
          titles: ['How to connect a shipping carrier', 'Setting up delivery rates', 'Shipping cost is not calculated'],
          answer: ['You connect a carrier in the store settings; you need a contract with the carrier and its API key.', 'After that, the cart calculates shipping automatically.'],
          steps: ['Open **Settings → Delivery** and click **Add method**.', 'Choose the carrier and paste the key from its dashboard.', 'Set the dispatch warehouse and default parcel weight, then save.'],
        },
      ),
    ],
  },
  {
    key: 'refunds',
    tags: ['refunds', 'payments'],
    ctx: 'payment',
    owners: ['payments-team', 'support-l2', 'a.petrova'],
    tables: ['refund-times'],
    code: [],
    ru: {
      label: 'Возвраты',
      section: '«Заказы → Возвраты»',
      team: 'отдела платежей',
      synonyms: ['возврат денег', 'вернуть оплату', 'возврат средств'],
      facts: [
        'Возврат уходит тем же способом, которым покупатель платил: на ту же карту или тот же счёт.',
        'Частичных возвратов по одному заказу может быть сколько угодно, пока их сумма не превысит оплату.',
        'Комиссия платёжной системы за исходный платёж при возврате не возвращается.',
      ],
      timing: ['Мы передаём возврат в платёжную систему в течение часа после оформления.', 'Банк покупателя зачисляет деньги за 1–10 рабочих дней.'],
      refusals: [
        ['Платёж прошёл больше 180 дней назад, и банк уже не принимает возврат на эту карту.', 'переведите деньги на счёт покупателя по реквизитам — пришлите их нам, и мы подготовим платёжное поручение за 2 рабочих дня.'],
        ['Вернуть больше, чем покупатель оплатил, через платёжную систему не получится.', 'оформите разницу как бонус на следующий заказ: это делается в карточке покупателя за минуту.'],
      ],
      incidents: ['возвраты через ЮKassa зависали в статусе «В обработке»', 'часть возвратов оформилась дважды из-за повторного запроса к платёжной системе'],
      proactive: [
        'с 1 июля возвраты по СБП будут проходить мгновенно, а не за 1–2 дня, как сейчас.',
        '20 мая с 01:00 до 03:00 (МСК) возвраты через CloudPayments будут ставиться в очередь и уйдут сразу после работ.',
      ],
    },
    en: {
      label: 'Refunds',
      section: 'Orders → Refunds',
      team: 'payments team',
      synonyms: ['money back', 'refund payment', 'return funds'],
      facts: [
        'A refund goes back the way the buyer paid: to the same card or the same account.',
        'You can make as many partial refunds on an order as you need, up to the amount paid.',
        'The provider’s fee for the original payment is not returned with a refund.',
      ],
      timing: ['We pass the refund to the payment provider within an hour.', 'The buyer’s bank credits the money in 1–10 business days.'],
      refusals: [
        ['The payment is more than 180 days old, and the bank no longer accepts refunds to that card.', 'refund by bank transfer instead: send us the buyer’s account details and we will prepare the transfer within 2 business days.'],
        ['A refund through the provider cannot exceed what the buyer paid.', 'add the difference as store credit for the next order; it takes a minute on the buyer’s page.'],
      ],
      incidents: ['YooKassa refunds were stuck in Processing', 'some refunds were created twice because of a repeated request to the provider'],
      proactive: [
        'from 1 July SBP refunds will be instant instead of taking 1–2 days.',
        'on 20 May from 01:00 to 03:00 UTC CloudPayments refunds will be queued and sent right after the maintenance.',
      ],
    },
    actions: [
      a(
        'refund-buyer',
        {
          noun: 'возврат денег покупателю',
          about: 'о возврате денег покупателю',
          titles: ['Как вернуть деньги покупателю', 'Возврат оплаты за заказ', 'Покупателю не пришли деньги после возврата'],
          answer: ['Да, деньги можно вернуть полностью или частично прямо из карточки заказа.', 'Сумма {{refund.amount}} вернётся покупателю тем же способом, которым он платил.'],
          steps: ['Откройте заказ {{order.number}} и нажмите «Оформить возврат».', 'Укажите сумму и товары, которые вернулись на склад.', 'Подтвердите возврат — покупатель получит письмо с суммой и сроком зачисления.'],
        },
        {
          noun: 'buyer refund',
          about: 'about refunding a buyer',
          titles: ['How to refund a buyer', 'Refunding an order payment', 'Buyer has not received a refund'],
          answer: ['Yes, you can refund in full or in part straight from the order page.', 'The {{refund.amount}} goes back to the buyer the same way they paid.'],
          steps: ['Open order {{order.number}} and click **Create refund**.', 'Enter the amount and the items that came back to stock.', 'Confirm; the buyer gets an email with the amount and when to expect it.'],
        },
      ),
      a(
        'partial',
        {
          noun: 'частичный возврат',
          about: 'о частичном возврате',
          titles: ['Частичный возврат за один товар', 'Как вернуть часть суммы заказа', 'Вернуть стоимость доставки без товаров'],
          answer: ['Частичный возврат оформляется на любую сумму меньше оплаченной.', 'Стоимость доставки возвращается отдельной строкой, если отметить её в форме возврата.'],
          steps: ['В карточке заказа нажмите «Оформить возврат» и выберите «Частичный».', 'Отметьте товары или введите сумму вручную.', 'Проверьте итог и подтвердите — чек возврата сформируется автоматически.'],
        },
        {
          noun: 'partial refund',
          about: 'about a partial refund',
          titles: ['Partial refund for one item', 'How to refund part of an order', 'Refunding shipping without the items'],
          answer: ['A partial refund can be any amount below what was paid.', 'Shipping is refunded as a separate line if you tick it in the refund form.'],
          steps: ['On the order page click **Create refund** and choose **Partial**.', 'Tick the items or type the amount.', 'Check the total and confirm; the refund receipt is created automatically.'],
        },
      ),
      a(
        'timing',
        {
          noun: 'срок возврата',
          about: 'о сроках возврата',
          titles: ['Когда деньги вернутся на карту', 'Сколько идёт возврат', 'Возврат завис в статусе «В обработке»'],
          answer: ['Деньги поступают на карту покупателя за 1–10 рабочих дней: срок зависит от его банка.', 'Со своей стороны мы отправляем возврат в платёжную систему в течение часа после оформления.'],
          steps: ['Откройте возврат в заказе {{order.number}} и проверьте его статус.', 'Если статус «Выполнен», передайте покупателю номер операции из карточки возврата.', 'С этим номером банк покупателя найдёт платёж за один звонок.'],
        },
        {
          noun: 'refund timing',
          about: 'about refund timing',
          titles: ['When will the refund reach the card', 'How long a refund takes', 'Refund stuck in Processing'],
          answer: ['The money reaches the buyer’s card in 1–10 business days, depending on their bank.', 'On our side, we send the refund to the provider within an hour.'],
          steps: ['Open the refund on order {{order.number}} and check its status.', 'If it says Completed, give the buyer the operation number from the refund page.', 'With that number the buyer’s bank can trace the payment in one call.'],
        },
      ),
    ],
  },
  {
    key: 'payments',
    tags: ['payments', 'checkout'],
    ctx: 'payment',
    owners: ['payments-team', 'support-l2', 'd.volkov'],
    tables: ['refund-times'],
    code: [],
    ru: {
      label: 'Приём платежей',
      section: '«Настройки → Оплата»',
      team: 'отдела платежей',
      synonyms: ['онлайн-оплата', 'платёжный модуль', 'эквайринг'],
      facts: [
        'Одновременно можно подключить несколько платёжных систем и показывать покупателю выбор.',
        'Деньги за заказы поступают на ваш расчётный счёт напрямую от платёжной системы.',
        'Тестовый режим позволяет проверить оплату без списания денег.',
      ],
      timing: ['Платёжная система проверяет магазин за 1–3 рабочих дня.', 'Зачисление на расчётный счёт — на следующий рабочий день после оплаты.'],
      refusals: [
        ['Принимать оплату на личную карту владельца магазина по правилам платёжных систем нельзя.', 'подключите СБП для самозанятых: это займёт около 15 минут, и покупатели смогут платить по QR-коду.'],
        ['Ставку комиссии устанавливает платёжная система по договору с вами.', 'на тарифе «Бизнес» действует сниженная ставка партнёра — можем подключить её в течение дня.'],
      ],
      incidents: ['часть платежей картой завершалась ошибкой на странице оплаты', 'уведомления об оплате приходили к нам с опозданием, и заказы оставались в статусе «Новый»'],
      proactive: [
        'с 1 сентября платёжные системы требуют передавать email или телефон покупателя в каждом платеже — поле станет обязательным в корзине.',
        '12 октября с 03:00 до 03:30 (МСК) оплата через Stripe будет недоступна из-за работ на стороне провайдера.',
      ],
    },
    en: {
      label: 'Payments',
      section: 'Settings → Payments',
      team: 'payments team',
      synonyms: ['online payments', 'payment gateway', 'card acquiring'],
      facts: [
        'You can connect several payment providers at once and let the buyer choose.',
        'Order money goes to your bank account directly from the provider.',
        'Test mode lets you check the payment flow without charging anyone.',
      ],
      timing: ['The provider reviews a new store in 1–3 business days.', 'Payouts reach your bank account the next business day.'],
      refusals: [
        ['Payment provider rules forbid taking payments to the owner’s personal card.', 'connect SBP for self-employed sellers; it takes about 15 minutes and buyers can pay by QR code.'],
        ['The fee rate is set by the payment provider under your contract with them.', 'the Business plan includes a partner rate, and we can switch you to it within a day.'],
      ],
      incidents: ['some card payments failed on the payment page', 'payment notifications reached us late, so orders stayed in New status'],
      proactive: [
        'from 1 September providers require the buyer’s email or phone with every payment, so the field becomes mandatory at checkout.',
        'on 12 October from 03:00 to 03:30 UTC Stripe payments will be unavailable due to provider maintenance.',
      ],
    },
    actions: [
      a(
        'connect',
        {
          noun: 'подключение онлайн-оплаты',
          about: 'о подключении онлайн-оплаты',
          titles: ['Как подключить онлайн-оплату', 'Подключение платёжной системы к магазину', 'Не проходит проверка платёжного модуля'],
          answer: ['Подключить оплату можно в разделе «Настройки → Оплата»: нужен договор с платёжной системой и ключи из её кабинета.', 'После проверки магазина платёжной системой кнопка оплаты появится в корзине.'],
          steps: ['Откройте «Настройки → Оплата» и выберите платёжную систему.', 'Вставьте идентификатор магазина и секретный ключ из кабинета платёжной системы.', 'Сделайте тестовый платёж в режиме «Тест» и включите приём оплаты.'],
        },
        {
          noun: 'payment setup',
          about: 'about connecting online payments',
          titles: ['How to accept online payments', 'Connecting a payment provider to the store', 'Payment module fails verification'],
          answer: ['Connect payments under **Settings → Payments**; you need a contract with the provider and the keys from its dashboard.', 'Once the provider approves the store, the pay button appears in the cart.'],
          steps: ['Open **Settings → Payments** and choose the provider.', 'Paste the shop ID and the secret key from the provider’s dashboard.', 'Make a test payment in **Test** mode, then switch payments on.'],
        },
      ),
      a(
        'declined',
        {
          noun: 'отклонённый платёж',
          about: 'об отклонённом платеже',
          titles: ['Платёж покупателя отклонён', 'Почему не проходит оплата картой', 'Ошибка оплаты при оформлении заказа'],
          answer: ['Платёж чаще всего отклоняет банк покупателя: из-за лимита, 3-D Secure или подозрения на мошенничество.', 'Код отказа виден в карточке заказа {{order.number}} на вкладке «Оплата».'],
          steps: ['Откройте заказ и посмотрите код отказа на вкладке «Оплата».', 'Если код начинается с 05 или 51, предложите покупателю другую карту или СБП.', 'Если отказов много подряд, пришлите нам номера заказов — проверим настройки модуля.'],
        },
        {
          noun: 'declined payment',
          about: 'about a declined payment',
          titles: ['Buyer’s payment declined', 'Why card payments fail', 'Payment error at checkout'],
          answer: ['Most declines come from the buyer’s bank: a limit, 3-D Secure or a fraud check.', 'The decline code is on order {{order.number}} under the **Payment** tab.'],
          steps: ['Open the order and find the decline code under **Payment**.', 'For codes starting with 05 or 51, suggest another card or SBP.', 'If declines keep coming, send us the order numbers and we will check the module settings.'],
        },
      ),
      a(
        'fees',
        {
          noun: 'комиссия за платежи',
          about: 'о комиссии за платежи',
          titles: ['Какая комиссия за приём платежей', 'Комиссия платёжной системы в отчёте', 'Почему зачислено меньше суммы заказа'],
          answer: ['Комиссию удерживает платёжная система: ставка указана в вашем договоре с ней.', 'Витринка не берёт процент с оборота — вы платите только за тариф.'],
          steps: ['Откройте отчёт «Платежи» за нужный период.', 'Сравните колонку «Сумма» с колонкой «Зачислено»: разница и есть комиссия.', 'Выгрузите отчёт в Excel для бухгалтерии, если нужно.'],
        },
        {
          noun: 'payment fees',
          about: 'about payment fees',
          titles: ['What are the payment processing fees', 'Provider fee in the payments report', 'Why the payout is less than the order total'],
          answer: ['The fee is charged by the payment provider at the rate in your contract with them.', 'Vitrinka takes no cut of your sales; you pay only for the plan.'],
          steps: ['Open the **Payments** report for the period.', 'Compare the Amount and Paid out columns; the difference is the fee.', 'Export the report to Excel for your accountant if needed.'],
        },
      ),
    ],
  },
  {
    key: 'billing',
    tags: ['billing', 'subscription'],
    ctx: 'plan',
    owners: ['billing-team', 'support-l2', 'o.morozova'],
    tables: ['plans'],
    code: [],
    ru: {
      label: 'Тарифы и оплата',
      section: '«Настройки → Тариф»',
      team: 'отдела биллинга',
      synonyms: ['подписка', 'оплата тарифа', 'счёт на оплату'],
      facts: [
        'Тариф оплачивается на месяц или на год вперёд; при оплате за год действует скидка 20 %.',
        'При переходе на тариф дороже доплата считается по дням до конца оплаченного периода.',
        'Закрывающие документы формируются в первый рабочий день месяца и доступны в разделе «Документы».',
      ],
      timing: ['Новый тариф включается сразу после оплаты.', 'Оплата по счёту зачисляется за 1–2 рабочих дня.'],
      refusals: [
        ['Деньги за неиспользованные месяцы годового тарифа возвращаются только в первые 14 дней после оплаты.', 'перенесём остаток на другой ваш магазин или заморозим подписку на срок до 3 месяцев — скажите, что удобнее.'],
        ['Понизить тариф в середине периода нельзя, если товаров в магазине больше лимита нового тарифа.', 'скройте лишние товары в архив — это делается массово за пару минут, и смена тарифа станет доступна.'],
      ],
      incidents: ['автопродление подписки списывало оплату дважды у части магазинов', 'в разделе «Документы» не формировались акты за прошлый месяц'],
      proactive: [
        'с 1 февраля цены на тариф «Бизнес» вырастут на 10 %; если оплатите год до 31 января, цена сохранится на весь срок.',
        'карта для автопродления истекает в этом месяце — обновите её до {{subscription.renewal_date}}, чтобы магазин работал без перерыва.',
      ],
    },
    en: {
      label: 'Plans and billing',
      section: 'Settings → Plan',
      team: 'billing team',
      synonyms: ['subscription', 'plan payment', 'invoice'],
      facts: [
        'Plans are paid monthly or yearly in advance; yearly billing saves 20 %.',
        'When you upgrade, the extra charge is prorated by day to the end of the paid period.',
        'Closing documents are issued on the first business day of the month under **Documents**.',
      ],
      timing: ['A new plan turns on right after payment.', 'Invoice payments are credited in 1–2 business days.'],
      refusals: [
        ['Unused months of an annual plan are refundable only within 14 days of payment.', 'we can move the balance to another store of yours or pause the subscription for up to 3 months; tell us which suits you.'],
        ['A mid-period downgrade is blocked while the store has more products than the new plan allows.', 'archive the extra products in bulk, which takes a couple of minutes, and the downgrade becomes available.'],
      ],
      incidents: ['auto-renewal charged some stores twice', 'last month’s statements were not generated under Documents'],
      proactive: [
        'from 1 February the Business plan price goes up by 10 %; pay for a year before 31 January to keep the current price.',
        'the card used for auto-renewal expires this month; update it before {{subscription.renewal_date}} so the store keeps running.',
      ],
    },
    actions: [
      a(
        'change-plan',
        {
          noun: 'смена тарифа',
          about: 'о смене тарифа',
          titles: ['Как сменить тариф', 'Переход на другой тариф в середине периода', 'Перерасчёт при смене тарифа'],
          answer: ['Тариф можно сменить в любой момент в разделе «Настройки → Тариф».', 'Сейчас у вас тариф {{subscription.plan}}; при переходе на тариф дороже доплата посчитается по дням.'],
          steps: ['Откройте «Настройки → Тариф» и нажмите «Сменить тариф».', 'Выберите новый тариф и период оплаты — система покажет сумму доплаты.', 'Оплатите картой или скачайте счёт для оплаты с расчётного счёта.'],
        },
        {
          noun: 'plan change',
          about: 'about changing your plan',
          titles: ['How to change your plan', 'Switching plans mid-period', 'Proration when changing plans'],
          answer: ['You can change your plan at any time under **Settings → Plan**.', 'You are on the {{subscription.plan}} plan now; an upgrade is prorated by day.'],
          steps: ['Open **Settings → Plan** and click **Change plan**.', 'Choose the new plan and billing period; the extra charge is shown right away.', 'Pay by card or download an invoice for a bank transfer.'],
        },
      ),
      a(
        'renewal',
        {
          noun: 'продление подписки',
          about: 'о продлении подписки',
          titles: ['Подписка не продлилась', 'Как работает автопродление подписки', 'Как отключить автоматическое продление'],
          answer: ['Подписка продлевается автоматически {{subscription.renewal_date}}, если к аккаунту привязана карта.', 'Если списание не прошло, у вас есть 7 дней, чтобы оплатить тариф, — магазин всё это время работает.'],
          steps: ['Откройте «Настройки → Тариф» и проверьте привязанную карту.', 'Если срок карты истёк, нажмите «Заменить карту».', 'Чтобы отключить автопродление, снимите флажок «Продлевать автоматически».'],
        },
        {
          noun: 'subscription renewal',
          about: 'about renewing your subscription',
          titles: ['Subscription did not renew', 'How auto-renewal works', 'How to turn off auto-renewal'],
          answer: ['Your subscription renews automatically on {{subscription.renewal_date}} if a card is linked to the account.', 'If the charge fails, you have 7 days to pay and the store keeps working meanwhile.'],
          steps: ['Open **Settings → Plan** and check the linked card.', 'If the card has expired, click **Replace card**.', 'To stop auto-renewal, untick **Renew automatically**.'],
        },
      ),
      a(
        'invoice',
        {
          noun: 'счёт на оплату',
          about: 'о счёте на оплату',
          titles: ['Как получить счёт для оплаты по безналу', 'Счёт на оплату тарифа для юрлица', 'Где скачать закрывающие документы'],
          answer: ['Счёт {{invoice.number}} можно скачать в разделе «Настройки → Документы».', 'Акты и счета-фактуры за прошлый месяц появляются там же в первый рабочий день месяца.'],
          steps: ['Откройте «Настройки → Документы» и выберите «Счета».', 'Проверьте реквизиты компании — они попадут в счёт и акт.', 'Скачайте счёт в PDF или отправьте его бухгалтеру по email прямо из панели.'],
        },
        {
          noun: 'invoice',
          about: 'about an invoice',
          titles: ['How to get an invoice for bank transfer', 'Plan invoice for a company', 'Where to download monthly statements'],
          answer: ['Invoice {{invoice.number}} is available under **Settings → Documents**.', 'Statements for the previous month appear there on the first business day of the month.'],
          steps: ['Open **Settings → Documents** and choose **Invoices**.', 'Check your company details; they go onto the invoice and statement.', 'Download the PDF or email it to your accountant from the dashboard.'],
        },
      ),
    ],
  },
  {
    key: 'receipts',
    tags: ['receipts', 'fiscal'],
    ctx: 'payment',
    owners: ['payments-team', 'compliance', 'n.sokolova'],
    tables: ['receipt-statuses'],
    code: [],
    ru: {
      label: 'Чеки',
      section: '«Настройки → Онлайн-касса»',
      team: 'отдела платежей',
      synonyms: ['кассовый чек', 'онлайн-касса', 'фискальный чек'],
      facts: [
        'Чек формируется автоматически при каждой оплате и возврате, если подключена онлайн-касса.',
        'Покупатель получает чек на email или по SMS — в зависимости от того, что он указал в заказе.',
        'Все чеки хранятся в разделе «Онлайн-касса → Чеки» и доступны для выгрузки.',
      ],
      timing: ['Чек уходит в ОФД в течение 5 минут после оплаты.', 'Если касса была недоступна, чеки отправятся автоматически в течение суток после восстановления связи.'],
      refusals: [
        ['Исправить уже отправленный в ОФД чек нельзя: так устроена фискализация.', 'сформируйте чек коррекции — в карточке заказа есть кнопка «Чек коррекции», а мы проверим его перед отправкой в течение часа.'],
        ['Касса, зарегистрированная на другое юрлицо, не может пробивать чеки вашего магазина.', 'подключите облачную кассу нашего партнёра: регистрация в ФНС займёт 2–3 рабочих дня, поможем с заявлением.'],
      ],
      incidents: ['чеки не передавались в ОФД, и покупатели не получали их на почту', 'в чеках возврата указывалась неверная ставка НДС'],
      proactive: [
        'с 1 сентября в чеках нужно указывать код маркировки для обуви и одежды — включите поле «Маркировка» в карточках товаров до этой даты.',
        'срок действия фискального накопителя вашей кассы истекает через 30 дней; заменить его можно через партнёра без остановки продаж.',
      ],
    },
    en: {
      label: 'Receipts',
      section: 'Settings → Fiscal receipts',
      team: 'payments team',
      synonyms: ['sales receipt', 'cloud cash register', 'fiscal receipt'],
      facts: [
        'A receipt is issued automatically for every payment and refund once a cloud cash register is connected.',
        'The buyer gets the receipt by email or text, depending on what they entered at checkout.',
        'All receipts are listed under **Fiscal receipts → Receipts** and can be exported.',
      ],
      timing: ['A receipt reaches the fiscal data operator within 5 minutes of payment.', 'If the register was offline, queued receipts go out automatically within 24 hours.'],
      refusals: [
        ['A receipt already sent to the fiscal data operator cannot be edited; that is how fiscal reporting works.', 'issue a correction receipt with the button on the order page, and we will check it before it goes out within an hour.'],
        ['A register registered to another legal entity cannot issue receipts for your store.', 'connect our partner’s cloud register; tax office registration takes 2–3 business days and we will help with the form.'],
      ],
      incidents: ['receipts were not sent to the fiscal data operator, so buyers did not get them by email', 'refund receipts showed the wrong VAT rate'],
      proactive: [
        'from 1 September receipts for shoes and clothing must carry a marking code; turn on the Marking field in product pages before then.',
        'the fiscal drive in your register expires in 30 days; our partner can replace it without stopping sales.',
      ],
    },
    actions: [
      a(
        'not-sent',
        {
          noun: 'отправка чека',
          about: 'об отправке чека',
          titles: ['Покупателю не пришёл чек', 'Чек не отправляется на почту', 'Где найти чек по заказу'],
          answer: ['Чек по заказу {{order.number}} можно найти в разделе «Онлайн-касса → Чеки» по номеру заказа.', 'Если чек там есть, его можно отправить покупателю повторно одной кнопкой.'],
          steps: ['Откройте «Онлайн-касса → Чеки» и найдите чек по номеру заказа.', 'Проверьте статус: «Отправлен в ОФД» значит, что чек сформирован.', 'Нажмите «Отправить повторно» и укажите email покупателя.'],
        },
        {
          noun: 'receipt delivery',
          about: 'about a missing receipt',
          titles: ['Buyer did not get a receipt', 'Receipt email is not sent', 'Where to find the receipt for an order'],
          answer: ['The receipt for order {{order.number}} is under **Fiscal receipts → Receipts**; search by order number.', 'If it is there, you can resend it to the buyer with one click.'],
          steps: ['Open **Fiscal receipts → Receipts** and search by order number.', 'Check the status: Sent to operator means the receipt exists.', 'Click **Resend** and enter the buyer’s email.'],
        },
      ),
      a(
        'register',
        {
          noun: 'подключение онлайн-кассы',
          about: 'о подключении онлайн-кассы',
          titles: ['Как подключить онлайн-кассу', 'Настройка кассы для чеков по 54-ФЗ', 'Касса не передаёт чеки в ОФД'],
          answer: ['Онлайн-касса подключается в разделе «Настройки → Онлайн-касса»: выберите партнёра и введите данные кассы.', 'После подключения чеки будут формироваться для каждой оплаты и каждого возврата.'],
          steps: ['Зарегистрируйте кассу в ФНС через кабинет партнёра.', 'В «Настройки → Онлайн-касса» введите ИНН, регистрационный номер кассы и ключ доступа.', 'Сделайте тестовую оплату и проверьте, что чек получил статус «Отправлен в ОФД».'],
        },
        {
          noun: 'cash register setup',
          about: 'about connecting a cloud cash register',
          titles: ['How to connect a cloud cash register', 'Setting up fiscal receipts', 'Register does not send receipts to the operator'],
          answer: ['You connect the register under **Settings → Fiscal receipts**: pick a partner and enter the register details.', 'After that, every payment and refund gets its own receipt.'],
          steps: ['Register the cash register with the tax office through the partner’s dashboard.', 'Under **Settings → Fiscal receipts** enter the tax ID, the register number and the access key.', 'Make a test payment and check that the receipt shows Sent to operator.'],
        },
      ),
      a(
        'refund-receipt',
        {
          noun: 'чек возврата',
          about: 'о чеке возврата',
          titles: ['Чек возврата не сформировался', 'Как пробить чек возврата', 'Чек при частичном возврате'],
          answer: ['Чек возврата формируется автоматически, когда вы оформляете возврат в карточке заказа.', 'При частичном возврате в чек попадают только отмеченные товары и сумма {{refund.amount}}.'],
          steps: ['Откройте заказ {{order.number}} и перейдите на вкладку «Чеки».', 'Если чека возврата нет, нажмите «Сформировать чек возврата».', 'Проверьте позиции и ставку НДС, затем отправьте чек.'],
        },
        {
          noun: 'refund receipt',
          about: 'about a refund receipt',
          titles: ['Refund receipt was not created', 'How to issue a refund receipt', 'Receipt for a partial refund'],
          answer: ['A refund receipt is created automatically when you make a refund on the order page.', 'For a partial refund it lists only the ticked items and the amount of {{refund.amount}}.'],
          steps: ['Open order {{order.number}} and go to the **Receipts** tab.', 'If there is no refund receipt, click **Create refund receipt**.', 'Check the items and the VAT rate, then send it.'],
        },
      ),
    ],
  },
  {
    key: 'password',
    tags: ['password', 'login', 'security'],
    ctx: 'platform',
    owners: ['security', 'support-l1', 'p.orlov'],
    tables: [],
    code: [],
    ru: {
      label: 'Вход и пароль',
      section: '«Профиль → Безопасность»',
      team: 'службы безопасности',
      synonyms: ['забыл пароль', 'сброс пароля', 'вход в панель'],
      facts: [
        'Пароль должен быть не короче 10 символов; старые пароли повторно использовать нельзя.',
        'Ссылка для сброса пароля действует 2 часа и срабатывает один раз.',
        'После смены пароля все остальные сеансы завершаются автоматически.',
      ],
      timing: ['Письмо со ссылкой для сброса приходит в течение 5 минут.', 'Блокировка входа снимается сама через 30 минут.'],
      refusals: [
        ['Пароль сбрасывается только через почту владельца: иначе кто угодно смог бы войти в ваш магазин.', 'восстановите доступ через email владельца — если почта недоступна, пришлите скан паспорта и договора, проверим за 1 рабочий день.'],
        ['Пароль сотрудника видит только сам сотрудник, владелец его узнать не может.', 'отправьте сотруднику ссылку для сброса из раздела «Сотрудники» — она придёт ему на почту за пару минут.'],
      ],
      incidents: ['письма для сброса пароля не доходили до пользователей с почтой на Mail.ru', 'часть пользователей выкидывало из панели каждые несколько минут'],
      proactive: [
        'с 1 марта пароли короче 10 символов перестанут приниматься: при следующем входе система попросит придумать новый.',
        'мы заметили вход в ваш аккаунт из нового города; если это были не вы, смените пароль по ссылке из этого письма в течение часа.',
      ],
    },
    en: {
      label: 'Sign-in and password',
      section: 'Profile → Security',
      team: 'security team',
      synonyms: ['forgot password', 'password reset', 'dashboard sign-in'],
      facts: [
        'A password must be at least 10 characters long, and old passwords cannot be reused.',
        'A reset link works for 2 hours and only once.',
        'Changing the password signs out every other session automatically.',
      ],
      timing: ['The reset email arrives within 5 minutes.', 'A sign-in lock lifts by itself after 30 minutes.'],
      refusals: [
        ['A password is reset only through the owner’s email; otherwise anyone could get into your store.', 'recover access through the owner’s email; if that mailbox is gone, send us your ID and contract and we will verify you within 1 business day.'],
        ['Only the staff member knows their password; the owner cannot see it.', 'send them a reset link from the Staff section and it will reach their inbox in a couple of minutes.'],
      ],
      incidents: ['password reset emails did not reach users with Outlook addresses', 'some users were signed out every few minutes'],
      proactive: [
        'from 1 March passwords shorter than 10 characters will be rejected, and you will be asked for a new one at the next sign-in.',
        'we noticed a sign-in to your account from a new city; if it was not you, change your password from the link in this email within the hour.',
      ],
    },
    actions: [
      a(
        'reset',
        {
          noun: 'восстановление пароля',
          about: 'о восстановлении пароля',
          titles: ['Как восстановить пароль', 'Не приходит письмо для сброса пароля', 'Забыли пароль от панели магазина'],
          answer: ['Пароль восстанавливается по ссылке «Забыли пароль?» на странице входа.', 'Письмо придёт на {{customer.email}}; если его нет, проверьте папку «Спам».'],
          steps: ['На странице входа нажмите «Забыли пароль?».', 'Введите email, на который зарегистрирован магазин.', 'Откройте письмо и задайте новый пароль по ссылке — она действует 2 часа.'],
        },
        {
          noun: 'password reset',
          about: 'about resetting your password',
          titles: ['How to reset your password', 'Password reset email not arriving', 'Forgot the store dashboard password'],
          answer: ['You can reset the password with the **Forgot password?** link on the sign-in page.', 'The email goes to {{customer.email}}; if it is not there, check the spam folder.'],
          steps: ['On the sign-in page click **Forgot password?**.', 'Enter the email the store is registered with.', 'Open the email and set a new password; the link works for 2 hours.'],
        },
      ),
      a(
        'change',
        {
          noun: 'смена пароля',
          about: 'о смене пароля',
          titles: ['Как сменить пароль', 'Смена пароля сотрудника', 'Требования к новому паролю'],
          answer: ['Пароль меняется в разделе «Профиль → Безопасность».', 'Новый пароль должен быть не короче 10 символов и не совпадать с тремя предыдущими.'],
          steps: ['Откройте «Профиль → Безопасность» и нажмите «Сменить пароль».', 'Введите текущий пароль и дважды новый.', 'Сохраните — остальные сеансы завершатся автоматически.'],
        },
        {
          noun: 'password change',
          about: 'about changing your password',
          titles: ['How to change your password', 'Changing a staff member’s password', 'New password requirements'],
          answer: ['You change the password under **Profile → Security**.', 'The new password needs at least 10 characters and must differ from the last three.'],
          steps: ['Open **Profile → Security** and click **Change password**.', 'Enter the current password and the new one twice.', 'Save; all other sessions sign out automatically.'],
        },
      ),
      a(
        'locked',
        {
          noun: 'блокировка входа',
          about: 'о блокировке входа',
          titles: ['Аккаунт заблокирован после неверных паролей', 'Не получается войти в панель магазина', 'Вход заблокирован на 30 минут'],
          answer: ['После пяти неверных паролей подряд вход блокируется на 30 минут.', 'Через 30 минут войти можно снова, а если пароль забыт, его лучше сразу сбросить.'],
          steps: ['Подождите 30 минут с момента последней попытки.', 'Если пароль не помните, нажмите «Забыли пароль?» — блокировка на сброс не влияет.', 'Если блокировка повторяется без ваших попыток, напишите нам: проверим журнал входов.'],
        },
        {
          noun: 'sign-in lock',
          about: 'about a locked sign-in',
          titles: ['Account locked after wrong passwords', 'Cannot sign in to the store dashboard', 'Sign-in blocked for 30 minutes'],
          answer: ['After five wrong passwords in a row, sign-in is blocked for 30 minutes.', 'After 30 minutes you can try again, and if you have forgotten the password, reset it right away.'],
          steps: ['Wait 30 minutes from the last attempt.', 'If you do not remember the password, click **Forgot password?**; the lock does not affect resets.', 'If the lock keeps coming back without your attempts, write to us and we will check the sign-in log.'],
        },
      ),
    ],
  },
  {
    key: 'two-factor',
    tags: ['2fa', 'security'],
    ctx: 'platform',
    owners: ['security', 'p.orlov'],
    tables: [],
    code: [],
    ru: {
      label: 'Двухфакторная защита',
      section: '«Профиль → Безопасность»',
      team: 'службы безопасности',
      synonyms: ['2FA', 'код подтверждения', 'двухэтапная проверка'],
      facts: [
        'Коды для входа можно получать в приложении-аутентификаторе или по SMS.',
        'При включении защиты выдаются 10 резервных кодов — каждый срабатывает один раз.',
        'Владелец может обязать всех сотрудников включить двухфакторную защиту.',
      ],
      timing: ['Код из приложения обновляется каждые 30 секунд.', 'SMS с кодом приходит в течение минуты.'],
      refusals: [
        ['Двухфакторная защита отключается только после подтверждения личности.', 'пришлите фото документа и номер последнего заказа — после проверки в течение рабочего дня отключим защиту и пришлём инструкцию.'],
        ['SMS-коды на зарубежные номера мы не отправляем.', 'подключите приложение-аутентификатор: оно работает в любой стране и без связи.'],
      ],
      incidents: ['SMS с кодами подтверждения доходили с задержкой до 10 минут', 'коды из приложения-аутентификатора отклонялись у части пользователей'],
      proactive: [
        'с 15 апреля двухфакторная защита станет обязательной для владельцев магазинов; включите её заранее, чтобы вход не прервался.',
        'у вас осталось 2 резервных кода из 10 — сгенерируйте новый набор в разделе «Профиль → Безопасность».',
      ],
    },
    en: {
      label: 'Two-factor authentication',
      section: 'Profile → Security',
      team: 'security team',
      synonyms: ['2FA', 'verification code', 'two-step verification'],
      facts: [
        'Sign-in codes can come from an authenticator app or by text message.',
        'Turning 2FA on gives you 10 backup codes, each usable once.',
        'The owner can require every staff member to use 2FA.',
      ],
      timing: ['An authenticator code changes every 30 seconds.', 'A text with the code arrives within a minute.'],
      refusals: [
        ['2FA is turned off only after we confirm who you are.', 'send a photo of your ID and the number of your latest order; once we verify it within one business day, we will turn 2FA off and send instructions.'],
        ['We do not send SMS codes to numbers outside Russia.', 'use an authenticator app instead; it works in any country and offline.'],
      ],
      incidents: ['SMS verification codes were delayed by up to 10 minutes', 'authenticator codes were rejected for some users'],
      proactive: [
        'from 15 April 2FA becomes mandatory for store owners; turn it on now so your sign-in is not interrupted.',
        'you have 2 of 10 backup codes left; generate a new set under **Profile → Security**.',
      ],
    },
    actions: [
      a(
        'enable',
        {
          noun: 'включение двухфакторной защиты',
          about: 'о двухфакторной защите',
          titles: ['Как включить двухфакторную аутентификацию', 'Вход по коду из приложения', 'Включить 2FA для всех сотрудников'],
          answer: ['Двухфакторная защита включается в разделе «Профиль → Безопасность» за пару минут.', 'После включения при входе понадобится пароль и код из приложения или SMS.'],
          steps: ['Откройте «Профиль → Безопасность» и нажмите «Включить 2FA».', 'Отсканируйте QR-код в приложении-аутентификаторе и введите код из него.', 'Сохраните резервные коды в надёжном месте.'],
        },
        {
          noun: 'turning on 2FA',
          about: 'about two-factor authentication',
          titles: ['How to turn on two-factor authentication', 'Signing in with an authenticator code', 'Require 2FA for all staff'],
          answer: ['You can turn on 2FA under **Profile → Security** in a couple of minutes.', 'After that, sign-in asks for your password and a code from the app or a text.'],
          steps: ['Open **Profile → Security** and click **Turn on 2FA**.', 'Scan the QR code with an authenticator app and enter the code it shows.', 'Store the backup codes somewhere safe.'],
        },
      ),
      a(
        'no-code',
        {
          noun: 'код подтверждения',
          about: 'о коде подтверждения',
          titles: ['Не приходит код подтверждения', 'Код из SMS не подходит', 'Код подтверждения устарел'],
          answer: ['Код приходит на номер, который указан в профиле, и действует 5 минут.', 'Если код не подходит, проверьте время на телефоне: при расхождении больше минуты коды из приложения не принимаются.'],
          steps: ['Убедитесь, что вводите последний полученный код.', 'Включите автоматическую установку времени в настройках телефона.', 'Если кода нет 5 минут, войдите с резервным кодом и проверьте номер в профиле.'],
        },
        {
          noun: 'verification code',
          about: 'about a verification code',
          titles: ['Verification code not arriving', 'SMS code is not accepted', 'Verification code expired'],
          answer: ['The code goes to the phone number in your profile and is valid for 5 minutes.', 'If the code is rejected, check your phone’s clock: app codes fail when it is off by more than a minute.'],
          steps: ['Make sure you enter the latest code you received.', 'Turn on automatic time in your phone settings.', 'If no code comes within 5 minutes, sign in with a backup code and check the number in your profile.'],
        },
      ),
      a(
        'lost-device',
        {
          noun: 'потеря телефона с кодами',
          about: 'о потерянном телефоне с кодами',
          titles: ['Потерян телефон с приложением для кодов', 'Вход без кода двухфакторной защиты', 'Резервные коды для входа'],
          answer: ['Если телефон потерян, войдите с одним из резервных кодов, которые вы сохранили при включении защиты.', 'После входа привяжите новый телефон и сгенерируйте новые резервные коды.'],
          steps: ['На шаге ввода кода нажмите «Использовать резервный код».', 'После входа откройте «Профиль → Безопасность» и нажмите «Сменить устройство».', 'Сгенерируйте новые резервные коды — старые перестанут работать.'],
        },
        {
          noun: 'lost 2FA device',
          about: 'about a lost 2FA phone',
          titles: ['Lost the phone with the authenticator app', 'Signing in without a 2FA code', 'Backup codes for sign-in'],
          answer: ['If the phone is lost, sign in with one of the backup codes you saved when turning on 2FA.', 'Then link the new phone and generate new backup codes.'],
          steps: ['At the code step, click **Use a backup code**.', 'After signing in, open **Profile → Security** and click **Change device**.', 'Generate new backup codes; the old ones stop working.'],
        },
      ),
    ],
  },
  {
    key: 'account',
    tags: ['account', 'staff'],
    ctx: 'role',
    owners: ['accounts-team', 'support-l1', 'e.smirnova'],
    tables: [],
    code: [],
    ru: {
      label: 'Аккаунт и сотрудники',
      section: '«Настройки → Сотрудники»',
      team: 'команды аккаунтов',
      synonyms: ['учётная запись', 'доступ сотрудника', 'владелец магазина'],
      facts: [
        'У магазина один владелец и сколько угодно сотрудников в пределах тарифа.',
        'Права сотрудника задаются ролью; роль можно настроить под себя.',
        'Все действия сотрудников записываются в журнал — его видит только владелец.',
      ],
      timing: ['Приглашение сотруднику приходит в течение 5 минут и действует 7 дней.', 'Смена владельца проходит за 1 рабочий день после подтверждения обеих сторон.'],
      refusals: [
        ['Магазин передаётся новому владельцу только с подтверждения текущего владельца.', 'пусть текущий владелец отправит запрос из раздела «Настройки → Владелец» — мы проведём передачу в течение рабочего дня.'],
        ['Восстановить магазин, удалённый больше 90 дней назад, уже не получится: данные стёрты.', 'можем перенести товары из вашей последней выгрузки в новый магазин — пришлите файл, и мы загрузим его за 1 рабочий день.'],
      ],
      incidents: ['приглашения новым сотрудникам не отправлялись', 'у части сотрудников пропали права на раздел «Заказы»'],
      proactive: [
        'с 1 мая роль «Менеджер» получит доступ к возвратам; если это не нужно, отключите право в настройках роли заранее.',
        'трое сотрудников не входили в панель больше 90 дней — проверьте, нужен ли им ещё доступ.',
      ],
    },
    en: {
      label: 'Account and staff',
      section: 'Settings → Staff',
      team: 'accounts team',
      synonyms: ['user account', 'staff access', 'store owner'],
      facts: [
        'A store has one owner and as many staff accounts as the plan allows.',
        'Staff permissions come from roles, and roles can be customised.',
        'Every staff action is logged, and only the owner can see the log.',
      ],
      timing: ['A staff invitation arrives within 5 minutes and stays valid for 7 days.', 'An ownership transfer takes 1 business day once both sides confirm.'],
      refusals: [
        ['A store moves to a new owner only with the current owner’s confirmation.', 'ask the current owner to send the request from **Settings → Owner**, and we will complete the transfer within one business day.'],
        ['A store deleted more than 90 days ago cannot be restored because its data has been erased.', 'we can load the products from your last export into a new store; send us the file and we will import it within 1 business day.'],
      ],
      incidents: ['invitations to new staff members were not sent', 'some staff members lost access to the Orders section'],
      proactive: [
        'from 1 May the Manager role gets access to refunds; if you do not want that, switch the permission off in the role settings beforehand.',
        'three staff members have not signed in for over 90 days; check whether they still need access.',
      ],
    },
    actions: [
      a(
        'add-staff',
        {
          noun: 'добавление сотрудника',
          about: 'о добавлении сотрудника',
          titles: ['Как добавить сотрудника в панель', 'Приглашение сотруднику не пришло', 'Права доступа для сотрудника'],
          answer: ['Сотрудника добавляют в разделе «Настройки → Сотрудники»: ему придёт приглашение на почту.', 'Роль определяет, какие разделы он увидит; её можно поменять в любой момент.'],
          steps: ['Откройте «Настройки → Сотрудники» и нажмите «Пригласить».', 'Введите email сотрудника и выберите роль.', 'Попросите сотрудника открыть письмо и задать пароль — приглашение действует 7 дней.'],
        },
        {
          noun: 'adding a staff member',
          about: 'about adding a staff member',
          titles: ['How to add a staff member', 'Staff invitation not received', 'Access rights for a staff member'],
          answer: ['You add staff under **Settings → Staff**; they get an invitation by email.', 'Their role decides which sections they see, and you can change it at any time.'],
          steps: ['Open **Settings → Staff** and click **Invite**.', 'Enter their email and choose a role.', 'Ask them to open the email and set a password; the invitation is valid for 7 days.'],
        },
      ),
      a(
        'change-email',
        {
          noun: 'смена email',
          about: 'о смене email аккаунта',
          titles: ['Как поменять email аккаунта', 'Смена владельца магазина', 'Письма приходят на старую почту'],
          answer: ['Email меняется в разделе «Профиль»: на новый адрес придёт письмо с подтверждением.', 'Пока адрес не подтверждён, уведомления продолжают приходить на {{customer.email}}.'],
          steps: ['Откройте «Профиль» и нажмите «Изменить» рядом с email.', 'Введите новый адрес и текущий пароль.', 'Подтвердите адрес по ссылке из письма — она действует 24 часа.'],
        },
        {
          noun: 'email change',
          about: 'about changing the account email',
          titles: ['How to change the account email', 'Transferring store ownership', 'Emails still go to the old address'],
          answer: ['You change the email under **Profile**; we send a confirmation to the new address.', 'Until it is confirmed, notifications keep going to {{customer.email}}.'],
          steps: ['Open **Profile** and click **Edit** next to the email.', 'Enter the new address and your current password.', 'Confirm it from the email link, which works for 24 hours.'],
        },
      ),
      a(
        'delete',
        {
          noun: 'удаление аккаунта',
          about: 'об удалении аккаунта',
          titles: ['Как удалить аккаунт', 'Закрыть магазин и удалить данные', 'Восстановить удалённый магазин'],
          answer: ['Удалить магазин может только владелец в разделе «Настройки → Магазин».', 'Данные хранятся ещё 90 дней: за это время магазин можно восстановить.'],
          steps: ['Выгрузите товары и заказы, если они понадобятся позже.', 'Откройте «Настройки → Магазин» и нажмите «Удалить магазин».', 'Подтвердите удаление кодом из письма.'],
        },
        {
          noun: 'account deletion',
          about: 'about deleting your account',
          titles: ['How to delete your account', 'Closing the store and deleting data', 'Restoring a deleted store'],
          answer: ['Only the owner can delete the store, under **Settings → Store**.', 'Data is kept for 90 more days, and the store can be restored during that time.'],
          steps: ['Export products and orders if you will need them later.', 'Open **Settings → Store** and click **Delete store**.', 'Confirm with the code from the email.'],
        },
      ),
    ],
  },
  {
    key: 'api',
    tags: ['api', 'developers'],
    ctx: 'apiArea',
    owners: ['api-team', 'support-l3', 'm.fedorov'],
    tables: ['api-limits'],
    code: ['curl-orders', 'http-429', 'webhook-js', 'webhook-json'],
    ru: {
      label: 'API',
      section: '«Настройки → API и вебхуки»',
      team: 'команды API',
      synonyms: ['REST API', 'ключ доступа', 'вебхук'],
      facts: [
        'API доступен на тарифах «Бизнес» и «Про»; документация лежит на developers.vitrinka.example.',
        'Все запросы идут по HTTPS, ответы приходят в JSON.',
        'Для каждого ключа можно ограничить права: только чтение, заказы, товары.',
      ],
      timing: ['Новый ключ начинает работать сразу после создания.', 'Неудачный вебхук повторяется 6 раз в течение 24 часов.'],
      refusals: [
        ['Поднять лимит выше 600 запросов в минуту на тарифе «Бизнес» нельзя.', 'используйте пакетные методы — один запрос обновляет до 500 товаров, — или перейдите на «Про», где лимит 3 000 запросов.'],
        ['Поддержка помогает разобраться с ошибками API, а код интеграции пишет ваш разработчик.', 'пришлите пример запроса и ответ сервера — разберём ошибку в течение рабочего дня, а для доработок посоветуем партнёра-разработчика.'],
      ],
      incidents: ['API возвращал ошибку 502 на часть запросов к /v2/orders', 'вебхуки о новых заказах не отправлялись'],
      proactive: [
        'версия API v1 перестанет работать 1 декабря; перейдите на v2 — список отличий есть в документации.',
        'с 1 июля подпись вебхуков будет только в заголовке X-Vitrinka-Signature-256; старый заголовок уберём.',
      ],
    },
    en: {
      label: 'API',
      section: 'Settings → API and webhooks',
      team: 'API team',
      synonyms: ['REST API', 'access key', 'webhook'],
      facts: [
        'The API is available on the Business and Pro plans; the docs live at developers.vitrinka.example.',
        'All requests go over HTTPS and responses are JSON.',
        'Each key can be limited to read-only, orders or products.',
      ],
      timing: ['A new key works as soon as it is created.', 'A failed webhook is retried 6 times over 24 hours.'],
      refusals: [
        ['The Business plan limit cannot go above 600 requests per minute.', 'use the batch endpoints, where one request updates up to 500 products, or move to Pro with 3,000 requests per minute.'],
        ['Support helps with API errors, while the integration code itself is up to your developer.', 'send us a sample request and the server response, and we will find the error within a business day; for custom work we can suggest a partner developer.'],
      ],
      incidents: ['the API returned 502 errors for some requests to /v2/orders', 'new-order webhooks were not sent'],
      proactive: [
        'API v1 stops working on 1 December; move to v2, and the docs list every difference.',
        'from 1 July webhook signatures will be sent only in the X-Vitrinka-Signature-256 header, and the old header goes away.',
      ],
    },
    actions: [
      a(
        'keys',
        {
          noun: 'ключ API',
          about: 'о ключах API',
          titles: ['Как получить ключ API', 'Ключ API перестал работать', 'Перевыпуск ключа API'],
          answer: ['Ключ API создаётся в разделе «Настройки → API и вебхуки» и показывается один раз.', 'Если ключ перестал работать, скорее всего его отозвали или у него истёк срок — создайте новый.'],
          steps: ['Откройте «Настройки → API и вебхуки» и нажмите «Создать ключ».', 'Выберите права ключа и срок действия.', 'Скопируйте ключ сразу: позже его не получится посмотреть снова.'],
        },
        {
          noun: 'API key',
          about: 'about API keys',
          titles: ['How to get an API key', 'API key stopped working', 'Rotating an API key'],
          answer: ['You create an API key under **Settings → API and webhooks**, and it is shown only once.', 'If a key stopped working, it was most likely revoked or expired; create a new one.'],
          steps: ['Open **Settings → API and webhooks** and click **Create key**.', 'Choose the key’s permissions and expiry.', 'Copy the key right away; you will not be able to see it again.'],
        },
        ['curl-orders'],
      ),
      a(
        'rate-limit',
        {
          noun: 'лимит запросов',
          about: 'о лимитах запросов к API',
          titles: ['Ошибка 429: превышен лимит запросов', 'Какие лимиты у API', 'Как увеличить лимит запросов'],
          answer: ['Ошибка 429 означает, что за минуту отправлено больше запросов, чем позволяет тариф.', 'Заголовок Retry-After в ответе подсказывает, через сколько секунд можно повторить запрос.'],
          steps: ['Проверьте заголовки X-RateLimit-Limit и X-RateLimit-Remaining в ответах.', 'Добавьте паузу по значению Retry-After перед повтором.', 'Объедините мелкие запросы в пакетные — так их станет в десятки раз меньше.'],
        },
        {
          noun: 'rate limit',
          about: 'about API rate limits',
          titles: ['Error 429: rate limit exceeded', 'What are the API limits', 'How to raise the request limit'],
          answer: ['Error 429 means more requests were sent in a minute than your plan allows.', 'The Retry-After header tells you how many seconds to wait before retrying.'],
          steps: ['Check the X-RateLimit-Limit and X-RateLimit-Remaining headers in responses.', 'Wait for the Retry-After value before retrying.', 'Group small requests into batch calls to cut their number tenfold.'],
        },
        ['http-429', 'curl-orders'],
      ),
      a(
        'webhooks',
        {
          noun: 'доставка вебхуков',
          about: 'о вебхуках',
          titles: ['Вебхуки не доходят до сервера', 'Как проверить подпись вебхука', 'Повторная отправка вебхуков'],
          answer: ['Вебхук считается доставленным, если ваш сервер ответил кодом 2xx за 10 секунд.', 'Журнал попыток с кодами ответа есть в разделе «Настройки → API и вебхуки».'],
          steps: ['Откройте журнал вебхуков и найдите неудачную попытку.', 'Проверьте код ответа и время — если больше 10 секунд, отвечайте сразу, а обрабатывайте в фоне.', 'Нажмите «Отправить повторно», когда исправите обработчик.'],
        },
        {
          noun: 'webhook delivery',
          about: 'about webhooks',
          titles: ['Webhooks not reaching the server', 'How to verify a webhook signature', 'Resending webhooks'],
          answer: ['A webhook counts as delivered when your server replies with a 2xx code within 10 seconds.', 'The attempt log with response codes is under **Settings → API and webhooks**.'],
          steps: ['Open the webhook log and find the failed attempt.', 'Check the response code and time; if it took over 10 seconds, reply first and process in the background.', 'Click **Resend** once the handler is fixed.'],
        },
        ['webhook-js', 'webhook-json'],
      ),
    ],
  },
  {
    key: 'integrations',
    tags: ['integrations'],
    ctx: 'integration',
    owners: ['integrations-team', 'support-l2', 'k.belov'],
    tables: [],
    code: ['mapping-json'],
    ru: {
      label: 'Интеграции',
      section: '«Приложения»',
      team: 'команды интеграций',
      synonyms: ['обмен данными', 'синхронизация', 'маркетплейс'],
      facts: [
        'Интеграции устанавливаются из раздела «Приложения» и работают на всех тарифах, кроме «Старт».',
        'Журнал обмена показывает каждую синхронизацию и ошибки по отдельным товарам.',
        'Сопоставление складов и статусов заказов настраивается один раз при подключении.',
      ],
      timing: ['Первая синхронизация каталога занимает до 30 минут.', 'Дальше остатки обновляются каждые 15 минут.'],
      refusals: [
        ['Двусторонний обмен ценами с этой системой не поддерживается: цены передаются только из неё к нам.', 'меняйте цены в учётной системе — на витрине они обновятся при следующей синхронизации, в течение 15 минут.'],
        ['Подключить два аккаунта одного маркетплейса к одному магазину нельзя.', 'создайте второй магазин на том же тарифе со скидкой 50 % и подключите второй аккаунт к нему.'],
      ],
      incidents: ['синхронизация остатков с маркетплейсами останавливалась', 'заказы из интеграций создавались без состава'],
      proactive: [
        'с 1 ноября интеграция с Ozon переходит на новую версию API; переподключите её в разделе «Приложения» до 31 октября.',
        '15 августа с 00:00 до 02:00 (МСК) обмен с 1С будет приостановлен, изменения передадутся после работ.',
      ],
    },
    en: {
      label: 'Integrations',
      section: 'Apps',
      team: 'integrations team',
      synonyms: ['data exchange', 'sync', 'marketplace'],
      facts: [
        'Integrations are installed from **Apps** and work on every plan except Start.',
        'The exchange log shows each sync and per-product errors.',
        'Warehouse and order status mapping is set once when you connect.',
      ],
      timing: ['The first catalogue sync takes up to 30 minutes.', 'After that, stock updates every 15 minutes.'],
      refusals: [
        ['Two-way price sync is not supported with this system; prices only flow from it to us.', 'change prices in your inventory system and the storefront picks them up at the next sync, within 15 minutes.'],
        ['Two accounts of the same marketplace cannot be linked to one store.', 'create a second store on the same plan at 50 % off and link the second account there.'],
      ],
      incidents: ['stock sync with marketplaces stopped', 'orders from integrations were created without items'],
      proactive: [
        'from 1 November the Ozon integration moves to a new API version; reconnect it under **Apps** before 31 October.',
        'on 15 August from 00:00 to 02:00 UTC the 1C exchange will pause, and changes will sync after the maintenance.',
      ],
    },
    actions: [
      a(
        'connect',
        {
          noun: 'подключение интеграции',
          about: 'о подключении интеграции',
          titles: ['Как подключить интеграцию', 'Настройка обмена товарами и остатками', 'Интеграция не видит склад'],
          answer: ['Интеграция подключается в разделе «Приложения» за 10–15 минут.', 'После подключения сопоставьте склады и статусы — без этого остатки не передаются.'],
          steps: ['Откройте «Приложения», найдите нужную систему и нажмите «Установить».', 'Введите ключ доступа из личного кабинета системы.', 'Сопоставьте склады и статусы заказов и запустите первую синхронизацию.'],
        },
        {
          noun: 'integration setup',
          about: 'about connecting an integration',
          titles: ['How to connect an integration', 'Setting up product and stock exchange', 'Integration cannot see the warehouse'],
          answer: ['An integration is connected from **Apps** in 10–15 minutes.', 'After connecting, map warehouses and statuses, or stock will not be sent.'],
          steps: ['Open **Apps**, find the system and click **Install**.', 'Enter the access key from the system’s dashboard.', 'Map warehouses and order statuses and start the first sync.'],
        },
      ),
      a(
        'sync-error',
        {
          noun: 'ошибка синхронизации',
          about: 'об ошибке синхронизации',
          titles: ['Остатки не синхронизируются', 'Ошибка синхронизации заказов', 'Товары задваиваются после выгрузки'],
          answer: ['Причина ошибки синхронизации указана в журнале обмена напротив каждого товара.', 'Чаще всего товары не сопоставлены по артикулу или ключ доступа устарел.'],
          steps: ['Откройте журнал обмена интеграции и отфильтруйте записи с ошибками.', 'Исправьте артикулы или переподключите ключ доступа.', 'Нажмите «Синхронизировать сейчас» и проверьте журнал через 15 минут.'],
        },
        {
          noun: 'sync error',
          about: 'about a sync error',
          titles: ['Stock is not syncing', 'Order sync error', 'Products duplicated after import'],
          answer: ['The exchange log shows the cause of the sync error next to each product.', 'Most often products are not matched by SKU or the access key has expired.'],
          steps: ['Open the integration’s exchange log and filter for errors.', 'Fix the SKUs or reconnect the access key.', 'Click **Sync now** and check the log again in 15 minutes.'],
        },
      ),
      a(
        'disconnect',
        {
          noun: 'отключение интеграции',
          about: 'об отключении интеграции',
          titles: ['Как отключить интеграцию', 'Что будет с данными после отключения интеграции', 'Переподключить интеграцию к другому аккаунту'],
          answer: ['Интеграция отключается в разделе «Приложения» кнопкой «Удалить».', 'Товары и заказы, которые уже пришли через интеграцию, останутся в магазине.'],
          steps: ['Откройте «Приложения» и выберите интеграцию.', 'Нажмите «Удалить» и подтвердите.', 'Чтобы подключить другой аккаунт, установите интеграцию заново с новым ключом.'],
        },
        {
          noun: 'disconnecting an integration',
          about: 'about disconnecting an integration',
          titles: ['How to disconnect an integration', 'What happens to data after disconnecting', 'Reconnecting an integration to another account'],
          answer: ['You disconnect an integration under **Apps** with the **Remove** button.', 'Products and orders that came through it stay in the store.'],
          steps: ['Open **Apps** and select the integration.', 'Click **Remove** and confirm.', 'To link another account, install the integration again with the new key.'],
        },
      ),
    ],
  },
  {
    key: 'mobile-app',
    tags: ['mobile-app'],
    ctx: 'mobile',
    owners: ['mobile-team', 'support-l1', 's.nikitina'],
    tables: [],
    code: [],
    ru: {
      label: 'Мобильное приложение',
      section: '«Приложение → Настройки»',
      team: 'мобильной команды',
      synonyms: ['приложение Витринка', 'пуш-уведомления', 'приложение для продавца'],
      facts: [
        'Приложение «Витринка» работает на iOS 15 и Android 9 и новее.',
        'В приложении доступны заказы, чат с покупателями, остатки и отчёты за день.',
        'Один аккаунт можно использовать на нескольких устройствах одновременно.',
      ],
      timing: ['Push-уведомление о заказе приходит в течение минуты.', 'Обновления приложения выходят каждые 2 недели.'],
      refusals: [
        ['Версия для iOS 14 и старше больше не выпускается.', 'откройте панель магазина в браузере телефона — она адаптирована под маленький экран и работает со всеми функциями.'],
        ['Редактировать тариф и реквизиты в приложении нельзя из соображений безопасности.', 'сделайте это в веб-версии — ссылка откроется прямо из раздела «Ещё → Тариф».'],
      ],
      incidents: ['push-уведомления о новых заказах не приходили на iOS', 'приложение для Android закрывалось при открытии карточки заказа'],
      proactive: [
        'с 1 октября приложение перестанет поддерживать Android 8; обновите систему или пользуйтесь веб-версией.',
        'в версии 5.3 появится сканер штрихкодов для приёмки товара — обновите приложение после 20 марта.',
      ],
    },
    en: {
      label: 'Mobile app',
      section: 'App → Settings',
      team: 'mobile team',
      synonyms: ['Vitrinka app', 'push notifications', 'seller app'],
      facts: [
        'The Vitrinka app runs on iOS 15 and Android 9 or later.',
        'The app covers orders, buyer chat, stock and daily reports.',
        'One account can be signed in on several devices at once.',
      ],
      timing: ['A push notification about an order arrives within a minute.', 'App updates ship every 2 weeks.'],
      refusals: [
        ['There are no more releases for iOS 14 and older.', 'open the store dashboard in your phone browser; it fits small screens and has every feature.'],
        ['For security reasons the plan and company details cannot be edited in the app.', 'do it in the web dashboard; the link opens straight from **More → Plan**.'],
      ],
      incidents: ['new-order push notifications did not arrive on iOS', 'the Android app closed when opening an order'],
      proactive: [
        'from 1 October the app drops support for Android 8; update the system or use the web dashboard.',
        'version 5.3 adds a barcode scanner for receiving stock; update the app after 20 March.',
      ],
    },
    actions: [
      a(
        'push',
        {
          noun: 'push-уведомления о заказах',
          about: 'о push-уведомлениях',
          titles: ['Не приходят push-уведомления о заказах', 'Как включить уведомления о новых заказах', 'Уведомления приходят с опозданием'],
          answer: ['Уведомления о заказах включаются в приложении в разделе «Ещё → Уведомления».', 'Если переключатель включён, а уведомлений нет, проверьте разрешения в настройках телефона.'],
          steps: ['Откройте «Ещё → Уведомления» и включите «Новые заказы».', 'Проверьте, что приложению разрешены уведомления в настройках телефона.', 'Выйдите из приложения и войдите снова — токен уведомлений обновится.'],
        },
        {
          noun: 'order push notifications',
          about: 'about push notifications',
          titles: ['Order push notifications not arriving', 'How to turn on new-order notifications', 'Notifications arrive late'],
          answer: ['Order notifications are switched on in the app under **More → Notifications**.', 'If the switch is on but nothing arrives, check the permissions in your phone settings.'],
          steps: ['Open **More → Notifications** and turn on **New orders**.', 'Check that the app may send notifications in the phone settings.', 'Sign out and back in to refresh the notification token.'],
        },
      ),
      a(
        'login',
        {
          noun: 'вход в приложение',
          about: 'о входе в приложение',
          titles: ['Не получается войти в мобильное приложение', 'Приложение просит войти заново', 'Вход в приложение по QR-коду'],
          answer: ['В приложение входят с теми же email и паролем, что и в панель магазина.', 'Быстрее всего войти по QR-коду: он есть в панели в разделе «Профиль → Мобильное приложение».'],
          steps: ['Откройте в браузере «Профиль → Мобильное приложение».', 'В приложении нажмите «Войти по QR-коду» и наведите камеру на экран.', 'Если включена двухфакторная защита, введите код подтверждения.'],
        },
        {
          noun: 'app sign-in',
          about: 'about signing in to the app',
          titles: ['Cannot sign in to the mobile app', 'App keeps asking to sign in again', 'Signing in to the app with a QR code'],
          answer: ['You sign in to the app with the same email and password as the dashboard.', 'The quickest way is the QR code under **Profile → Mobile app** in the dashboard.'],
          steps: ['Open **Profile → Mobile app** in the browser.', 'In the app tap **Sign in with QR code** and point the camera at the screen.', 'If 2FA is on, enter the verification code.'],
        },
      ),
      a(
        'crash',
        {
          noun: 'вылет приложения',
          about: 'о вылетах приложения',
          titles: ['Приложение закрывается при запуске', 'Приложение вылетает при открытии заказа', 'Приложение тормозит после обновления'],
          answer: ['Сейчас актуальная версия приложения — {{app.version}}; в ней исправлены известные вылеты.', 'Если вылеты остались, пришлите модель телефона и время сбоя — найдём отчёт об ошибке.'],
          steps: ['Обновите приложение до версии {{app.version}}.', 'Перезагрузите телефон и очистите кэш приложения в «Ещё → О приложении».', 'Если не помогло, пришлите нам модель телефона и время последнего вылета.'],
        },
        {
          noun: 'app crash',
          about: 'about app crashes',
          titles: ['App closes on launch', 'App crashes when opening an order', 'App is slow after an update'],
          answer: ['The current app version is {{app.version}}, and it fixes the known crashes.', 'If it still crashes, send us your phone model and the time of the crash so we can find the report.'],
          steps: ['Update the app to version {{app.version}}.', 'Restart the phone and clear the app cache under **More → About**.', 'If that does not help, send us the phone model and the time of the last crash.'],
        },
      ),
    ],
  },
  {
    key: 'catalog',
    tags: ['catalog', 'products'],
    ctx: 'catalogSource',
    owners: ['catalog-team', 'support-l1', 'v.zaitseva'],
    tables: [],
    code: ['csv'],
    ru: {
      label: 'Каталог товаров',
      section: '«Товары»',
      team: 'команды каталога',
      synonyms: ['карточка товара', 'импорт каталога', 'остатки'],
      facts: [
        'Каталог можно загрузить из CSV, Excel, YML-фида или учётной системы.',
        'Товары сопоставляются по артикулу: при повторной загрузке существующие карточки обновляются.',
        'Фотографии загружаются по ссылкам из файла; размер каждой — до 10 МБ.',
      ],
      timing: ['Импорт 10 000 товаров занимает около 5 минут.', 'Фото догружаются в фоне в течение часа.'],
      refusals: [
        ['Загрузить больше товаров, чем разрешает тариф, система не даст.', 'разбейте каталог на активные и архивные товары или перейдите на тариф выше — остаток периода пересчитаем по дням.'],
        ['Восстановить удалённые товары из корзины через 30 дней уже нельзя.', 'загрузите их из последней выгрузки каталога — файл есть в разделе «Товары → История импорта».'],
      ],
      incidents: ['импорт каталога из CSV останавливался на 1 000 строк', 'фото товаров не отображались на витрине'],
      proactive: [
        'с 1 июня в карточке товара станет обязательным поле «Страна производства» для товаров с маркировкой.',
        'в ночь на 5 марта пересчитаем остатки по всем складам; с 02:00 до 02:20 (МСК) изменения остатков не сохранятся.',
      ],
    },
    en: {
      label: 'Product catalogue',
      section: 'Products',
      team: 'catalogue team',
      synonyms: ['product page', 'catalogue import', 'stock levels'],
      facts: [
        'You can load the catalogue from CSV, Excel, a YML feed or an inventory system.',
        'Products are matched by SKU, so a repeated import updates existing items.',
        'Images are fetched from the URLs in the file, up to 10 MB each.',
      ],
      timing: ['Importing 10,000 products takes about 5 minutes.', 'Images finish loading in the background within an hour.'],
      refusals: [
        ['The system will not import more products than the plan allows.', 'split the catalogue into active and archived items or move to a bigger plan; we prorate the rest of the period by day.'],
        ['Products deleted more than 30 days ago cannot be restored from the bin.', 'import them from your last catalogue export; the file is under **Products → Import history**.'],
      ],
      incidents: ['CSV catalogue imports stopped at 1,000 rows', 'product images did not show on the storefront'],
      proactive: [
        'from 1 June the Country of origin field becomes mandatory for products with marking codes.',
        'on the night of 5 March we recount stock across all warehouses; from 02:00 to 02:20 UTC stock changes will not be saved.',
      ],
    },
    actions: [
      a(
        'import',
        {
          noun: 'импорт товаров',
          about: 'об импорте товаров',
          titles: ['Как загрузить товары из файла', 'Импорт каталога завершился ошибкой', 'Фото не загрузились при импорте'],
          answer: ['Товары загружаются в разделе «Товары → Импорт»: файл проверяется до загрузки, ошибки показываются построчно.', 'Если импорт завершился ошибкой, отчёт с номерами строк можно скачать там же.'],
          steps: ['Откройте «Товары → Импорт» и выберите файл.', 'Сопоставьте колонки файла с полями карточки товара.', 'Запустите загрузку и скачайте отчёт, если в нём есть ошибки.'],
        },
        {
          noun: 'product import',
          about: 'about importing products',
          titles: ['How to import products from a file', 'Catalogue import failed', 'Images missing after import'],
          answer: ['Products are imported under **Products → Import**; the file is checked first and errors are listed by row.', 'If the import failed, download the report with row numbers from the same page.'],
          steps: ['Open **Products → Import** and choose the file.', 'Map the file columns to product fields.', 'Start the import and download the report if it lists errors.'],
        },
      ),
      a(
        'stock',
        {
          noun: 'остатки товаров',
          about: 'об остатках товаров',
          titles: ['Неверные остатки на витрине', 'Как обновить остатки массово', 'Товар в наличии, но не продаётся'],
          answer: ['Остаток на витрине — это сумма по складам, которые отмечены для продажи онлайн.', 'Если товар есть, но не продаётся, проверьте, что его склад включён в настройках витрины.'],
          steps: ['Откройте карточку товара и посмотрите остатки по складам.', 'В «Настройки → Склады» отметьте склады для онлайн-продаж.', 'Для массового обновления загрузите файл с колонками «Артикул» и «Остаток».'],
        },
        {
          noun: 'stock levels',
          about: 'about stock levels',
          titles: ['Wrong stock on the storefront', 'How to update stock in bulk', 'Product in stock but not for sale'],
          answer: ['Storefront stock is the sum over the warehouses marked for online sales.', 'If an item is in stock but not for sale, check that its warehouse is enabled for the storefront.'],
          steps: ['Open the product and check stock per warehouse.', 'Under **Settings → Warehouses** tick the warehouses for online sales.', 'For a bulk update, import a file with SKU and Stock columns.'],
        },
      ),
      a(
        'variants',
        {
          noun: 'варианты товара',
          about: 'о вариантах товара',
          titles: ['Как добавить размеры и цвета', 'Варианты товара не отображаются', 'Отдельная цена для варианта товара'],
          answer: ['Размеры, цвета и другие варианты добавляются в карточке товара на вкладке «Варианты».', 'У каждого варианта может быть своя цена, артикул и остаток.'],
          steps: ['Откройте товар и перейдите на вкладку «Варианты».', 'Добавьте свойства — например, «Размер» и «Цвет» — и их значения.', 'Заполните цену и остаток для каждого варианта и сохраните.'],
        },
        {
          noun: 'product variants',
          about: 'about product variants',
          titles: ['How to add sizes and colours', 'Product variants not showing', 'Separate price for a variant'],
          answer: ['Sizes, colours and other variants are added on the product’s **Variants** tab.', 'Each variant can have its own price, SKU and stock.'],
          steps: ['Open the product and go to the **Variants** tab.', 'Add properties such as Size and Colour and their values.', 'Fill in price and stock for each variant and save.'],
        },
      ),
    ],
  },
  {
    key: 'promo',
    tags: ['promo', 'marketing'],
    ctx: 'promoType',
    owners: ['marketing-team', 'support-l1', 'y.lebedeva'],
    tables: [],
    code: [],
    ru: {
      label: 'Промокоды и скидки',
      section: '«Маркетинг → Промокоды»',
      team: 'команды маркетинга',
      synonyms: ['промокод', 'скидка', 'купон'],
      facts: [
        'У промокода можно ограничить срок, число использований и минимальную сумму заказа.',
        'Промокоды и автоматические акции по умолчанию не суммируются.',
        'Статистика по каждому промокоду показывает число заказов и выручку.',
      ],
      timing: ['Промокод начинает работать сразу после сохранения.', 'Статистика по промокоду обновляется каждый час.'],
      refusals: [
        ['Применить промокод к уже оплаченному заказу система не позволяет.', 'верните покупателю разницу частичным возвратом — это займёт минуту, и чек сформируется автоматически.'],
        ['Суммировать два промокода в одном заказе нельзя.', 'создайте один промокод с общей скидкой для этого покупателя — пришлём инструкцию, если понадобится.'],
      ],
      incidents: ['промокоды не применялись в корзине на мобильной витрине', 'скидка по промокоду считалась от суммы с доставкой'],
      proactive: [
        'перед распродажей 11.11 проверьте лимиты промокодов: коды с ограничением по числу использований закончатся быстрее обычного.',
        'с 1 декабря появятся персональные промокоды, которые работают только для одного покупателя.',
      ],
    },
    en: {
      label: 'Promo codes and discounts',
      section: 'Marketing → Promo codes',
      team: 'marketing team',
      synonyms: ['promo code', 'discount', 'coupon'],
      facts: [
        'A promo code can be limited by dates, number of uses and minimum order total.',
        'Promo codes and automatic offers do not stack by default.',
        'Each code’s statistics show orders and revenue.',
      ],
      timing: ['A promo code works as soon as you save it.', 'Code statistics refresh every hour.'],
      refusals: [
        ['The system does not apply a promo code to an order that is already paid.', 'refund the difference as a partial refund; it takes a minute and the receipt is created automatically.'],
        ['Two promo codes cannot be combined in one order.', 'create one code with the combined discount for this buyer, and we can send instructions if needed.'],
      ],
      incidents: ['promo codes were not applied in the mobile storefront cart', 'promo discounts were calculated on the total including shipping'],
      proactive: [
        'before the 11.11 sale, check your promo code limits: codes with a usage cap will run out faster than usual.',
        'from 1 December personal promo codes that work for one buyer only become available.',
      ],
    },
    actions: [
      a(
        'create',
        {
          noun: 'создание промокода',
          about: 'о создании промокода',
          titles: ['Как создать промокод', 'Промокод с ограничением по сроку', 'Промокод для рассылки'],
          answer: ['Промокод создаётся в разделе «Маркетинг → Промокоды» за пару минут.', 'Можно задать размер скидки, срок действия и число использований.'],
          steps: ['Откройте «Маркетинг → Промокоды» и нажмите «Создать».', 'Введите код, тип и размер скидки.', 'Задайте срок и лимиты, затем сохраните — код сразу заработает.'],
        },
        {
          noun: 'promo code setup',
          about: 'about creating a promo code',
          titles: ['How to create a promo code', 'Promo code with an end date', 'Promo code for a newsletter'],
          answer: ['You create a promo code under **Marketing → Promo codes** in a couple of minutes.', 'You can set the discount, the dates and the number of uses.'],
          steps: ['Open **Marketing → Promo codes** and click **Create**.', 'Enter the code, the discount type and amount.', 'Set the dates and limits, then save; the code works right away.'],
        },
      ),
      a(
        'not-working',
        {
          noun: 'неработающий промокод',
          about: 'о промокоде, который не применяется',
          titles: ['Промокод не применяется', 'Покупатель пишет, что скидка не сработала', 'Промокод не суммируется с акцией'],
          answer: ['Промокод не срабатывает, если истёк срок, закончился лимит или сумма заказа меньше минимальной.', 'Причину видно в статистике промокода: там есть отказы с пояснениями.'],
          steps: ['Откройте промокод и проверьте срок, лимит и минимальную сумму.', 'Посмотрите отказы в статистике — там указана причина.', 'Если покупатель уже оплатил заказ, верните разницу частичным возвратом.'],
        },
        {
          noun: 'promo code not applying',
          about: 'about a promo code that does not apply',
          titles: ['Promo code not applying', 'Buyer says the discount did not work', 'Promo code does not stack with an offer'],
          answer: ['A code fails when it has expired, hit its usage limit, or the order is below the minimum total.', 'The code’s statistics list declined attempts with the reason.'],
          steps: ['Open the code and check its dates, limit and minimum total.', 'Look at declined attempts in the statistics for the reason.', 'If the buyer has already paid, refund the difference as a partial refund.'],
        },
      ),
    ],
  },
  {
    key: 'notifications',
    tags: ['notifications'],
    ctx: 'notifyChannel',
    owners: ['notifications-team', 'support-l1', 'g.pavlov'],
    tables: ['sms-prices'],
    code: [],
    ru: {
      label: 'Уведомления покупателям',
      section: '«Настройки → Уведомления»',
      team: 'команды уведомлений',
      synonyms: ['письмо покупателю', 'SMS о заказе', 'шаблон письма'],
      facts: [
        'Уведомления отправляются при оформлении, оплате, отправке и доставке заказа.',
        'Тексты уведомлений редактируются в разделе «Настройки → Уведомления» и поддерживают переменные.',
        'Письма уходят с вашего домена, если подтвердить его записями SPF и DKIM.',
      ],
      timing: ['Письмо покупателю уходит в течение минуты после события.', 'Проверка домена для отправки писем занимает до 24 часов.'],
      refusals: [
        ['Отправлять рекламные SMS без согласия покупателя закон не разрешает.', 'добавьте в корзину галочку согласия на рассылку — после этого можно слать акции тем, кто её отметил.'],
        ['Изменить отправителя SMS на произвольное имя без регистрации у оператора нельзя.', 'зарегистрируйте буквенное имя через нас: заявка рассматривается 5–7 рабочих дней, стоимость — 1 500 ₽.'],
      ],
      incidents: ['письма покупателям попадали в спам у Gmail', 'SMS о статусе заказа не отправлялись'],
      proactive: [
        'с 1 февраля Gmail отклоняет письма без DKIM — подтвердите домен в разделе «Настройки → Уведомления» до этой даты.',
        'с 1 марта стоимость SMS вырастет до 4,20 ₽ за сообщение.',
      ],
    },
    en: {
      label: 'Buyer notifications',
      section: 'Settings → Notifications',
      team: 'notifications team',
      synonyms: ['buyer email', 'order SMS', 'email template'],
      facts: [
        'Notifications go out when an order is placed, paid, shipped and delivered.',
        'Notification texts are edited under **Settings → Notifications** and support variables.',
        'Emails are sent from your own domain once you verify it with SPF and DKIM.',
      ],
      timing: ['The buyer email goes out within a minute of the event.', 'Verifying a sending domain takes up to 24 hours.'],
      refusals: [
        ['The law does not allow marketing texts without the buyer’s consent.', 'add a consent checkbox to the cart, then send offers to everyone who ticked it.'],
        ['A custom SMS sender name needs registration with the operator first.', 'register a sender name through us: it takes 5–7 business days and costs 1,500 RUB.'],
      ],
      incidents: ['buyer emails landed in Gmail spam', 'order status texts were not sent'],
      proactive: [
        'from 1 February Gmail rejects mail without DKIM; verify your domain under **Settings → Notifications** before then.',
        'from 1 March a text message will cost 4.20 RUB.',
      ],
    },
    actions: [
      a(
        'not-delivered',
        {
          noun: 'письма покупателям',
          about: 'о письмах покупателям',
          titles: ['Покупатели не получают письма о заказе', 'Письма магазина попадают в спам', 'Как отправлять письма со своего домена'],
          answer: ['Журнал отправки показывает, доставлено ли письмо и что ответил почтовый сервер покупателя.', 'Чтобы письма не попадали в спам, подтвердите свой домен записями SPF и DKIM.'],
          steps: ['Откройте «Настройки → Уведомления → Журнал» и найдите письмо по email покупателя.', 'Если статус «Отклонено», проверьте адрес в заказе {{order.number}}.', 'Подтвердите домен: добавьте записи SPF и DKIM из раздела «Домен для писем».'],
        },
        {
          noun: 'buyer emails',
          about: 'about emails to buyers',
          titles: ['Buyers not receiving order emails', 'Store emails going to spam', 'How to send emails from your own domain'],
          answer: ['The sending log shows whether an email was delivered and what the buyer’s mail server replied.', 'To keep emails out of spam, verify your domain with SPF and DKIM records.'],
          steps: ['Open **Settings → Notifications → Log** and search by the buyer’s email.', 'If the status is Rejected, check the address on order {{order.number}}.', 'Verify your domain by adding the SPF and DKIM records from **Sending domain**.'],
        },
      ),
      a(
        'sms',
        {
          noun: 'SMS-уведомления',
          about: 'об SMS-уведомлениях',
          titles: ['Как включить SMS о статусе заказа', 'SMS не доходят до покупателей', 'Сколько стоят SMS-уведомления'],
          answer: ['SMS о статусе заказа включаются в разделе «Настройки → Уведомления → SMS».', 'Каждое сообщение оплачивается с баланса SMS; сообщение на кириллице длиннее 70 знаков считается за несколько.'],
          steps: ['Откройте «Настройки → Уведомления → SMS» и пополните баланс.', 'Включите нужные события: оплата, отправка, доставка.', 'Сократите тексты до 70 знаков, чтобы каждое SMS оплачивалось как одно.'],
        },
        {
          noun: 'SMS notifications',
          about: 'about SMS notifications',
          titles: ['How to turn on order status texts', 'Texts not reaching buyers', 'How much SMS notifications cost'],
          answer: ['Order status texts are turned on under **Settings → Notifications → SMS**.', 'Each message is paid from the SMS balance, and a Cyrillic text over 70 characters counts as several.'],
          steps: ['Open **Settings → Notifications → SMS** and top up the balance.', 'Turn on the events you need: paid, shipped, delivered.', 'Keep texts under 70 characters so each one is billed once.'],
        },
      ),
      a(
        'templates',
        {
          noun: 'шаблон уведомления',
          about: 'о шаблонах уведомлений',
          titles: ['Как изменить текст письма покупателю', 'Шаблон уведомления об отправке', 'Переменные в шаблонах писем'],
          answer: ['Текст любого уведомления меняется в разделе «Настройки → Уведомления» — у каждого события свой шаблон.', 'В шаблоне можно использовать переменные: номер заказа, имя покупателя, трек-номер.'],
          steps: ['Откройте «Настройки → Уведомления» и выберите событие.', 'Отредактируйте текст и вставьте переменные из списка справа.', 'Нажмите «Отправить тест», проверьте письмо и сохраните шаблон.'],
        },
        {
          noun: 'notification template',
          about: 'about notification templates',
          titles: ['How to change the buyer email text', 'Shipping notification template', 'Variables in email templates'],
          answer: ['You edit any notification under **Settings → Notifications**; each event has its own template.', 'Templates can use variables such as the order number, the buyer’s name and the tracking number.'],
          steps: ['Open **Settings → Notifications** and pick the event.', 'Edit the text and insert variables from the list on the right.', 'Click **Send test**, check the email and save the template.'],
        },
      ),
    ],
  },
  {
    key: 'domain',
    tags: ['domain', 'ssl'],
    ctx: 'domainCase',
    owners: ['tech-support', 'support-l2', 'r.gusev'],
    tables: [],
    code: ['dns'],
    ru: {
      label: 'Домен и SSL',
      section: '«Настройки → Домен»',
      team: 'технической поддержки',
      synonyms: ['свой домен', 'DNS-записи', 'сертификат HTTPS'],
      facts: [
        'Свой домен подключается на любом тарифе; адрес на vitrinka.example продолжит работать.',
        'SSL-сертификат выпускается бесплатно и продлевается автоматически.',
        'Для поддомена нужна CNAME-запись, для основного домена — A-запись.',
      ],
      timing: ['DNS-записи обновляются у регистратора до 24 часов.', 'Сертификат выпускается в течение 30 минут после того, как домен начал указывать на нас.'],
      refusals: [
        ['Мы не регистратор доменов, поэтому домен остаётся у вашего текущего регистратора.', 'оставьте домен у текущего регистратора и пропишите наши DNS-записи — это займёт 5 минут.'],
        ['Загрузить собственный сертификат можно только на тарифе «Про».', 'используйте бесплатный сертификат, который мы выпускаем автоматически, — он подходит для оплаты картами.'],
      ],
      incidents: ['сертификаты для части доменов не продлились вовремя, и браузеры показывали предупреждение', 'магазины на своих доменах открывались с ошибкой 502'],
      proactive: [
        'с 15 мая IP-адрес для A-записей меняется на 203.0.113.20; обновите запись у регистратора до этой даты.',
        'сертификат вашего домена продлится 3 июня автоматически; если домен указывает не на нас, продление не пройдёт.',
      ],
    },
    en: {
      label: 'Domain and SSL',
      section: 'Settings → Domain',
      team: 'technical support team',
      synonyms: ['custom domain', 'DNS records', 'HTTPS certificate'],
      facts: [
        'A custom domain works on any plan, and the vitrinka.example address keeps working.',
        'The SSL certificate is free and renews automatically.',
        'A subdomain needs a CNAME record and a root domain needs an A record.',
      ],
      timing: ['DNS changes can take up to 24 hours at the registrar.', 'The certificate is issued within 30 minutes once the domain points to us.'],
      refusals: [
        ['We are not a domain registrar, so the registration stays with your current one.', 'keep the domain with your registrar and add our DNS records; it takes 5 minutes.'],
        ['Uploading your own certificate is available only on the Pro plan.', 'use the free certificate we issue automatically; it is fine for card payments.'],
      ],
      incidents: ['certificates for some domains did not renew in time and browsers showed a warning', 'stores on custom domains returned 502 errors'],
      proactive: [
        'from 15 May the A record IP changes to 203.0.113.20; update it at your registrar before then.',
        'your domain certificate renews automatically on 3 June; it will fail if the domain no longer points to us.',
      ],
    },
    actions: [
      a(
        'connect',
        {
          noun: 'подключение домена',
          about: 'о подключении домена',
          titles: ['Как подключить свой домен', 'Домен не открывается после подключения', 'Какие DNS-записи нужны для магазина'],
          answer: ['Чтобы подключить домен, добавьте у регистратора записи из раздела «Настройки → Домен».', 'Пока записи обновляются, магазин открывается по старому адресу.'],
          steps: ['Откройте «Настройки → Домен» и введите адрес.', 'Скопируйте DNS-записи и добавьте их в панели регистратора.', 'Вернитесь в панель и нажмите «Проверить» — статус сменится на «Подключён».'],
        },
        {
          noun: 'domain setup',
          about: 'about connecting a domain',
          titles: ['How to connect your own domain', 'Domain not opening after setup', 'Which DNS records the store needs'],
          answer: ['To connect a domain, add the records from **Settings → Domain** at your registrar.', 'While the records propagate, the store stays on its old address.'],
          steps: ['Open **Settings → Domain** and enter the address.', 'Copy the DNS records and add them in the registrar’s panel.', 'Come back and click **Check**; the status changes to Connected.'],
        },
      ),
      a(
        'ssl',
        {
          noun: 'SSL-сертификат',
          about: 'о SSL-сертификате',
          titles: ['Сайт открывается без HTTPS', 'Сертификат не выпускается', 'Ошибка «Подключение не защищено»'],
          answer: ['Сертификат выпускается автоматически, когда домен начинает указывать на наши серверы.', 'Если статус «Ожидает проверки» держится дольше суток, значит, DNS-записи указывают не на нас.'],
          steps: ['Откройте «Настройки → Домен» и посмотрите статус сертификата.', 'Проверьте DNS-записи: лишние A-записи со старым адресом нужно удалить.', 'Нажмите «Выпустить заново» — сертификат появится в течение 30 минут.'],
        },
        {
          noun: 'SSL certificate',
          about: 'about the SSL certificate',
          titles: ['Site opens without HTTPS', 'Certificate is not being issued', 'Your connection is not private error'],
          answer: ['The certificate is issued automatically once the domain points to our servers.', 'If the status stays Pending check for over a day, the DNS records do not point to us.'],
          steps: ['Open **Settings → Domain** and check the certificate status.', 'Review the DNS records and delete stray A records with the old address.', 'Click **Reissue**; the certificate appears within 30 minutes.'],
        },
      ),
    ],
  },
  {
    key: 'reports',
    tags: ['reports', 'analytics'],
    ctx: 'period',
    owners: ['analytics-team', 'support-l2', 't.romanov'],
    tables: ['report-fields'],
    code: [],
    ru: {
      label: 'Отчёты и аналитика',
      section: '«Отчёты»',
      team: 'команды аналитики',
      synonyms: ['отчёт о продажах', 'выгрузка', 'аналитика'],
      facts: [
        'Отчёты строятся по оплаченным заказам; отменённые заказы в выручку не входят.',
        'Любой отчёт можно выгрузить в Excel или CSV.',
        'Время в отчётах указывается по часовому поясу магазина.',
      ],
      timing: ['Отчёт за месяц формируется за 1–2 минуты.', 'Данные в аналитике обновляются каждые 10 минут.'],
      refusals: [
        ['Отчёты за период до подключения магазина к Витринке построить нельзя: этих данных у нас нет.', 'загрузите историю заказов из старой системы через импорт — после этого она появится в отчётах.'],
        ['Выгрузить больше 1 млн строк одним файлом не получится.', 'разбейте период на месяцы или подключите выгрузку в Google Таблицы — она обновляется автоматически.'],
      ],
      incidents: ['отчёт о продажах показывал нулевую выручку за текущий день', 'выгрузка отчётов в Excel завершалась ошибкой'],
      proactive: [
        'с 1 января в отчёте о продажах появится колонка «Себестоимость» — заполните закупочные цены в карточках товаров.',
        'отчёты за период до 2022 года переедут в архив 1 апреля; выгрузите их заранее, если они нужны.',
      ],
    },
    en: {
      label: 'Reports and analytics',
      section: 'Reports',
      team: 'analytics team',
      synonyms: ['sales report', 'export', 'analytics'],
      facts: [
        'Reports are built from paid orders; cancelled orders are not counted in revenue.',
        'Any report can be exported to Excel or CSV.',
        'Report times use the store’s time zone.',
      ],
      timing: ['A monthly report builds in 1–2 minutes.', 'Analytics refresh every 10 minutes.'],
      refusals: [
        ['Reports for the period before the store joined Vitrinka are not available because we do not have that data.', 'import your order history from the old system, and it will appear in reports.'],
        ['A single export is limited to 1 million rows.', 'split the period into months or connect the Google Sheets export, which updates automatically.'],
      ],
      incidents: ['the sales report showed zero revenue for the current day', 'report exports to Excel failed'],
      proactive: [
        'from 1 January the sales report gets a Cost column; fill in purchase prices on product pages.',
        'reports older than 2022 move to the archive on 1 April; export them beforehand if you need them.',
      ],
    },
    actions: [
      a(
        'export',
        {
          noun: 'выгрузка отчёта',
          about: 'о выгрузке отчёта',
          titles: ['Как выгрузить отчёт о продажах', 'Отчёт выгружается пустым', 'Выгрузка заказов в Excel'],
          answer: ['Отчёт выгружается кнопкой «Экспорт» в правом верхнем углу раздела «Отчёты».', 'Если файл пустой, проверьте фильтры: отчёт учитывает только оплаченные заказы за выбранный период.'],
          steps: ['Откройте «Отчёты» и выберите отчёт о продажах.', 'Задайте период и фильтры.', 'Нажмите «Экспорт» и выберите Excel или CSV — ссылка на файл придёт на почту.'],
        },
        {
          noun: 'report export',
          about: 'about exporting a report',
          titles: ['How to export a sales report', 'Report exports empty', 'Exporting orders to Excel'],
          answer: ['Use the **Export** button in the top right of **Reports**.', 'If the file is empty, check the filters: the report counts only paid orders in the chosen period.'],
          steps: ['Open **Reports** and choose the sales report.', 'Set the period and filters.', 'Click **Export** and choose Excel or CSV; the file link arrives by email.'],
        },
      ),
      a(
        'mismatch',
        {
          noun: 'расхождение в отчёте',
          about: 'о расхождении в отчёте',
          titles: ['Выручка в отчёте не совпадает с банком', 'Почему в аналитике меньше заказов', 'Цифры в отчёте отличаются от выписки'],
          answer: ['Выручка в отчёте считается по дате оплаты, а банк зачисляет деньги на следующий день и за вычетом комиссии.', 'Поэтому на границе периода суммы расходятся, и это ожидаемо.'],
          steps: ['Сравните период отчёта и период выписки — по дате зачисления, а не оплаты.', 'Добавьте к выписке удержанную комиссию платёжной системы.', 'Если разница осталась, пришлите оба файла — сверим построчно за 2 рабочих дня.'],
        },
        {
          noun: 'report mismatch',
          about: 'about a report mismatch',
          titles: ['Report revenue does not match the bank', 'Why analytics shows fewer orders', 'Report figures differ from the statement'],
          answer: ['Report revenue is counted by payment date, while the bank credits money the next day minus fees.', 'So totals differ at the edges of a period, and that is expected.'],
          steps: ['Match the report period to the statement by credit date, not payment date.', 'Add the provider’s fee back to the statement figures.', 'If a gap remains, send us both files and we will reconcile them line by line within 2 business days.'],
        },
      ),
    ],
  },
  {
    key: 'privacy',
    tags: ['privacy', 'personal-data'],
    ctx: 'privacyCase',
    owners: ['legal', 'support-l2', 'l.markova'],
    tables: [],
    code: [],
    ru: {
      label: 'Персональные данные',
      section: '«Настройки → Конфиденциальность»',
      team: 'юридического отдела',
      synonyms: ['удаление данных', '152-ФЗ', 'согласие на обработку'],
      facts: [
        'Оператором персональных данных покупателей остаётся магазин, а Витринка обрабатывает их по поручению.',
        'Данные покупателей хранятся на серверах в России.',
        'Удаление данных затрагивает профиль и адреса; заказы обезличиваются, но остаются в отчётах.',
      ],
      timing: ['Запрос на удаление выполняется в течение 10 рабочих дней.', 'Выгрузка данных покупателя готова за 1 рабочий день.'],
      refusals: [
        ['Удалить данные из чеков, уже переданных в налоговую, нельзя по закону.', 'обезличим профиль и заказы покупателя — в панели останутся только суммы, а письменное подтверждение пришлём в течение 10 рабочих дней.'],
        ['Данные покупателя передаются третьим лицам только с его согласия.', 'попросите покупателя прислать запрос самому — выгрузим его данные за 1 рабочий день.'],
      ],
      incidents: ['форма запроса на удаление данных не отправлялась', 'выгрузка персональных данных формировалась без истории заказов'],
      proactive: [
        'с 1 сентября согласие на обработку данных нужно собирать отдельной галочкой — обновите форму корзины до этой даты.',
        'мы обновили договор поручения на обработку данных; новая редакция вступит в силу 1 июля.',
      ],
    },
    en: {
      label: 'Personal data',
      section: 'Settings → Privacy',
      team: 'legal team',
      synonyms: ['data deletion', 'GDPR', 'processing consent'],
      facts: [
        'The store remains the controller of buyers’ personal data, and Vitrinka processes it on the store’s behalf.',
        'Buyer data is stored on servers in the EU for EU stores.',
        'Deletion removes the profile and addresses; orders are anonymised but stay in reports.',
      ],
      timing: ['A deletion request is completed within 10 business days.', 'A buyer data export is ready in 1 business day.'],
      refusals: [
        ['Data on receipts already sent to the tax authority has to stay by law.', 'we anonymise the buyer’s profile and orders so only amounts remain, and send written confirmation within 10 business days.'],
        ['A buyer’s data goes to a third party only with the buyer’s consent.', 'ask the buyer to send the request themselves, and we will export their data within 1 business day.'],
      ],
      incidents: ['the data deletion request form did not submit', 'personal data exports were missing order history'],
      proactive: [
        'from 1 September consent to data processing needs its own checkbox; update your checkout form before then.',
        'we have updated the data processing agreement, and the new version takes effect on 1 July.',
      ],
    },
    actions: [
      a(
        'delete-buyer',
        {
          noun: 'удаление данных покупателя',
          about: 'об удалении данных покупателя',
          titles: ['Покупатель просит удалить его данные', 'Как удалить персональные данные покупателя', 'Запрос на удаление данных по 152-ФЗ'],
          answer: ['Данные покупателя удаляются из его карточки кнопкой «Удалить персональные данные».', 'Заказы при этом обезличиваются и остаются в отчётах без имени и контактов.'],
          steps: ['Откройте «Покупатели» и найдите покупателя по email или телефону.', 'Нажмите «Удалить персональные данные» и подтвердите.', 'Сообщите покупателю, что запрос выполнен, — шаблон письма есть в разделе «Конфиденциальность».'],
        },
        {
          noun: 'buyer data deletion',
          about: 'about deleting a buyer’s data',
          titles: ['Buyer asks to delete their data', 'How to delete a buyer’s personal data', 'GDPR erasure request'],
          answer: ['You delete a buyer’s data from their page with **Delete personal data**.', 'Their orders are anonymised and stay in reports without a name or contacts.'],
          steps: ['Open **Buyers** and find the buyer by email or phone.', 'Click **Delete personal data** and confirm.', 'Tell the buyer the request is done; there is an email template under **Privacy**.'],
        },
      ),
      a(
        'export-data',
        {
          noun: 'выгрузка персональных данных',
          about: 'о выгрузке персональных данных',
          titles: ['Как выгрузить данные покупателя по запросу', 'Копия персональных данных для покупателя', 'Где хранятся данные покупателей'],
          answer: ['Выгрузка данных покупателя делается из его карточки и включает профиль, адреса и заказы.', 'Файл в формате JSON придёт на {{customer.email}} в течение рабочего дня.'],
          steps: ['Откройте карточку покупателя и нажмите «Выгрузить данные».', 'Дождитесь письма со ссылкой на архив.', 'Передайте архив покупателю по защищённому каналу — ссылка действует 7 дней.'],
        },
        {
          noun: 'personal data export',
          about: 'about exporting personal data',
          titles: ['How to export a buyer’s data on request', 'Copy of personal data for a buyer', 'Where buyer data is stored'],
          answer: ['A buyer data export is made from their page and includes the profile, addresses and orders.', 'The JSON file is sent to {{customer.email}} within one business day.'],
          steps: ['Open the buyer’s page and click **Export data**.', 'Wait for the email with the archive link.', 'Pass the archive to the buyer securely; the link works for 7 days.'],
        },
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Variables (placeholders) the banks may use.

interface VarText {
  description: string;
  default?: string;
  sample: string;
}

const VARIABLES: Record<string, { ru: VarText; en: VarText }> = {
  'customer.first_name': { ru: { description: 'Имя клиента', default: '', sample: 'Анна' }, en: { description: 'Customer first name', default: 'there', sample: 'Anna' } },
  'customer.email': { ru: { description: 'Email клиента', sample: 'anna@example.com' }, en: { description: 'Customer email', sample: 'anna@example.com' } },
  'ticket.id': { ru: { description: 'Номер обращения', sample: '48213' }, en: { description: 'Ticket number', sample: '48213' } },
  'order.number': { ru: { description: 'Номер заказа', default: '—', sample: 'VT-102938' }, en: { description: 'Order number', default: '—', sample: 'VT-102938' } },
  'delivery.tracking_number': { ru: { description: 'Трек-номер посылки', sample: '1098765432' }, en: { description: 'Parcel tracking number', sample: '1098765432' } },
  'delivery.date': { ru: { description: 'Ожидаемая дата доставки', default: 'в течение 5 дней', sample: '14 марта' }, en: { description: 'Expected delivery date', default: 'within 5 days', sample: 'March 14' } },
  'refund.amount': { ru: { description: 'Сумма возврата', sample: '2 490 ₽' }, en: { description: 'Refund amount', sample: '$49.90' } },
  'subscription.plan': { ru: { description: 'Текущий тариф', sample: '«Бизнес»' }, en: { description: 'Current plan', sample: 'Business' } },
  'subscription.renewal_date': { ru: { description: 'Дата продления подписки', sample: '1 апреля' }, en: { description: 'Subscription renewal date', sample: 'April 1' } },
  'invoice.number': { ru: { description: 'Номер счёта', sample: 'INV-2026-0412' }, en: { description: 'Invoice number', sample: 'INV-2026-0412' } },
  'agent.first_name': { ru: { description: 'Имя сотрудника поддержки', default: 'Команда поддержки', sample: 'Мария' }, en: { description: 'Support agent first name', default: 'The support team', sample: 'Maria' } },
  'incident.eta': { ru: { description: 'Когда исправим', default: 'сегодня до 18:00 (МСК)', sample: '15:30 (МСК)' }, en: { description: 'Fix ETA', default: 'today by 18:00 UTC', sample: '15:30 UTC' } },
  'app.version': { ru: { description: 'Актуальная версия приложения', sample: '5.2.1' }, en: { description: 'Current app version', sample: '5.2.1' } },
};

// ---------------------------------------------------------------------------------------------
// Generic sentence banks. Tokens: {about} {team} {label} {noun} {hours}.

interface LangBank {
  brand: string;
  greetingsEmail: string[];
  greetingsChat: string[];
  thanks: string[];
  closingsEmail: string[];
  closingsChat: string[];
  signatures: string[];
  stepsLead: string[];
  ackReceived: string[];
  ackTime: string[];
  ackDetails: string[];
  holdingWhat: string[];
  holdingWhen: string[];
  refusalAlt: string[];
  refusalClose: string[];
  incidentFixed: string[];
  incidentOpen: string[];
  incidentMakeRight: string[];
  incidentApology: string[];
  incidentLink: string[];
  proactiveLead: string[];
  proactiveClose: string[];
  csatAsk: string[];
  csatLink: string[];
  csatUnsolved: string[];
  kindSuffix: Record<Kind, string>;
  questionWords: RegExp;
  faqStepsHeading: string[];
  faqFactsHeading: string[];
  faqTimingHeading: string[];
  faqRelatedHeading: string[];
  faqDevHeading: string[];
  faqSeeAlso: string[];
  faqHelpLink: string;
  snippetFocus: string[];
  summaryTailMacro: string[];
  summaryTailFaq: string[];
  phoneIntro: string[];
  phoneIfAsked: string[];
  phoneBye: string[];
  phoneCallBack: string[];
  smsMore: string[];
  slackOpen: string[];
}

const BANK: Record<Locale, LangBank> = {
  ru: {
    brand: 'Витринка',
    greetingsEmail: ['Здравствуйте, {{customer.first_name}}!', 'Добрый день!', '{{customer.first_name}}, здравствуйте!', 'Здравствуйте!'],
    greetingsChat: ['{{customer.first_name}}, здравствуйте!', 'Здравствуйте!', 'Добрый день!'],
    thanks: ['Спасибо, что написали.', 'Спасибо за подробное описание.', 'Спасибо, что прислали номер заказа.', 'Спасибо за скриншоты — так проверять быстрее.'],
    closingsEmail: ['Если останутся вопросы, ответьте на это письмо.', 'Будут вопросы — пишите в ответ, мы на связи.', 'Если что-то пойдёт не так, ответьте на письмо — продолжим с того же места.'],
    closingsChat: ['Если что-то не получится, напишите сюда.', 'Получилось? Если нет, напишите, на каком шаге остановились.', 'Пишите, если понадобится помощь.'],
    signatures: ['{{agent.first_name}}, служба поддержки Витринки', 'С уважением,\n{{agent.first_name}}\nКоманда поддержки Витринки', 'Команда поддержки Витринки', 'Служба поддержки Витринки'],
    stepsLead: ['Как это сделать:', 'По шагам:', 'Что нужно сделать:', 'Порядок действий:'],
    ackReceived: ['Мы получили ваше обращение {about} и присвоили ему номер {{ticket.id}}.', 'Ваш запрос {about} зарегистрирован под номером {{ticket.id}}.', 'Спасибо за обращение {about} — его номер {{ticket.id}}.'],
    ackTime: ['Ответим в течение {hours} рабочих часов.', 'Ответ придёт сегодня до 19:00 по Москве.', 'Ответим до конца следующего рабочего дня.', 'Обычно мы отвечаем за {hoursRu}, по выходным — за 12 часов.'],
    ackDetails: [
      'Чтобы добавить подробности — скриншот, номер заказа или текст ошибки, — ответьте на это письмо, и всё попадёт в то же обращение.',
      'Если хотите что-то уточнить, напишите в ответ: номер {{ticket.id}} сохранится в переписке.',
      'Дополнения можно прислать ответом на это письмо — приложите файлы, если они есть.',
    ],
    holdingWhat: ['Передали ваш вопрос {about} коллегам из {team}: им нужно проверить журнал операций.', 'Разбираемся с вашим вопросом {about} вместе с коллегами из {team}.', 'Проверяем ваш вопрос {about}: запросили данные у коллег из {team}.'],
    holdingWhen: ['Вернёмся с ответом сегодня до 18:00 (МСК).', 'Напишем вам не позже чем через {workHoursRu}, даже если проверка ещё не закончится.', 'Ответим завтра до 12:00 — расскажем, что нашли и что делать дальше.', 'Следующее сообщение пришлём в течение {hours} часов.'],
    refusalAlt: ['Что можем предложить: {alt}', 'Вместо этого предлагаем: {alt}', 'Есть другой вариант: {alt}'],
    refusalClose: ['Если этот вариант не подходит, ответьте на письмо — подберём другой.', 'Напишите, какой вариант вам удобнее, и мы всё сделаем.', 'Если нужна помощь с этим, ответьте — сделаем вместе.'],
    incidentFixed: ['Сегодня с {t1} до {t2} (МСК) {what}. Причину нашли и устранили, сейчас всё работает в обычном режиме.', 'Вчера с {t1} до {t2} (МСК) {what}. Ошибку исправили в {t2}.'],
    incidentOpen: ['Сегодня с {t1} (МСК) {what}. Причину уже нашли и исправим до {{incident.eta}}.', 'С {t1} (МСК) {what}. Исправление выкатываем, закончим до {{incident.eta}}.'],
    incidentMakeRight: [
      'В качестве компенсации продлим ваш тариф на 3 дня — это произойдёт автоматически до конца недели.',
      'Если из-за сбоя вы потеряли заказы, пришлите их номера — проверим каждый в течение рабочего дня.',
      'Все операции за это время мы повторим сами сегодня до 20:00, делать ничего не нужно.',
      'Текущий статус публикуем на status.vitrinka.example — обновляем его каждые 30 минут.',
    ],
    incidentLink: ['Вы писали нам {about}. Причина — сбой на нашей стороне.', 'Отвечаем на ваш вопрос {about}: дело было в сбое у нас.', 'Спасибо, что написали {about}: так мы быстрее нашли сбой.'],
    incidentApology: ['Это наша ошибка, извините.', 'Извините за неудобства — ниже рассказываем, что сделали.', 'Приносим извинения и рассказываем, как исправляем.'],
    proactiveLead: ['Предупреждаем заранее: {what}', 'Коротко о важном изменении: {what}', 'Хотим заранее рассказать: {what}'],
    proactiveClose: ['Если есть вопросы, ответьте на это письмо — ответим в течение рабочего дня.', 'Вопросы можно задать в чате в панели магазина, отвечаем круглосуточно.'],
    csatAsk: ['Недавно вы обращались к нам {about}. Как мы справились?', 'Как вам наш ответ на вопрос {about}?', 'Помог ли вам наш ответ на вопрос {about}?'],
    csatLink: ['Оцените ответ по шкале от 1 до 5: https://vitrinka.example/csat — это займёт полминуты.', 'Поставьте оценку от 1 до 5 по ссылке https://vitrinka.example/csat.'],
    csatUnsolved: ['Если вопрос не решён, просто ответьте на это письмо — вернёмся к нему в течение рабочего дня.', 'Если что-то осталось непонятным, напишите в ответ — обращение откроется снова.'],
    kindSuffix: { answer: '', acknowledgement: 'подтверждение', holding: 'ожидание', refusal: 'отказ', incident: 'сбой', proactive: 'предупреждение', csat: 'оценка' },
    questionWords: /^(Как|Почему|Что|Где|Когда|Сколько|Какие|Какая|Какой)\s/u,
    faqStepsHeading: ['Как это сделать', 'Пошаговая инструкция', 'Что нужно сделать', 'Порядок действий'],
    faqFactsHeading: ['Что важно знать', 'Коротко о главном', 'Полезно знать'],
    faqTimingHeading: ['Сроки', 'Сколько это занимает', 'Когда ждать результат'],
    faqRelatedHeading: ['Похожие вопросы', 'Частые вопросы по теме', 'Если вопрос немного другой'],
    faqDevHeading: ['Для разработчиков', 'Пример запроса', 'Технические детали'],
    faqSeeAlso: ['См. также', 'Читайте также', 'Полезные ссылки'],
    faqHelpLink: 'Раздел справки «{label}»',
    snippetFocus: ['Сроки', 'Шаги', 'Где найти', 'Напоминание', 'Пояснение'],
    summaryTailMacro: ['что ответить клиенту', 'шаги и сроки', 'короткий ответ', 'готовый ответ со сроками'],
    summaryTailFaq: ['пошаговая инструкция', 'ответы на частые вопросы', 'инструкция и сроки', 'как устроено и что проверить'],
    phoneIntro: ['Здравствуйте, меня зовут {{agent.first_name}}, служба поддержки Витринки.', 'Служба поддержки Витринки, {{agent.first_name}}, здравствуйте.'],
    phoneIfAsked: ['Если клиент спросит, что делать дальше, расскажите по шагам:', 'Если клиент попросит инструкцию, продиктуйте:', 'Дальше предложите клиенту:'],
    phoneCallBack: ['Перезвоним вам сегодня до 18:00 (МСК) и расскажем, что нашли.', 'Перезвоним в течение {hours} рабочих часов — номер телефона у нас есть.', 'Мы перезвоним вам завтра до 12:00.'],
    phoneBye: ['Спасибо за звонок. Если появятся вопросы, звоните или пишите в чат — отвечаем круглосуточно.', 'Спасибо, что позвонили. Если что-то не получится, перезвоните — номер обращения у нас сохранён.'],
    smsMore: ['Подробнее: vitrinka.example/help', 'Вопросы — в чате vitrinka.example/chat', 'Помощь: vitrinka.example/help'],
    slackOpen: ['Привет от поддержки Витринки.', 'Отвечаем по вашему вопросу.', 'Коллеги, по вашему вопросу.'],
  },
  en: {
    brand: 'Vitrinka',
    greetingsEmail: ['Hi {{customer.first_name}},', 'Hello,', 'Hi there,', 'Good morning {{customer.first_name}},'],
    greetingsChat: ['Hi {{customer.first_name}}!', 'Hello!', 'Hi there!'],
    thanks: ['Thanks for getting in touch.', 'Thanks for the detailed description.', 'Thanks for sending the order number.', 'Thanks for the screenshots, they make checking much faster.'],
    closingsEmail: ['If anything is unclear, just reply to this email.', 'Questions? Reply here and we will pick it up.', 'If something goes wrong, reply and we will continue from there.'],
    closingsChat: ['If something does not work, message us here.', 'Did that work? If not, tell us which step you got stuck on.', 'Write here if you need a hand.'],
    signatures: ['Best,\n{{agent.first_name}}\nVitrinka Support', '{{agent.first_name}} from Vitrinka Support', 'The Vitrinka Support team', 'Vitrinka Support'],
    stepsLead: ['Here is how:', 'Step by step:', 'What to do:'],
    ackReceived: ['We have received your request {about}; its number is {{ticket.id}}.', 'Your request {about} is logged as #{{ticket.id}}.', 'Thanks for your message {about}. The request number is {{ticket.id}}.'],
    ackTime: ['We will reply within {hours} business hours.', 'You will hear from us today before 7 pm UTC.', 'We will answer by the end of the next business day.', 'We usually reply within {hours} hours, and within 12 hours at weekends.'],
    ackDetails: [
      'To add details such as a screenshot, the order number or the error text, just reply to this email and it will go into the same request.',
      'If you want to add anything, reply to this email; request #{{ticket.id}} stays in the thread.',
      'You can send more information by replying here, with attachments if you have them.',
    ],
    holdingWhat: ['We have passed your question {about} to our {team} to check the logs.', 'We are looking into your question {about} together with our {team}.', 'We are checking your question {about} and have asked our {team} for the data.'],
    holdingWhen: ['We will get back to you today by 18:00 UTC.', 'You will hear from us within {hours} business hours, even if the check is still running.', 'We will reply tomorrow by noon with what we found and what to do next.', 'Our next update comes within {hours} hours.'],
    refusalAlt: ['Here is what we can do: {alt}', 'Instead, we suggest this: {alt}', 'There is another option: {alt}'],
    refusalClose: ['If that does not work for you, reply and we will find another way.', 'Tell us which option suits you and we will take care of it.', 'If you would like help with this, reply and we will do it together.'],
    incidentFixed: ['Today from {t1} to {t2} UTC {what}. We found and fixed the cause, and everything is working normally now.', 'Yesterday from {t1} to {t2} UTC {what}. The fix went live at {t2}.'],
    incidentOpen: ['Since {t1} UTC today {what}. We have found the cause and will fix it by {{incident.eta}}.', 'Since {t1} UTC {what}. The fix is rolling out and will be complete by {{incident.eta}}.'],
    incidentMakeRight: [
      'To make up for it, we will extend your plan by 3 days automatically before the end of the week.',
      'If you lost orders because of this, send us their numbers and we will check each one within a business day.',
      'We will retry every affected operation ourselves today by 20:00 UTC; you do not need to do anything.',
      'We post the current status at status.vitrinka.example and update it every 30 minutes.',
    ],
    incidentLink: ['You wrote to us {about}. The cause was a fault on our side.', 'About your question {about}: it was caused by a fault on our side.', 'Thanks for writing {about}; it helped us find the fault faster.'],
    incidentApology: ['This was our mistake, and we are sorry.', 'Sorry for the trouble; here is what we did about it.', 'We apologise, and here is how we are fixing it.'],
    proactiveLead: ['A heads-up: {what}', 'A quick note about an upcoming change: {what}', 'We want to let you know in advance: {what}'],
    proactiveClose: ['If you have questions, reply to this email and we will answer within a business day.', 'You can ask us anything in the dashboard chat, around the clock.'],
    csatAsk: ['You recently contacted us {about}. How did we do?', 'How was our answer to your question {about}?', 'Did our reply {about} help?'],
    csatLink: ['Rate the answer from 1 to 5 at https://vitrinka.example/csat; it takes half a minute.', 'Leave a rating from 1 to 5 here: https://vitrinka.example/csat.'],
    csatUnsolved: ['If the issue is not solved, just reply to this email and we will pick it up within a business day.', 'If anything is still unclear, reply and the request will reopen.'],
    kindSuffix: { answer: '', acknowledgement: 'acknowledgement', holding: 'holding', refusal: 'refusal', incident: 'incident', proactive: 'heads-up', csat: 'CSAT' },
    questionWords: /^(How|Why|What|Where|When|Which)\s/u,
    faqStepsHeading: ['How to do it', 'Step by step', 'What to do'],
    faqFactsHeading: ['Good to know', 'The short version', 'Key facts'],
    faqTimingHeading: ['Timing', 'How long it takes', 'When to expect results'],
    faqRelatedHeading: ['Related questions', 'Common questions on this topic', 'If your question is slightly different'],
    faqDevHeading: ['For developers', 'Example request', 'Technical details'],
    faqSeeAlso: ['See also', 'Related articles', 'Useful links'],
    faqHelpLink: 'Help centre: {label}',
    snippetFocus: ['Timing', 'Steps', 'Where to find', 'Reminder', 'Note'],
    summaryTailMacro: ['what to tell the customer', 'steps and timing', 'short answer', 'ready reply with timing'],
    summaryTailFaq: ['step-by-step guide', 'answers to common questions', 'guide and timing', 'how it works and what to check'],
    phoneIntro: ['Hello, this is {{agent.first_name}} from Vitrinka Support.', 'Vitrinka Support, {{agent.first_name}} speaking.'],
    phoneIfAsked: ['If the caller asks what to do next, walk them through it:', 'If the caller wants instructions, read out:', 'Then suggest:'],
    phoneCallBack: ['We will call you back today by 18:00 UTC with what we found.', 'We will call you back within {hours} business hours; we have your number.', 'We will call you back tomorrow by noon.'],
    phoneBye: ['Thanks for calling. If anything comes up, call us or write in the chat, we are there around the clock.', 'Thanks for calling. If something does not work, call back; we have your request on file.'],
    smsMore: ['More: vitrinka.example/help', 'Questions: vitrinka.example/chat', 'Help: vitrinka.example/help'],
    slackOpen: ['Hi from Vitrinka Support.', 'Following up on your question.', 'Quick answer to your question.'],
  },
};

const TONE_PROBLEMS: Record<Locale, [ToneProblemCategory, string][]> = {
  ru: [
    ['vague-time', 'Мы свяжемся с вами в ближайшее время.'],
    ['vague-time', 'Деньги вернутся на карту в ближайшее время.'],
    ['vague-time', 'Скоро всё заработает.'],
    ['vague-time', 'Исправим в ближайшее время.'],
    ['kantselyarit', 'Возврат денежных средств осуществляется в течение 5 рабочих дней.'],
    ['kantselyarit', 'Данная функция является платной.'],
    ['kantselyarit', 'В связи с тем что заказ уже передан в доставку, изменить его нельзя.'],
    ['kantselyarit', 'Проверку платежа осуществляют специалисты отдела биллинга.'],
    ['kantselyarit', 'В рамках данного обращения мы осуществили проверку настроек.'],
    ['kantselyarit', 'В случае если письмо не пришло, проверьте папку «Спам».'],
    ['holding-cliche', 'Ваше обращение очень важно для нас.'],
    ['holding-cliche', 'Ваш звонок очень важен для нас, оставайтесь на линии.'],
    ['prohibition', 'К сожалению, мы не можем вернуть деньги на другую карту.'],
    ['prohibition', 'Это невозможно по техническим причинам.'],
    ['prohibition', 'Мы не можем изменить настройки за вас.'],
    ['reproach', 'Как мы уже писали, нужно было указать номер заказа.'],
    ['reproach', 'Вы не указали номер заказа, поэтому проверка затянулась.'],
    ['shrug', 'Ну, что поделать, так бывает.'],
    ['shrug', 'Так бывает при высокой нагрузке.'],
    ['leading-csat', 'Оцените, насколько отлично мы справились!'],
    ['shouting', 'Проверьте папку «Спам»!!'],
    ['shouting', 'ВАЖНО: НЕ ПЕРЕДАВАЙТЕ КОД НИКОМУ.'],
    ['shouting', 'Вы точно указали правильный адрес?!'],
    ['no-reply', 'Это письмо отправлено автоматически, отвечать на него не нужно.'],
    ['familiarity', 'Если что, пиши, бро, разберёмся.'],
  ],
  en: [
    ['corporate-speak', 'Please do not hesitate to contact us.'],
    ['corporate-speak', 'Please reply at your earliest convenience.'],
    ['corporate-speak', 'We regret to inform you that the refund was declined.'],
    ['corporate-speak', 'Per your request, the subscription has been cancelled.'],
    ['vague-time', 'We will get back to you shortly.'],
    ['vague-time', 'The issue will be fixed in due course.'],
    ['vague-time', 'The refund should arrive soon.'],
    ['reproach', 'As stated previously, the order number is required.'],
    ['reproach', 'You didn’t enter the order number, so the check took longer.'],
    ['reproach', 'You forgot to confirm your email address.'],
    ['shrug', 'It happens sometimes.'],
    ['no-reply', 'Do not reply to this email.'],
    ['holding-cliche', 'Your call is very important to us.'],
    ['prohibition', 'Unfortunately, we can’t change the delivery address.'],
    ['shouting', 'PLEASE CHECK YOUR SPAM FOLDER!!!'],
    ['leading-csat', 'How great was our support today?'],
  ],
};

const BAD_KEYS: [string, string][] = [
  ['channels', 'chanels'],
  ['channels', 'channel'],
  ['tags', 'tag'],
  ['reviewed', 'reviewd'],
  ['summary', 'sumary'],
];
const BAD_CHANNELS = ['viber', 'e-mail', 'vk', 'instagram', 'sms-ru'];

const APPLIES_TO = ['>=4.0 <5', '>=5.0', '>=4.2 <5.1', '>=5.1', '<5', '>=3.8 <4.2', '^5.2', '~4.6', '>=5.2 <6'];

// ---------------------------------------------------------------------------------------------
// Tables and code blocks for FAQs.

const TABLES: Record<TableKind, Record<Locale, { head: string[]; rows: string[][] }>> = {
  carriers: {
    ru: {
      head: ['Служба доставки', 'Срок по России', 'Хранение в пункте выдачи'],
      rows: [['СДЭК', '2–6 дней', '7 дней'], ['Почта России', '5–14 дней', '30 дней'], ['Boxberry', '3–8 дней', '7 дней'], ['DHL', '4–10 дней (международная)', '5 дней'], ['Курьер магазина', 'в день заказа или на следующий', '—'], ['Самовывоз', 'после сборки заказа', '3 дня']],
    },
    en: {
      head: ['Carrier', 'Domestic delivery', 'Pickup point storage'],
      rows: [['CDEK', '2–6 days', '7 days'], ['Russian Post', '5–14 days', '30 days'], ['Boxberry', '3–8 days', '7 days'], ['DHL', '4–10 days (international)', '5 days'], ['Store courier', 'same or next day', '—'], ['In-store pickup', 'once packed', '3 days']],
    },
  },
  'refund-times': {
    ru: {
      head: ['Способ оплаты', 'Срок зачисления покупателю'],
      rows: [['Банковская карта', '1–10 рабочих дней'], ['СБП', 'до 1 рабочего дня'], ['ЮKassa (кошелёк)', 'до 1 часа'], ['Рассрочка', 'до 30 дней, зависит от банка'], ['Счёт для юрлица', '1–3 рабочих дня']],
    },
    en: {
      head: ['Payment method', 'Time to reach the buyer'],
      rows: [['Bank card', '1–10 business days'], ['SBP', 'up to 1 business day'], ['YooKassa wallet', 'up to 1 hour'], ['Instalments', 'up to 30 days, depends on the bank'], ['Company invoice', '1–3 business days']],
    },
  },
  plans: {
    ru: {
      head: ['Тариф', 'Товаров', 'Сотрудников', 'Цена в месяц'],
      rows: [['Старт', 'до 100', '1', '990 ₽'], ['Бизнес', 'до 10 000', 'до 10', '2 990 ₽'], ['Про', 'без ограничений', 'без ограничений', '7 990 ₽']],
    },
    en: {
      head: ['Plan', 'Products', 'Staff', 'Price per month'],
      rows: [['Start', 'up to 100', '1', '$19'], ['Business', 'up to 10,000', 'up to 10', '$49'], ['Pro', 'unlimited', 'unlimited', '$129']],
    },
  },
  'api-limits': {
    ru: {
      head: ['Тариф', 'Запросов в минуту', 'Позиций в пакете'],
      rows: [['Бизнес', '600', '500'], ['Про', '3 000', '1 000'], ['Тестовая среда', '60', '100']],
    },
    en: {
      head: ['Plan', 'Requests per minute', 'Items per batch'],
      rows: [['Business', '600', '500'], ['Pro', '3,000', '1,000'], ['Sandbox', '60', '100']],
    },
  },
  'sms-prices': {
    ru: {
      head: ['Канал', 'Стоимость', 'Длина одного сообщения'],
      rows: [['SMS на латинице', '3,90 ₽', '160 знаков'], ['SMS на кириллице', '3,90 ₽', '70 знаков'], ['Telegram', 'бесплатно', '4 096 знаков'], ['WhatsApp', '1,50 ₽ за диалог', '4 096 знаков'], ['Email', 'бесплатно', 'без ограничений']],
    },
    en: {
      head: ['Channel', 'Price', 'Length of one message'],
      rows: [['SMS, Latin', '3.90 RUB', '160 characters'], ['SMS, Cyrillic', '3.90 RUB', '70 characters'], ['Telegram', 'free', '4,096 characters'], ['WhatsApp', '1.50 RUB per conversation', '4,096 characters'], ['Email', 'free', 'no limit']],
    },
  },
  'receipt-statuses': {
    ru: {
      head: ['Статус чека', 'Что это значит'],
      rows: [['В очереди', 'чек сформирован и ждёт отправки в кассу'], ['Отправлен в ОФД', 'чек зарегистрирован, покупатель его получил'], ['Ошибка кассы', 'касса не ответила — чек отправится повторно'], ['Чек коррекции', 'исправляет ошибку в ранее отправленном чеке']],
    },
    en: {
      head: ['Receipt status', 'What it means'],
      rows: [['Queued', 'the receipt is built and waiting for the register'], ['Sent to operator', 'the receipt is registered and the buyer has it'], ['Register error', 'the register did not answer; it will retry'], ['Correction', 'fixes a mistake in an earlier receipt']],
    },
  },
  'report-fields': {
    ru: {
      head: ['Колонка', 'Что показывает'],
      rows: [['Выручка', 'сумма оплаченных заказов без возвратов'], ['Средний чек', 'выручка, делённая на число заказов'], ['Возвраты', 'сумма возвратов за период'], ['Конверсия', 'доля посетителей, оформивших заказ'], ['Себестоимость', 'закупочная цена проданных товаров']],
    },
    en: {
      head: ['Column', 'What it shows'],
      rows: [['Revenue', 'paid orders minus refunds'], ['Average order', 'revenue divided by the number of orders'], ['Refunds', 'refunds in the period'], ['Conversion', 'share of visitors who placed an order'], ['Cost', 'purchase price of the items sold']],
    },
  },
};

function codeBlock(kind: CodeKind, loc: Locale, rng: Rng): string {
  const n = rng.range(10000, 99999);
  switch (kind) {
    case 'curl-orders':
      return ['```bash', `curl -s "https://api.vitrinka.example/v2/orders?status=paid&limit=${rng.pick([20, 50, 100])}" \\`, '  -H "Authorization: Bearer $VITRINKA_API_KEY" \\', '  -H "Accept: application/json"', '```'].join('\n');
    case 'http-429':
      return ['```http', 'HTTP/1.1 429 Too Many Requests', `Retry-After: ${rng.range(2, 30)}`, `X-RateLimit-Limit: ${rng.pick([600, 3000])}`, 'X-RateLimit-Remaining: 0', '```'].join('\n');
    case 'webhook-js':
      return [
        '```js',
        "import crypto from 'node:crypto';",
        '',
        'export function isValidSignature(rawBody, header, secret) {',
        "  const expected = crypto.createHmac('sha256', secret).update(rawBody).digest('hex');",
        '  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(header));',
        '}',
        '```',
      ].join('\n');
    case 'webhook-json':
      return ['```json', '{', `  "event": "${rng.pick(['order.paid', 'order.created', 'order.shipped', 'refund.succeeded'])}",`, `  "order_id": ${n},`, `  "total": "${rng.range(300, 9000)}.00",`, `  "currency": "${loc === 'ru' ? 'RUB' : 'USD'}"`, '}', '```'].join('\n');
    case 'dns':
      return ['```text', `shop.example${loc === 'ru' ? '.ru' : '.com'}.    CNAME  stores.vitrinka.example.`, `example${loc === 'ru' ? '.ru' : '.com'}.         A      203.0.113.${rng.range(10, 40)}`, '```'].join('\n');
    case 'csv':
      return loc === 'ru'
        ? ['```csv', 'sku;name;price;stock', `TEA-${n};Улун молочный 100 г;890;${rng.range(0, 90)}`, `CUP-${n + 1};Чашка керамическая 300 мл;650;${rng.range(0, 90)}`, '```'].join('\n')
        : ['```csv', 'sku,name,price,stock', `TEA-${n},Milk oolong 100 g,12.90,${rng.range(0, 90)}`, `CUP-${n + 1},Ceramic cup 300 ml,9.50,${rng.range(0, 90)}`, '```'].join('\n');
    case 'mapping-json':
      return loc === 'ru'
        ? ['```json', '{', '  "warehouses": { "main": "Основной склад", "spb": "Склад СПб" },', '  "statuses": { "paid": "Оплачен", "shipped": "Отгружен" }', '}', '```'].join('\n')
        : ['```json', '{', '  "warehouses": { "main": "Main warehouse", "east": "East warehouse" },', '  "statuses": { "paid": "Paid", "shipped": "Shipped" }', '}', '```'].join('\n');
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function capFirst(s: string): string {
  return s.length === 0 ? s : (s[0] as string).toUpperCase() + s.slice(1);
}

function fill(template: string, map: Record<string, string>): string {
  return template.replace(/\{(\w+)\}(?!\})/g, (m, k: string) => (k in map ? (map[k] as string) : m));
}

function stripBold(s: string): string {
  return s.replace(/\*\*/g, '');
}

const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
/** Anything a plain YAML scalar cannot hold as a string: indicators, ": ", " #", reserved words, numbers, times. */
const NEEDS_QUOTES = /^$|^[\s\-?:,[\]{}#&*!|>'"%@`]|\s$|: |:$| #|[\n\t]|^(?:true|false|null|yes|no|on|off|y|n|~)$|^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$|^\d[\d:.]*$/i;

function yamlScalar(s: string): string {
  return NEEDS_QUOTES.test(s) ? JSON.stringify(s) : s;
}

const flowItemCache = new Map<string, string>();

function yamlFlowItem(s: string): string {
  const cached = flowItemCache.get(s);
  if (cached !== undefined) return cached;
  const out = yamlFlowItemUncached(s);
  if (flowItemCache.size < 10000) flowItemCache.set(s, out);
  return out;
}

function yamlFlowItemUncached(s: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ._\-/«»—]*$/u.test(s) && !/\s$/.test(s) && !RESERVED.test(s) && Number.isNaN(Number(s));
  return plain ? s : JSON.stringify(s);
}

function yamlFlowList(items: readonly string[]): string {
  return `[${items.map(yamlFlowItem).join(', ')}]`;
}

/** Relative link between two KB paths (both POSIX, relative to the root). */
function relativePath(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...Array(a.length - i).fill('..'), ...b.slice(i)].join('/') || '.';
}

const encoder = new TextEncoder();
let encodeBuffer = new Uint8Array(1 << 16);

/** UTF-8 byte length (encodeInto into a reused buffer: much faster than charCodeAt over rope strings). */
function utf8Length(s: string): number {
  if (encodeBuffer.length < s.length * 3) encodeBuffer = new Uint8Array(s.length * 3);
  return encoder.encodeInto(s, encodeBuffer).written;
}

const PLACEHOLDER_RAW = /\{\{([a-z_][a-z0-9_.]*)\}\}/g;
const HAS_PLACEHOLDER_RAW = /\{\{[a-z_][a-z0-9_.]*\}\}/;

// ---------------------------------------------------------------------------------------------
// Document assembly

type Block = { t: 'p' | 'list' | 'h' | 'table' | 'code' | 'sig'; text: string };

interface Spec {
  topic: TopicDef;
  action: ActionDef;
  ctx: Ctx;
  situation: Situation | null;
  type: DocType;
  kind: Kind;
  channels: Channel[];
  titleVariant: number;
  categoryPrefix: boolean;
  focus: number;
  /** Which refusal / incident / announcement of the topic (fixed per spec, so translations match). */
  item: number;
  /** Identifies the title (without the category prefix) within a locale: cheap uniqueness checks. */
  titleKey: number;
}

interface RecentDoc {
  path: string;
  title: string;
  faq: boolean;
}

const KIND_WEIGHTS: (readonly [Kind, number])[] = [
  ['answer', 55],
  ['acknowledgement', 10],
  ['holding', 10],
  ['refusal', 8],
  ['incident', 6],
  ['proactive', 4],
  ['csat', 5],
];

function pickChannels(rng: Rng, type: DocType, kind: Kind): Channel[] {
  if (type === 'faq') return rng.chance(0.5) ? rng.pick<Channel[]>([['email', 'chat'], ['email'], ['chat', 'telegram', 'whatsapp']]) : [];
  if (type === 'snippet') return rng.chance(0.6) ? rng.pick<Channel[]>([['email', 'chat'], ['chat'], ['email'], ['telegram', 'whatsapp'], ['email', 'chat', 'telegram']]) : [];
  const groups: (readonly [string, number])[] =
    kind === 'answer'
      ? [['email', 28], ['email+chat', 15], ['chat', 10], ['messengers', 15], ['slack', 5], ['sms', 7], ['phone', 6], ['omni', 14]]
      : kind === 'acknowledgement'
        ? [['email', 70], ['email+chat', 15], ['sms', 10], ['omni', 5]]
        : kind === 'holding'
          ? [['email', 35], ['chat', 20], ['messengers', 20], ['phone', 15], ['slack', 10]]
          : kind === 'refusal'
            ? [['email', 50], ['email+chat', 20], ['chat', 15], ['phone', 15]]
            : kind === 'incident'
              ? [['email', 40], ['omni', 25], ['slack', 15], ['sms', 10], ['messengers', 10]]
              : kind === 'proactive'
                ? [['email', 50], ['sms', 20], ['messengers', 15], ['omni', 15]]
                : [['email', 60], ['chat', 25], ['messengers', 15]];
  switch (rng.weighted(groups)) {
    case 'email':
      return ['email'];
    case 'email+chat':
      return ['email', 'chat'];
    case 'chat':
      return ['chat'];
    case 'messengers': {
      const picked = rng.sample<Channel>(['chat', 'telegram', 'whatsapp'], rng.range(2, 3));
      return ALL_CHANNELS.filter((ch) => picked.includes(ch));
    }
    case 'slack':
      return rng.chance(0.5) ? ['slack'] : ['email', 'slack'];
    case 'sms':
      return ['sms'];
    case 'phone':
      return ['phone'];
    default:
      return ['email', 'chat', 'telegram', 'whatsapp'];
  }
}


function randomSpec(rng: Rng, type: DocType): Spec {
  const topicIdx = rng.int(TOPICS.length);
  const topic = TOPICS[topicIdx] as TopicDef;
  const kind: Kind = type === 'macro' ? rng.weighted(KIND_WEIGHTS) : 'answer';
  const actionIdx = rng.int(topic.actions.length);
  const action = topic.actions[actionIdx] as ActionDef;
  const ctxs = CONTEXTS[topic.ctx];
  const ctxIdx = rng.int(ctxs.length);
  const sitIdx = rng.chance(0.22) ? 1 + rng.int(SITUATIONS.length) : 0;
  const channels = pickChannels(rng, type, kind);
  const titleVariant = rng.int(3);
  const categoryPrefix = type === 'macro' && rng.chance(0.2);
  const focus = rng.int(5);
  const item = rng.int(2);
  // Everything buildTitle depends on, as one number (snippet titles ignore the variant, others the focus;
  // announcement titles depend on the announcement and the channel group only).
  const variantN = type === 'snippet' || kind === 'proactive' ? 0 : titleVariant % action.ru.titles.length;
  const focusN = type === 'snippet' ? focus : 0;
  const [aN, cN, sN] = kind === 'proactive' ? [item, channelGroup(channels), 0] : [actionIdx, ctxIdx, sitIdx];
  // FAQ and macro titles share one space (an FAQ title without "?" reads like a macro title).
  const group = type === 'snippet' ? 1 : 0;
  const titleKey = ((((((group * 7 + ALL_KINDS.indexOf(kind)) * 5 + focusN) * 3 + variantN) * 32 + topicIdx) * 8 + aN) * 16 + cN) * 16 + sN;
  return {
    topic,
    action,
    ctx: ctxs[ctxIdx] as Ctx,
    situation: sitIdx > 0 ? (SITUATIONS[sitIdx - 1] as Situation) : null,
    type,
    kind,
    channels,
    titleVariant,
    categoryPrefix,
    focus,
    item,
    titleKey,
  };
}

/** 0 SMS, 1 email only, 2 email and more, 3 messengers / chat. */
function channelGroup(channels: readonly Channel[]): number {
  if (channels.length === 1 && channels[0] === 'sms') return 0;
  if (channels.includes('email')) return channels.length === 1 ? 1 : 2;
  return 3;
}

const CHANNEL_GROUP_LABEL: Record<Locale, string[]> = {
  ru: ['SMS', 'email', 'email и чат', 'мессенджеры'],
  en: ['SMS', 'email', 'email and chat', 'messengers'],
};
const CHANNEL_GROUP_KEY = ['sms', 'email', 'omni', 'messengers'];

/** First clause of an announcement, for its title: up to the first «;», «,» or « — ». */
function firstClause(text: string): string {
  const cut = text.search(/[;,]| — /);
  return cut > 20 ? text.slice(0, cut) : text.replace(/\.$/, '');
}

/** Lower-case the first letter unless the word is an acronym («СБП», "API"). */
function lowerFirst(s: string): string {
  return s.length > 1 && s[1] === (s[1] as string).toLowerCase() ? (s[0] as string).toLowerCase() + s.slice(1) : s;
}

function buildTitle(spec: Spec, loc: Locale): string {
  const A = spec.action[loc];
  const B = BANK[loc];
  const tail = `${spec.ctx[loc]}${spec.situation ? ` ${spec.situation[loc]}` : ''}`;
  if (spec.type === 'snippet') {
    return `${B.snippetFocus[spec.focus % B.snippetFocus.length]}: ${A.noun} ${tail}`;
  }
  if (spec.kind === 'proactive') {
    const what = spec.topic[loc].proactive[spec.item % spec.topic[loc].proactive.length] as string;
    const title = `${capFirst(B.kindSuffix.proactive)}: ${firstClause(what)} (${CHANNEL_GROUP_LABEL[loc][channelGroup(spec.channels)]})`;
    return spec.categoryPrefix ? `${spec.topic[loc].label}::${title}` : title;
  }
  const base = A.titles[spec.titleVariant % A.titles.length] as string;
  let title = `${base} ${tail}`;
  if (spec.type === 'faq' && B.questionWords.test(base)) title += '?';
  if (spec.type === 'macro' && spec.kind !== 'answer') title += ` — ${B.kindSuffix[spec.kind]}`;
  if (spec.categoryPrefix) title = `${spec.topic[loc].label}::${title}`;
  return title;
}

function baseId(spec: Spec, loc: Locale): string {
  if (spec.kind === 'proactive') return [spec.topic.key, 'announcement', String(spec.item + 1), CHANNEL_GROUP_KEY[channelGroup(spec.channels)], loc].join('-');
  const parts = [spec.topic.key, spec.action.key, spec.ctx.key];
  if (spec.situation) parts.push(spec.situation.key);
  if (spec.type === 'faq') parts.push('faq');
  else if (spec.type === 'snippet') parts.push('snippet', ['timing', 'steps', 'where', 'reminder', 'note'][spec.focus % 5] as string);
  else if (spec.kind !== 'answer') parts.push(spec.kind);
  parts.push(loc);
  return parts.join('-');
}

function hoursFill(rng: Rng): { hours: string; hoursRu: string; workHoursRu: string } {
  const n = rng.pick([2, 3, 4, 6, 8]);
  // Russian: 2–4 часа, 5+ часов; genitive plural after «в течение» is always «часов».
  return { hours: String(n), hoursRu: `${n} ${n < 5 ? 'часа' : 'часов'}`, workHoursRu: `${n} рабочих ${n < 5 ? 'часа' : 'часов'}` };
}

function timeOfDay(rng: Rng, fromHour: number, toHour: number): string {
  return `${String(rng.range(fromHour, toHour)).padStart(2, '0')}:${rng.pick(['00', '05', '10', '15', '20', '25', '30', '35', '40', '45', '50', '55'])}`;
}

function stepsBlock(steps: readonly string[], ordered: boolean): Block {
  return { t: 'list', text: steps.map((s, i) => (ordered ? `${i + 1}. ${s}` : `- ${s}`)).join('\n') };
}

/** Body of a macro: blocks, plus the subject template for email. */
function macroBlocks(spec: Spec, loc: Locale, rng: Rng): { blocks: Block[]; subject: string | null } {
  const B = BANK[loc];
  const T = spec.topic[loc];
  const A = spec.action[loc];
  const ctxNote = loc === 'ru' ? spec.ctx.ruNote : spec.ctx.enNote;
  const ch = spec.channels;
  const email = ch.includes('email');
  const sms = ch.length === 1 && ch[0] === 'sms';
  const phone = ch.length === 1 && ch[0] === 'phone';
  const slack = ch.includes('slack') && !email;
  const map = { about: A.about, team: T.team, label: T.label, noun: A.noun, ...hoursFill(rng) };
  const blocks: Block[] = [];
  const p = (text: string): void => {
    blocks.push({ t: 'p', text });
  };
  let subject: string | null = null;
  const nounTail = `${capFirst(A.noun)} ${spec.ctx[loc]}`;
  const [reason, alt] = T.refusals[spec.item % T.refusals.length] as [string, string];
  const incident = T.incidents[spec.item % T.incidents.length] as string;
  const announcement = T.proactive[spec.item % T.proactive.length] as string;

  if (sms) {
    let text: string;
    switch (spec.kind) {
      case 'acknowledgement':
        text = loc === 'ru' ? `${B.brand}: обращение {{ticket.id}} получено, ответим за ${map.hours} ч.` : `${B.brand}: request {{ticket.id}} received, reply within ${map.hours} h.`;
        break;
      case 'incident':
        text = loc === 'ru' ? `${B.brand}: ${incident}. Исправим до {{incident.eta}}.` : `${B.brand}: ${incident}. Fix by {{incident.eta}}.`;
        break;
      case 'proactive':
        text = `${B.brand}: ${announcement}`;
        break;
      default:
        text = `${B.brand}: ${stripBold(loc === 'ru' ? lowerFirst(A.answer[0] as string) : (A.answer[0] as string))} ${rng.pick(B.smsMore)}`;
    }
    p(text);
    return { blocks, subject };
  }

  if (phone) {
    p(rng.pick(B.phoneIntro));
    switch (spec.kind) {
      case 'holding':
        p(fill(rng.pick(B.holdingWhat), map));
        p(fill(rng.pick(B.phoneCallBack), map));
        break;
      case 'refusal':
        p(reason);
        p(fill(rng.pick(B.refusalAlt), { alt }));
        break;
      default: {
        p(A.answer.map(stripBold).join(' '));
        const steps = A.steps.map(stripBold).join(' ');
        if (rng.chance(0.5)) p(`${rng.pick(B.phoneIfAsked)} ${loc === 'ru' ? lowerFirst(steps) : steps}`);
      }
    }
    if (rng.chance(0.3)) p(ctxNote);
    p(rng.pick(B.phoneBye));
    return { blocks, subject };
  }

  if (slack) p(rng.pick(B.slackOpen));
  else p(rng.pick(email ? B.greetingsEmail : B.greetingsChat));

  switch (spec.kind) {
    case 'answer': {
      const lead = rng.chance(0.15) ? `${rng.pick(B.thanks)} ` : '';
      p(lead + (rng.chance(0.3) ? A.answer.join(' ') : (A.answer[0] as string)));
      if (rng.chance(0.3)) {
        if (rng.chance(0.3)) p(rng.pick(B.stepsLead));
        blocks.push(stepsBlock(A.steps, rng.chance(0.7)));
      }
      if (rng.chance(0.25)) p(ctxNote);
      if (rng.chance(0.12)) p(rng.pick(T.timing));
      subject = rawHas(blocks, 'order.number') && rng.chance(0.5) ? (loc === 'ru' ? `Заказ {{order.number}}: ${A.noun}` : `Order {{order.number}}: ${A.noun}`) : nounTail;
      break;
    }
    case 'acknowledgement': {
      p(fill(rng.pick(B.ackReceived), map));
      p(fill(rng.pick(B.ackTime), map));
      p(fill(rng.pick(B.ackDetails), map));
      if (rng.chance(0.25)) p(`${loc === 'ru' ? 'Пока ждёте ответа:' : 'While you wait:'} ${A.answer[0]}`);
      subject = loc === 'ru' ? `Обращение № {{ticket.id}}: ${A.noun}` : `Request #{{ticket.id}}: ${A.noun}`;
      break;
    }
    case 'holding': {
      p(fill(rng.pick(B.holdingWhat), map));
      if (rng.chance(0.5)) p(ctxNote);
      p(fill(rng.pick(B.holdingWhen), map));
      subject = loc === 'ru' ? `Проверяем ваш вопрос ${A.about}` : `We are checking your question ${A.about}`;
      break;
    }
    case 'refusal': {
      p(`${rng.chance(0.4) ? `${rng.pick(B.thanks)} ` : ''}${reason}`);
      p(fill(rng.pick(B.refusalAlt), { alt }));
      if (rng.chance(0.4)) p(ctxNote);
      p(rng.pick(B.refusalClose));
      subject = nounTail;
      break;
    }
    case 'incident': {
      const t1 = timeOfDay(rng, 8, 13);
      const t2 = timeOfDay(rng, 14, 18);
      const fixed = rng.chance(0.6);
      p(fill(rng.pick(B.incidentLink), map));
      if (rng.chance(0.5)) p(rng.pick(B.incidentApology));
      p(fill(rng.pick(fixed ? B.incidentFixed : B.incidentOpen), { t1, t2, what: incident }));
      p(rng.pick(B.incidentMakeRight));
      subject = loc === 'ru' ? `${T.label}: что случилось и что мы сделали` : `${T.label}: what happened and what we did`;
      break;
    }
    case 'proactive': {
      p(fill(rng.pick(B.proactiveLead), { what: announcement }));
      if (rng.chance(0.5)) p(rng.pick(T.facts));
      p(rng.pick(B.proactiveClose));
      subject = loc === 'ru' ? `${T.label}: важное изменение` : `${T.label}: an upcoming change`;
      break;
    }
    case 'csat': {
      p(fill(rng.pick(B.csatAsk), map));
      p(rng.pick(B.csatLink));
      p(rng.pick(B.csatUnsolved));
      subject = loc === 'ru' ? `Как мы справились с вопросом ${A.about}?` : `How did we do with your question ${A.about}?`;
      break;
    }
  }

  if ((spec.kind === 'answer' || spec.kind === 'holding') && rng.chance(0.6)) p(rng.pick(email ? B.closingsEmail : B.closingsChat));
  if (email && !slack && rng.chance(0.5)) blocks.push({ t: 'sig', text: rng.pick(B.signatures) });
  return { blocks, subject: email ? subject : null };
}

function rawHas(blocks: readonly Block[], name: string): boolean {
  return blocks.some((b) => b.text.includes(`{{${name}}}`));
}

function snippetBlocks(spec: Spec, loc: Locale, rng: Rng): Block[] {
  const T = spec.topic[loc];
  const A = spec.action[loc];
  const ctxNote = loc === 'ru' ? spec.ctx.ruNote : spec.ctx.enNote;
  const blocks: Block[] = [];
  switch (spec.focus % 5) {
    case 0:
      blocks.push({ t: 'p', text: `${T.timing.join(' ')}` });
      if (rng.chance(0.5)) blocks.push({ t: 'p', text: ctxNote });
      break;
    case 1:
      blocks.push(stepsBlock(A.steps, true));
      break;
    case 2:
      blocks.push({ t: 'p', text: `${A.answer[0]} ${ctxNote}` });
      break;
    case 3:
      blocks.push({ t: 'p', text: rng.pick(T.facts) });
      if (rng.chance(0.5)) blocks.push({ t: 'p', text: rng.pick(T.timing) });
      break;
    default:
      blocks.push({ t: 'p', text: ctxNote });
      blocks.push({ t: 'p', text: rng.pick(T.facts) });
  }
  return blocks;
}

function tableMarkdown(kind: TableKind, loc: Locale, rng: Rng): string {
  const t = TABLES[kind][loc];
  const rows = rng.sample(t.rows, Math.max(2, t.rows.length - rng.int(2)));
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(t.head), line(t.head.map(() => '---')), ...rows.map(line)].join('\n');
}

function faqBlocks(spec: Spec, loc: Locale, rng: Rng, related: RecentDoc[], selfPath: string): Block[] {
  const B = BANK[loc];
  const T = spec.topic[loc];
  const A = spec.action[loc];
  const ctxNote = loc === 'ru' ? spec.ctx.ruNote : spec.ctx.enNote;
  const blocks: Block[] = [];
  const h = (text: string): void => {
    blocks.push({ t: 'h', text: `## ${text}` });
  };
  blocks.push({ t: 'p', text: `${A.answer.join(' ')} ${ctxNote}` });

  h(rng.pick(B.faqStepsHeading));
  blocks.push(stepsBlock(A.steps, true));
  if (rng.chance(0.4)) blocks.push({ t: 'p', text: rng.pick(T.timing) });

  if (rng.chance(0.6)) {
    h(rng.pick(B.faqFactsHeading));
    const facts = rng.sample(T.facts, 2);
    blocks.push(rng.chance(0.6) ? { t: 'list', text: facts.map((f) => `- ${f}`).join('\n') } : { t: 'p', text: facts.join(' ') });
  }

  if (spec.topic.tables.length > 0 && rng.chance(0.45)) {
    h(loc === 'ru' ? rng.pick(['Сравнение вариантов', 'Таблица', 'Коротко в таблице']) : rng.pick(['Comparison', 'At a glance', 'Quick reference']));
    blocks.push({ t: 'table', text: tableMarkdown(rng.pick(spec.topic.tables), loc, rng) });
  }

  if (rng.chance(0.5)) {
    h(rng.pick(B.faqTimingHeading));
    blocks.push({ t: 'p', text: T.timing.join(' ') });
  }

  const others = spec.topic.actions.filter((x) => x !== spec.action);
  if (others.length > 0 && rng.chance(0.6)) {
    h(rng.pick(B.faqRelatedHeading));
    for (const other of rng.sample(others, rng.chance(0.7) ? 1 : 2)) {
      const O = other[loc];
      const q = rng.pick(O.titles);
      blocks.push({ t: 'h', text: `### ${q}${B.questionWords.test(q) ? '?' : ''}` });
      blocks.push({ t: 'p', text: O.answer.join(' ') });
      if (rng.chance(0.35)) blocks.push(stepsBlock(O.steps, false));
    }
  }

  const code = spec.action.code ?? spec.topic.code;
  if (code.length > 0 && rng.chance(0.7)) {
    h(rng.pick(B.faqDevHeading));
    blocks.push({ t: 'code', text: codeBlock(rng.pick(code), loc, rng) });
  }

  const links: string[] = [];
  const faqs = related.filter((d) => d.faq);
  for (const doc of rng.sample(faqs.length > 0 ? faqs : related, rng.range(1, 3))) links.push(`- [${doc.title}](${relativePath(selfPath, doc.path)})`);
  links.push(`- [${fill(B.faqHelpLink, { label: T.label })}](https://help.vitrinka.example/${loc}/${spec.topic.key}/${spec.action.key})`);
  h(rng.pick(B.faqSeeAlso));
  blocks.push({ t: 'list', text: links.join('\n') });
  return blocks;
}

/** Replace `{{name}}` with one of the spellings used in real templates; collect names in order. */
function renderPlaceholders(text: string, loc: Locale, rng: Rng, used: string[] | null, withDefault: Set<string>): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER_RAW, (_m, name: string) => {
    const def = VARIABLES[name];
    if (!def) throw new Error(`generate-kb: placeholder {{${name}}} has no entry in VARIABLES`);
    if (used && !used.includes(name)) used.push(name);
    const dflt = def[loc].default;
    const r = rng.next();
    if (dflt && r < 0.2) {
      withDefault.add(name);
      return `{{ ${name} | default: ${JSON.stringify(dflt)} }}`;
    }
    if (r > 0.93) return `{{${name}}}`;
    return `{{ ${name} }}`;
  });
}

let reviewDates: string[] | null = null;

/** A review date between 2025-01-01 and 2026-11-20. */
function isoDate(rng: Rng): string {
  if (!reviewDates) {
    const start = Date.UTC(2025, 0, 1);
    reviewDates = Array.from({ length: 690 }, (_, d) => new Date(start + d * 86400000).toISOString().slice(0, 10));
  }
  return reviewDates[rng.int(reviewDates.length)] as string;
}

// ---------------------------------------------------------------------------------------------
// Bookkeeping

const INFO = new WeakMap<GeneratedFile, DocInfo>();

/** What the generator recorded about a file it produced (undefined for the config file or foreign objects). */
export function docInfo(file: GeneratedFile): DocInfo | undefined {
  return INFO.get(file);
}

/**
 * Counts from the generator's own side table (nothing is re-parsed). Works on any subset of the
 * array `generateKb` returned; objects that did not come from `generateKb` are ignored.
 */
export function describeKb(files: readonly GeneratedFile[]): KbStats {
  const stats: KbStats = { documents: 0, bytes: 0, ru: 0, en: 0, withToneProblems: 0, withFrontMatterProblems: 0 };
  for (const f of files) {
    const info = INFO.get(f);
    if (!info) continue;
    stats.documents++;
    stats.bytes += info.bytes;
    stats[info.locale]++;
    if (info.toneProblem) stats.withToneProblems++;
    if (info.frontMatterProblem) stats.withFrontMatterProblems++;
  }
  return stats;
}

function configFile(): GeneratedFile {
  // Only keys of the project's config schema (src/core/schema/config-schema.ts).
  const text = [
    '# Support KB settings.',
    '# Synthetic knowledge base written by bench/generate-kb.ts for benchmarks: every document is generated.',
    'name: Витринка — поддержка (synthetic)',
    'defaultLocale: ru',
    'locales: [ru, en]',
    '',
  ].join('\n');
  return { path: CONFIG_PATH, text };
}

// ---------------------------------------------------------------------------------------------
// Main entry

const TYPE_DIR: Record<DocType, string> = { faq: 'faq', macro: 'macros', snippet: 'snippets' };
const FILES_PER_FOLDER = 200;
const TONE_BLOCK = 50; // one tone problem per 50 documents ≈ 2 %
const FM_BLOCK = 200; // one front-matter problem per 200 documents ≈ 0.5 %
const TRANSLATION_RATE = 0.15;

interface PoolEntry {
  spec: Spec;
  id: string;
}

export function generateKb(opts: GenerateOptions): GeneratedFile[] {
  if (!Number.isFinite(opts.count) || opts.count < 0) throw new RangeError(`generateKb: count must be a non-negative number, got ${opts.count}`);
  if (!Number.isFinite(opts.seed)) throw new RangeError(`generateKb: seed must be a finite number, got ${opts.seed}`);
  if (opts.ruShare !== undefined && !(opts.ruShare >= 0 && opts.ruShare <= 1)) throw new RangeError(`generateKb: ruShare must be within 0..1, got ${opts.ruShare}`);
  const count = Math.floor(opts.count);
  const ruShare = opts.ruShare ?? 0.6;
  const rng = new Rng(mixSeed(opts.seed, 0));
  const toneRng = new Rng(mixSeed(opts.seed, 1));
  const fmRng = new Rng(mixSeed(opts.seed, 2));

  const files: GeneratedFile[] = [configFile()];
  const ids = new Set<string>();
  const titleKeys = new Set<number>(); // locale * 2^24 + spec.titleKey
  const titleRepeats = new Map<number, number>();
  const folderCounts = new Map<number, number>();
  const recent = new Map<string, RecentDoc[]>(); // `${locale}/${topic}` -> recent docs for links
  const pools: Record<string, PoolEntry[]> = {}; // `${type}/${locale}` -> untranslated docs
  let tonePos = -1;
  let fmPos = -1;

  for (let i = 0; i < count; i++) {
    if (i % TONE_BLOCK === 0) tonePos = i + toneRng.int(TONE_BLOCK);
    if (i % FM_BLOCK === 0) fmPos = i + fmRng.int(FM_BLOCK);

    const loc: Locale = rng.next() < ruShare ? 'ru' : 'en';
    const type: DocType = rng.weighted<DocType>([
      ['macro', 68],
      ['snippet', 26],
      ['faq', 6],
    ]);

    // Pick a spec: a translation of an earlier document, or a fresh combination with a unique title.
    let spec: Spec | null = null;
    let translationOf: string | undefined;
    let title = '';
    const otherLoc: Locale = loc === 'ru' ? 'en' : 'ru';
    const locBase = loc === 'ru' ? 0 : 1 << 24;
    const pool = pools[`${type}/${otherLoc}`];
    if (pool && pool.length > 0 && rng.chance(TRANSLATION_RATE)) {
      const entry = pool.shift() as PoolEntry;
      if (!titleKeys.has(locBase + entry.spec.titleKey)) {
        spec = entry.spec;
        translationOf = entry.id;
      }
    }
    let repeat = 0;
    if (!spec) {
      for (let attempt = 0; attempt < 12; attempt++) {
        spec = randomSpec(rng, type);
        if (!titleKeys.has(locBase + spec.titleKey)) break;
      }
      const key = locBase + (spec as Spec).titleKey;
      if (titleKeys.has(key)) {
        // Every attempt collided (only in very large KBs): number the repeats.
        repeat = (titleRepeats.get(key) ?? 1) + 1;
        titleRepeats.set(key, repeat);
      }
    }
    const s = spec as Spec;
    titleKeys.add(locBase + s.titleKey);
    title = buildTitle(s, loc);
    if (repeat > 0) title += ` (${loc === 'ru' ? 'вариант' : 'version'} ${repeat})`;

    let id = baseId(s, loc);
    if (ids.has(id)) {
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    ids.add(id);
    if (!translationOf) {
      const key = `${type}/${loc}`;
      const list = pools[key] ?? (pools[key] = []);
      list.push({ spec: s, id });
      if (list.length > 200) list.shift();
    }

    const folderKey = ((type === 'faq' ? 0 : type === 'macro' ? 1 : 2) * 2 + (loc === 'ru' ? 0 : 1)) * 64 + TOPICS.indexOf(s.topic);
    const inFolder = folderCounts.get(folderKey) ?? 0;
    folderCounts.set(folderKey, inFolder + 1);
    const chunk = Math.floor(inFolder / FILES_PER_FOLDER);
    const path = `${TYPE_DIR[type]}/${loc}/${s.topic.key}${chunk > 0 ? `-${chunk + 1}` : ''}/${id}.md`;

    // Body
    const recentKey = `${loc}/${s.topic.key}`;
    const related = recent.get(recentKey) ?? [];
    let blocks: Block[];
    let subjectRaw: string | null = null;
    if (type === 'faq') blocks = faqBlocks(s, loc, rng, related, path);
    else if (type === 'snippet') blocks = snippetBlocks(s, loc, rng);
    else {
      const m = macroBlocks(s, loc, rng);
      blocks = m.blocks;
      subjectRaw = m.subject;
    }

    let toneProblem: ToneProblem | undefined;
    if (i === tonePos) {
      const [category, sentence] = toneRng.pick(TONE_PROBLEMS[loc]);
      const paras = blocks.map((b, k) => (b.t === 'p' ? k : -1)).filter((k) => k >= 0);
      const target = paras.length > 1 ? (paras[1 + toneRng.int(paras.length - 1)] as number) : paras.length === 1 ? (paras[0] as number) : -1;
      if (target >= 0) {
        const b = blocks[target] as Block;
        blocks[target] = { t: 'p', text: `${b.text} ${sentence}` };
      } else blocks.unshift({ t: 'p', text: sentence });
      toneProblem = { category, sentence };
    }

    let fmProblem: FrontMatterProblem | undefined;
    let undeclaredExtra: string | null = null;
    if (i === fmPos) {
      const kind = fmRng.pick<FrontMatterProblemKind>(['unknown-key', 'unknown-key', 'unknown-channel', 'undeclared-placeholder']);
      fmProblem = { kind, detail: '' };
    }
    if (fmProblem?.kind === 'undeclared-placeholder' && !blocks.some((b) => HAS_PLACEHOLDER_RAW.test(b.text))) {
      // Nothing to un-declare: add a usage that will stay undeclared.
      undeclaredExtra = 'ticket.id';
      blocks.push({ t: 'p', text: loc === 'ru' ? 'Номер обращения: {{ticket.id}}.' : 'Request number: {{ticket.id}}.' });
    }

    const used: string[] = [];
    const withDefault = new Set<string>();
    const bodyText = blocks.map((b) => renderPlaceholders(b.text, loc, rng, used, withDefault)).join('\n\n');
    const subject = subjectRaw ? renderPlaceholders(subjectRaw, loc, rng, null, withDefault) : null;
    let declared = used.slice();
    if (fmProblem?.kind === 'undeclared-placeholder') {
      const drop = undeclaredExtra ?? (fmRng.pick(declared) as string);
      declared = declared.filter((n) => n !== drop);
      fmProblem.detail = drop;
    }

    // Front matter
    const fm: [string, string][] = [];
    fm.push(['id', id], ['title', yamlScalar(title)], ['type', type], ['locale', loc]);
    if (type === 'macro') fm.push(['kind', s.kind]);
    if (s.channels.length > 0) fm.push(['channels', yamlFlowList(s.channels)]);
    if (subject) fm.push(['subject', yamlScalar(subject)]);
    const tags = [...s.topic.tags, s.ctx.tag];
    fm.push(['tags', yamlFlowList(tags)]);
    if (rng.chance(0.5)) fm.push(['owner', rng.pick(s.topic.owners)]);
    if (type === 'faq' || rng.chance(0.7)) fm.push(['reviewed', isoDate(rng)]);
    if (rng.chance(type === 'faq' ? 0.6 : 0.08)) fm.push(['applies_to', JSON.stringify(rng.pick(APPLIES_TO))]);
    if (translationOf) fm.push(['translation_of', translationOf]);
    if (rng.chance(type === 'faq' ? 0.4 : 0.1)) {
      const A = s.action[loc];
      const aliases = [...rng.sample(s.topic[loc].synonyms, rng.range(1, 2)), (A.titles[(s.titleVariant + 1) % A.titles.length] as string).toLowerCase()];
      fm.push(['aliases', yamlFlowList(aliases)]);
    }
    if (type === 'faq' || rng.chance(0.1)) {
      const B = BANK[loc];
      const tail = rng.pick(type === 'faq' ? B.summaryTailFaq : B.summaryTailMacro);
      fm.push(['summary', yamlScalar(`${capFirst(s.action[loc].noun)} ${s.ctx[loc]}: ${tail}.`)]);
    }

    if (fmProblem?.kind === 'unknown-key') {
      const present = BAD_KEYS.filter(([k]) => fm.some(([key]) => key === k));
      const [good, bad] = fmRng.pick(present);
      const entry = fm.find(([key]) => key === good) as [string, string];
      entry[0] = bad;
      fmProblem.detail = bad;
    } else if (fmProblem?.kind === 'unknown-channel') {
      const bad = fmRng.pick(BAD_CHANNELS);
      const entry = fm.find(([key]) => key === 'channels');
      if (entry) entry[1] = yamlFlowList([...s.channels, bad]);
      else fm.splice(4, 0, ['channels', yamlFlowList(['email', bad])]);
      fmProblem.detail = bad;
    }

    const lines: string[] = ['---'];
    for (const [k, v] of fm) lines.push(`${k}: ${v}`);
    if (declared.length > 0) {
      lines.push('variables:');
      const flow = rng.chance(0.6);
      for (const name of declared) {
        const v = (VARIABLES[name] as { ru: VarText; en: VarText })[loc];
        const parts: [string, string][] = [['description', v.description]];
        // A default is declared whenever the body relies on one, and sometimes otherwise.
        if (v.default !== undefined && (withDefault.has(name) || rng.chance(0.2))) parts.push(['default', v.default]);
        if (rng.chance(0.3)) parts.push(['sample', v.sample]);
        if (flow) lines.push(`  ${name}: { ${parts.map(([k, val]) => `${k}: ${yamlFlowItem(val)}`).join(', ')} }`);
        else {
          lines.push(`  ${name}:`);
          for (const [k, val] of parts) lines.push(`    ${k}: ${yamlScalar(val)}`);
        }
      }
    }
    lines.push('---', '');
    let text = `${lines.join('\n')}\n${bodyText}\n`;

    // About a third of Russian authors do not type «ё».
    if (loc === 'ru' && rng.chance(0.3)) {
      text = text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
      title = title.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
      if (toneProblem) toneProblem.sentence = toneProblem.sentence.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
    }

    const file: GeneratedFile = { path, text };
    files.push(file);
    const info: DocInfo = {
      id,
      path,
      locale: loc,
      type,
      title,
      bytes: utf8Length(text),
      placeholders: used,
      declared,
    };
    if (type === 'macro') info.kind = s.kind;
    if (translationOf) info.translationOf = translationOf;
    if (toneProblem) info.toneProblem = toneProblem;
    if (fmProblem) info.frontMatterProblem = fmProblem;
    INFO.set(file, info);

    if (type === 'faq' || (type === 'macro' && s.kind === 'answer')) {
      const list = recent.get(recentKey) ?? [];
      list.push({ path, title, faq: type === 'faq' });
      if (list.length > 20) list.shift();
      recent.set(recentKey, list);
    }
  }
  return files;
}
