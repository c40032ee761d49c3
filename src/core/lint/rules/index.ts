import type { RuleSpec } from '../rule-spec';

import ruAckRequestNumber from './ru/ack-request-number';
import ruAckResponseTime from './ru/ack-response-time';
import ruAsWeWrote from './ru/as-we-wrote';
import ruBlame from './ru/blame';
import ruCaps from './ru/caps';
import ruChatParagraphLength from './ru/chat-paragraph-length';
import ruCsatLeading from './ru/csat-leading';
import ruCsatPressure from './ru/csat-pressure';
import ruDismissive from './ru/dismissive';
import ruEffortTalk from './ru/effort-talk';
import ruEmptyApology from './ru/empty-apology';
import ruExclamation from './ru/exclamation';
import ruFormulaicApology from './ru/formulaic-apology';
import ruHoldCliche from './ru/hold-cliche';
import ruHoldingTimeFrame from './ru/holding-time-frame';
import ruImpersonalGreeting from './ru/impersonal-greeting';
import ruIncidentRemedy from './ru/incident-remedy';
import ruIncidentStatus from './ru/incident-status';
import ruIntensifiers from './ru/intensifiers';
import ruIntroductoryWords from './ru/introductory-words';
import ruKantselyarit from './ru/kantselyarit';
import ruKantselyaritPhrases from './ru/kantselyarit-phrases';
import ruLecturing from './ru/lecturing';
import ruNegativeFraming from './ru/negative-framing';
import ruNoReply from './ru/no-reply';
import ruPassive from './ru/passive';
import ruPressure from './ru/pressure';
import ruPrivetInEmail from './ru/privet-in-email';
import ruRefusalAlternative from './ru/refusal-alternative';
import ruRepeatedPunctuation from './ru/repeated-punctuation';
import ruSentenceLength from './ru/sentence-length';
import ruSlang from './ru/slang';
import ruStamps from './ru/stamps';
import ruTimeParasites from './ru/time-parasites';
import ruTyForm from './ru/ty-form';
import ruUpsell from './ru/upsell';
import ruVagueTime from './ru/vague-time';
import ruVyCapital from './ru/vy-capital';
import enAckRequestNumber from './en/ack-request-number';
import enAckResponseTime from './en/ack-response-time';
import enAsStatedPreviously from './en/as-stated-previously';
import enBlame from './en/blame';
import enCaps from './en/caps';
import enChatParagraphLength from './en/chat-paragraph-length';
import enCorporatePhrases from './en/corporate-phrases';
import enCorporateSpeak from './en/corporate-speak';
import enCsatLeading from './en/csat-leading';
import enCsatPressure from './en/csat-pressure';
import enDismissive from './en/dismissive';
import enEffortTalk from './en/effort-talk';
import enEmptyApology from './en/empty-apology';
import enExclamation from './en/exclamation';
import enFormulaicApology from './en/formulaic-apology';
import enHedges from './en/hedges';
import enHeyInEmail from './en/hey-in-email';
import enHoldCliche from './en/hold-cliche';
import enHoldingTimeFrame from './en/holding-time-frame';
import enImpersonalGreeting from './en/impersonal-greeting';
import enIncidentRemedy from './en/incident-remedy';
import enIncidentStatus from './en/incident-status';
import enIntensifiers from './en/intensifiers';
import enLecturing from './en/lecturing';
import enNegativeFraming from './en/negative-framing';
import enNoReply from './en/no-reply';
import enPassiveVoice from './en/passive-voice';
import enPressure from './en/pressure';
import enRefusalAlternative from './en/refusal-alternative';
import enRepeatedPunctuation from './en/repeated-punctuation';
import enSentenceLength from './en/sentence-length';
import enSlang from './en/slang';
import enUnfortunatelyOpener from './en/unfortunately-opener';
import enUpsell from './en/upsell';
import enVagueTime from './en/vague-time';

/** The built-in rule packs: Russian first, then English, sorted by id within each. */
export const BUILTIN_RULES: readonly RuleSpec[] = [
  ruAckRequestNumber,
  ruAckResponseTime,
  ruAsWeWrote,
  ruBlame,
  ruCaps,
  ruChatParagraphLength,
  ruCsatLeading,
  ruCsatPressure,
  ruDismissive,
  ruEffortTalk,
  ruEmptyApology,
  ruExclamation,
  ruFormulaicApology,
  ruHoldCliche,
  ruHoldingTimeFrame,
  ruImpersonalGreeting,
  ruIncidentRemedy,
  ruIncidentStatus,
  ruIntensifiers,
  ruIntroductoryWords,
  ruKantselyarit,
  ruKantselyaritPhrases,
  ruLecturing,
  ruNegativeFraming,
  ruNoReply,
  ruPassive,
  ruPressure,
  ruPrivetInEmail,
  ruRefusalAlternative,
  ruRepeatedPunctuation,
  ruSentenceLength,
  ruSlang,
  ruStamps,
  ruTimeParasites,
  ruTyForm,
  ruUpsell,
  ruVagueTime,
  ruVyCapital,
  enAckRequestNumber,
  enAckResponseTime,
  enAsStatedPreviously,
  enBlame,
  enCaps,
  enChatParagraphLength,
  enCorporatePhrases,
  enCorporateSpeak,
  enCsatLeading,
  enCsatPressure,
  enDismissive,
  enEffortTalk,
  enEmptyApology,
  enExclamation,
  enFormulaicApology,
  enHedges,
  enHeyInEmail,
  enHoldCliche,
  enHoldingTimeFrame,
  enImpersonalGreeting,
  enIncidentRemedy,
  enIncidentStatus,
  enIntensifiers,
  enLecturing,
  enNegativeFraming,
  enNoReply,
  enPassiveVoice,
  enPressure,
  enRefusalAlternative,
  enRepeatedPunctuation,
  enSentenceLength,
  enSlang,
  enUnfortunatelyOpener,
  enUpsell,
  enVagueTime,
];
