import { anyOf } from './cues';
import type { CueSpec } from './cues';
import type { ToneKind } from './types';

/**
 * Why: a follow-up after a "no" goes wrong in a few recognisable ways (research/mission-anchors.md,
 * section e, item 8): blame, sarcasm, pleading, asking them to reverse the decision, apologising for
 * existing, running oneself down, and hedging every clause. Each list names the phrases a careful
 * reader would circle. Over-apology and hedging are counted, not flagged on sight: one "sorry for the
 * slow reply" or one "I think" is ordinary politeness (see tone.ts for the thresholds).
 */

export type PhraseToneKind = Exclude<ToneKind, 'over-apology' | 'hedging'>;

export const TONE_CUES: Record<PhraseToneKind, readonly CueSpec[]> = {
  bitterness: [
    {
      pattern: anyOf(
        String.raw`you(?:'ve| have)? made (?:a|the) (?:big |huge |serious |terrible |real |wrong )?(?:mistake|error|choice)`,
        String.raw`(?:a|the) (?:wrong|bad|poor|terrible|huge|short-sighted|shortsighted) (?:decision|call|choice)`,
        String.raw`your loss`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`unfair`,
        String.raw`unjust`,
        String.raw`rigged`,
        String.raw`biased`,
        String.raw`a sham`,
        String.raw`a farce`,
        String.raw`a joke`,
        String.raw`(?:the |your )?(?:process|interview|decision) (?:was|felt|is|seemed) (?:disorgani[sz]ed|chaotic|a mess|broken|pointless)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:a |such a |complete |total |huge )?waste of (?:my|our) time`,
        String.raw`wast(?:ed|ing|e) (?:[a-z]+ ){0,3}(?:of )?(?:my|our) time`,
        String.raw`(?<!thanks |thank you )for nothing`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`i deserved?(?: (?:that|this|the) (?:job|role|position)| better| it| more)?`,
        String.raw`(?:should|should've|should have) (?:picked|chosen|hired|gone with) me`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`you(?:'ll| will) regret`,
        String.raw`(?:you'll|you will) be sorry`,
        String.raw`how dare`,
        String.raw`how could you`,
        String.raw`i expected better`,
        String.raw`expected more (?:from|of)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:clearly|obviously) (?:you|your [a-z]+|nobody|no one) (?:didn't|did not|don't|never|wasn't)`,
        String.raw`(?:didn't|did not|never) (?:even )?(?:bother|bothered) to`,
        String.raw`didn't even (?:give|read|look|reply|call)`,
      ),
      negatable: false,
    },
    {
      pattern: String.raw`(?:shocked|appalled|disgusted|insulted|outraged|insulting|disrespectful|unprofessional|pathetic|ridiculous|absurd|outrageous|shameful|disgraceful|cheated|robbed)`,
    },
    {
      pattern: anyOf(
        String.raw`(?:didn't|did not|never) (?:even )?(?:look|read|listen)(?: [a-z]+)? (?:closely|properly|carefully|at my)`,
        String.raw`surprised you(?:'d| would)? (?:pass on|turn down|reject|go with|overlook)`,
        String.raw`i(?:'d| would) have been (?:better|a better|the better|stronger)`,
        String.raw`(?:[a-z-]*(?:week|month)s?(?: of)?|the) silence`,
      ),
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`ghosted`,
        String.raw`ghosting`,
        String.raw`(?:and|just|only|got|get) a (?:form|generic|canned|automated) (?:email|rejection|letter|reply|response)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:wants?|wanted|hired|hire|hiring|chose|picked|prefer(?:s|red)?|went with) (?:someone|somebody|a candidate|a person) (?:younger|cheaper|less experienced|with less|less qualified)`,
        String.raw`(?:someone|somebody) with less (?:experience|skill)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:made|decided) (?:up )?before i (?:even )?(?:walked|arrived|applied|came)`,
        String.raw`(?:i )?(?:still )?(?:don't|do not|can't|cannot) (?:understand|believe) how`,
      ),
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`i'm disappointed (?:that|nobody|no one|you|in)`,
        String.raw`nobody (?:mentioned|told|bothered)`,
        String.raw`the way (?:this|it|i) was handled`,
        String.raw`(?:poorly|badly) handled`,
      ),
      negatable: false,
    },
    { pattern: String.raw`(?:not|hardly) (?:grateful|thankful) for`, negatable: false },
    { pattern: String.raw`after (?:three|four|five|six|seven|eight|[0-9]+) (?:rounds|interviews)` },
  ],
  sarcasm: [
    {
      pattern: anyOf(
        String.raw`thanks? (?:you )?(?:so much |a lot |very much )?for nothing`,
        String.raw`great,? just great`,
        String.raw`(?:congrats|congratulations) on (?:hiring|finding|choosing|picking|getting) (?:someone|somebody|a) (?:cheaper|younger|less|worse)`,
      ),
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`real(?:ly)? classy`,
        String.raw`(?:oh,? |well,? )?what a (?:surprise|shock)`,
        String.raw`(?:good|best of) luck with that`,
        String.raw`yeah,? right`,
        String.raw`must be nice`,
        String.raw`clearly you know best`,
        String.raw`love that for me`,
        String.raw`oh,? (?:fantastic|great|wonderful|brilliant|lovely|perfect|joy)`,
        String.raw`thanks? (?:you )?(?:so much |a lot )?for the (?:[a-z-]+ )?silence`,
      ),
      negatable: false,
    },
    {
      pattern: String.raw`(?:hope|i'm sure) (?:they're|he's|she's|your new hire is|it's|the new hire is|they are|it was) worth it`,
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`thank(?:s| you)(?: so much| a lot| very much)? for (?:wasting|the form|the generic|the canned|the automated|ghosting|leading me on|stringing me along)`,
        String.raw`so glad i (?:wasted|spent)`,
        String.raw`enjoy your (?:cheaper|new hire)`,
      ),
      negatable: false,
    },
    {
      pattern: String.raw`(?:lovely|wonderful|brilliant|fantastic|perfect|great),? (?:just|simply|really) (?:lovely|wonderful|brilliant|fantastic|perfect|great)`,
      negatable: false,
    },
  ],
  pleading: [
    { pattern: String.raw`i'm begging|i am begging|i beg(?: you)?|begging you|desperate(?:ly)?|please,? please` },
    {
      pattern: anyOf(
        String.raw`i (?:really |desperately |badly |truly |just )?need (?:this|the|a|any) (?:job|role|position|work|chance|opportunity)`,
        String.raw`i (?:really |desperately |badly |truly )?need this`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`i(?:'ll| will)? (?:do|take) any(?:thing| role| job| position)`,
        String.raw`(?:any role|any job|any position|anything) at all`,
        String.raw`literally anything`,
        String.raw`would do anything`,
        String.raw`i(?:'ll| will)? work for (?:less|free|nothing)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:family|kids|children|rent|mortgage|bills) (?:really )?(?:depends?|depending|relies|rely|is relying) on`,
        String.raw`savings are gone`,
        String.raw`(?:can't|cannot) pay (?:my|the)`,
        String.raw`(?:my|our) (?:only|last) (?:hope|chance)`,
        String.raw`i have no other (?:options|offers|choice)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`please (?:just )?give me a chance`,
        String.raw`is there any other (?:position|role|job)`,
        String.raw`(?:grateful|happy|glad) for any (?:position|role|job|work)`,
        String.raw`even part-time`,
        String.raw`(?:can't|cannot) afford to (?:lose|miss)`,
        String.raw`(?:truly |really |absolutely )?nothing you can do`,
        String.raw`whatever it takes`,
        String.raw`so badly`,
      ),
    },
  ],
  reconsider: [
    { pattern: String.raw`(?<!(?:me|i|i've|i have|i'd|i had|it made me) )re-?consider(?:ing|ed|ation)?` },
    {
      pattern: anyOf(
        String.raw`change (?:your|the) (?:mind|decision|outcome)`,
        String.raw`(?:a )?second look`,
        String.raw`(?:another|one more|a fresh|a second) look at my (?:application|cv|resume|candidacy|portfolio)`,
        String.raw`before the offer goes out`,
        String.raw`still room to (?:talk|discuss|change)`,
        String.raw`(?:whether|if) (?:the|your) decision is (?:definitely |really |truly |completely )?(?:final|set|fixed)`,
        String.raw`give me (?:another|a second|one more) (?:chance|shot|try)`,
        String.raw`(?:another|a second|one more) (?:chance|shot|look) at (?:this|the|that) (?:role|position|job)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:is|was) (?:the|your|this|that) decision (?:really )?(?:final|definite|set in stone|firm)`,
        String.raw`(?:revisit|reverse|overturn|appeal|rethink) (?:the|your|this|that) decision`,
        String.raw`decision (?:can|could|might) (?:still )?(?:be )?(?:reversed|changed|revisited|overturned)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:anything|something) i (?:could|can) (?:do|say) to change`,
        String.raw`(?:any|a) (?:way|chance) (?:you'd|you would|you could|you might|to) (?:change|reconsider|revisit)`,
      ),
    },
    {
      pattern: String.raw`(?:know|understand|realize|realise) you(?:'ve| have) (?:made|reached) (?:your|the|a) decision,? but`,
      negatable: false,
    },
  ],
  'self-deprecation': [
    {
      pattern: anyOf(
        String.raw`(?:i'm|i am|i was|i wasn't|i was not|i'm just|i am just) (?:not |never )?(?:good|smart|qualified|experienced|strong|talented) enough`,
        String.raw`not (?:good|smart|qualified|strong|experienced|talented) enough`,
        String.raw`(?:wasn't|was not|am not|isn't) (?:[a-z]+ )?(?:qualified|good|strong|smart|talented) enough`,
        String.raw`not cut out for`,
      ),
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`i (?:probably |totally |completely |really |clearly |just )?(?:blew|bombed|botched|flubbed|fumbled|ruined) (?:it|the|my|that)`,
        String.raw`i (?:probably |totally |completely |really |clearly )?(?:messed|screwed) (?:up|it up)`,
      ),
    },
    {
      pattern: String.raw`(?:i'm|i am) (?:so |just |really )?(?:terrible|awful|hopeless|useless|bad|the worst|rubbish|pathetic) (?:at|under|with|in)`,
    },
    {
      pattern: anyOf(
        String.raw`(?:i'm|i am) (?:such )?(?:an idiot|a failure|a mess|a disaster|stupid|hopeless|useless)`,
        String.raw`i don't deserve`,
        String.raw`embarrass(?:ed|ing) myself`,
        String.raw`out of my depth`,
        String.raw`(?:wouldn't|would not|not sure i'd|not sure i would) have hired me`,
        String.raw`(?:i'm|i am) (?:just )?(?:rubbish|terrible|awful|hopeless|useless) at`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:my|the) (?:answers|interview|performance|presentation) (?:was|were) (?:a mess|terrible|awful|embarrassing|a disaster)`,
        String.raw`i always (?:freeze|choke|panic|mess up|blow it)`,
        String.raw`who would (?:want|hire) (?:me|someone like me)`,
      ),
    },
  ],
};

export const APOLOGY_CUES: readonly CueSpec[] = [
  {
    pattern: anyOf(
      String.raw`sorry(?! to (?:hear|see|learn|read)| (?:that )?(?:it|things|this|the role) (?:didn't|did not|wasn't|went))`,
      String.raw`apologi[sz](?:e|ed|es|ing)`,
      String.raw`apologies`,
      String.raw`forgive me`,
      String.raw`pardon (?:me|the intrusion)`,
    ),
  },
];

export const BOTHER_APOLOGY_CUES: readonly CueSpec[] = [
  {
    pattern: anyOf(
      String.raw`sorry (?:to|for) (?:bother|bothering|trouble|troubling|disturb|disturbing|intrude|intruding|take|taking|pester|pestering|the bother|the intrusion|the trouble|the long|this long|the rambling|calling again|writing again|ask|asking)`,
      String.raw`apologi[sz]e (?:for|if) (?:taking|bothering|the intrusion|intruding|troubling|disturbing|reaching out|writing|the bother|this|my message)`,
      String.raw`(?:hate|don't want) to (?:bother|trouble|pester)`,
    ),
  },
];

export const HEDGE_CUES: readonly CueSpec[] = [
  {
    pattern: anyOf(
      String.raw`maybe`,
      String.raw`perhaps`,
      String.raw`possibly`,
      String.raw`probably`,
      String.raw`i guess`,
      String.raw`i suppose`,
      String.raw`sort of`,
      String.raw`sorta`,
      String.raw`kind of(?! (?:you|them|him|her|us))`,
      String.raw`kinda`,
      String.raw`just(?! (?:as|in case|now|the|a|an|like|before|after|about|over|under|because))`,
      String.raw`i think`,
      String.raw`i feel like`,
      String.raw`somewhat`,
      String.raw`i'm not sure`,
      String.raw`if that makes sense`,
      String.raw`if that's (?:ok|okay|alright|all right)`,
      String.raw`um+`,
      String.raw`uh+`,
    ),
    negatable: false,
  },
];
