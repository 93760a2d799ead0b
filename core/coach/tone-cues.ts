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

/** The kinds the phrase lists flag on sight; the others are left to the model (see model.ts). */
export type PhraseToneKind = Extract<
  ToneKind,
  'bitterness' | 'sarcasm' | 'pleading' | 'reconsider' | 'self-deprecation'
>;

/**
 * Asking to be considered again for a later opening is the ask the coach recommends, not a request to
 * reverse this decision: "to be reconsidered when your next intake opens", "take another look at my
 * portfolio in the spring" are not flagged.
 */
const NOT_ABOUT_THE_FUTURE = String.raw`(?! (?:[a-z'-]+ ){0,3}(?:for (?:future|other|the next|any future|later|upcoming|similar|new)|when|once|if (?:a|another|anything|something|the next)|next|in (?:the )?future|later|down the (?:line|road)|in (?:a|the|a few|a couple|six|three|two) (?:few )?(?:weeks|months|year|spring|summer|autumn|fall|winter|new year)))`;

export const TONE_CUES: Record<PhraseToneKind, readonly CueSpec[]> = {
  bitterness: [
    {
      pattern: anyOf(
        String.raw`you(?:'ve| have)? made (?:a|the) (?:big |huge |serious |terrible |real |wrong )?(?:mistake|error|choice)`,
        String.raw`(?:a|the) (?:wrong|bad|poor|terrible|huge|short-sighted|shortsighted) (?:decision|call|choice)`,
        String.raw`your loss`,
        String.raw`you(?:'ve| have| are|'re)? (?:made|making|make) (?:a|the) (?:[a-z]+ )?(?:mistake|error|wrong (?:call|choice|decision))`,
        String.raw`(?:you|you've|you have|the panel|they|they've|the team|your team|whoever decided) (?:have |has )?(?:got|gotten) (?:this|it|that|things|me|this one|it all) (?:[a-z]+ )?wrong`,
        String.raw`(?:realise|realize|see|recogni[sz]e) (?:your|the) (?:mistake|error)`,
        String.raw`(?:short-?sighted|poor judge?ment|bad judge?ment|misjudg(?:ed|ment)|(?:mistake|loss) on your part|the (?:loss|mistake) is (?:yours|all yours)|(?:loss|mistake),? not mine)`,
        String.raw`(?:good luck|best of luck) finding (?:someone|anyone|somebody) (?:as|better|half|who)`,
        String.raw`(?:won't|will not|will never) find (?:anyone|someone|somebody) (?:as|better)`,
        String.raw`mark my words`,
        String.raw`(?:anyone|anybody|you|the panel|they|nobody|no one|did you|did anyone) (?:ever )?even (?:read|looked at|opened|glanced at|listened to|considered)`,
        String.raw`(?:hard|difficult) to (?:believe|accept|understand) (?:that )?(?:i wasn't|i was not|you (?:chose|picked|went|passed|hired)|someone|anyone|the panel|nobody)`,
        String.raw`(?:picked|chose|chosen|hired|went|backed) (?:wrong|badly|the wrong (?:person|candidate|one|horse))`,
        String.raw`(?:two|one|three|four|single)-(?:line|sentence|word) (?:email|reply|response|rejection|note|message)`,
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
        String.raw`(?:the |your )?(?:process|interviews?|decision|hiring|recruitment|panel|recruiters?) (?:was|were|felt|is|are|seemed) (?:[a-z]+ )?(?:disorgani[sz]ed|chaotic|a mess|broken|pointless|a shambles|a circus|a charade|a formality|shambolic|amateurish|incompetent|rude|cold|careless|insulting)`,
        String.raw`(?:a|the) (?:stitch-up|stitch up|charade|shambles|circus|done deal|foregone conclusion|box-ticking|tick-box)`,
        String.raw`a (?:mere |pure )?formality|box-ticking|tick-box exercise|going through the motions|jobs for the boys|old boys'? (?:club|network)|nepotism|favou?ritism|pre-?selected|predetermined|(?:it's|it is) (?:all )?(?:about )?who you know`,
        String.raw`(?:decided|chosen|picked|made up your mind|in mind|fixed|settled|stitched up|sewn up|rigged) (?:all along|from (?:day one|the (?:start|beginning|outset|get-go))|before i|in advance)`,
        String.raw`(?:job|role|position|vacancy|opening|post) was never (?:really |truly |actually |genuinely )?(?:open|available|real|up for grabs)|(?:ghost|fake|phantom) (?:job|listing|posting|vacancy)`,
        String.raw`(?:disappointing|a shame|a pity|shame|pity|frustrating|sad|telling) (?:that )?(?:you|nobody|no one|your (?:team|company|panel|firm)|the panel) (?:couldn't|could not|didn't|did not|wouldn't|would not|never|won't|can't|cannot|chose|decided|went|felt|thought|had to)`,
        String.raw`(?:the|a|your|an?) (?:[a-z]+'s )?(?:friend|mate|buddy|pal|nephew|niece|son|daughter|cousin|relative|crony|golfing partner)(?:'s)? (?:got|get|gets|was|is|of (?:the|a|your) (?:manager|boss|director|founder|ceo|owner|chair))`,
        String.raw`(?:went|go|goes|given|gave it|handed) to (?:the |a |an |your )?(?:[a-z]+'s )?(?:friend|mate|buddy|pal|nephew|niece|son|daughter|cousin|relative|crony|insider)`,
        String.raw`(?:you|they|the panel|the team) (?:clearly|obviously|evidently) (?:went with|wanted (?:someone|somebody|a)|preferred|had (?:already|someone)|chose|picked|hired|made up)`,
        String.raw`(?:went|go|going|opted) (?:with|for) the (?:[a-z]+,? )?(?:safe|boring|easy|cheap|cheaper|obvious|predictable|lazy|comfortable|bland)(?:,? (?:safe|boring|easy|cheap|cheaper|obvious|predictable|lazy|bland))? (?:option|choice|pick|candidate|hire|bet)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:a |such a |complete |total |huge )?waste of (?:my|our) time`,
        String.raw`wast(?:ed|ing|e) (?:[a-z]+ ){0,3}(?:of )?(?:my|our) time`,
        String.raw`(?<!to )wast(?:ed|ing|e) (?:a lot of |so much of |all of |plenty of )?(?:people's|everyone's|candidates'|applicants'|my|our) (?:[a-z]+ )?(?:time|weekends?|evenings?|days?|weeks?|months?|effort|energy)`,
        String.raw`(?<!thanks |thank you )for nothing`,
        String.raw`after (?:all|everything) (?:the|that|those|my|i (?:put|did|gave|went)) (?:[a-z-]+ )?(?:effort|work|time|hours|prep|preparation|interviews|rounds|weeks|months|into)`,
        String.raw`(?:unpaid|free) (?:work|labou?r|consulting|task|take-home)`,
        String.raw`(?:nobody|no one|not|never|didn't|did not|couldn't|could not|wouldn't|none of you) (?:even )?(?:have |had |has |having |show |showed |shown |extend |extended )?(?:the )?(?:basic )?(?:decency|courtesy|manners|respect) (?:to|of)`,
        String.raw`not even (?:a|an|the|one) (?:[a-z-]+ )?(?:call|phone call|reply|reason|explanation|word|line|courtesy|thank-you|thank you|response|feedback|acknowledg(?:e)?ment)`,
        String.raw`(?:the least you could (?:have )?(?:do|done))`,
        String.raw`could (?:at least|have at least) have (?:called|told|replied|explained|given|let|said|had)`,
        String.raw`(?:would|could|might) have been (?:nice|good|decent|polite|courteous|helpful) (?:to|if)`,
        String.raw`(?:took|take|taking|takes|taken) (?:you|your team|the team|them|hr|so) (?:[a-z]+ )?(?:weeks|months|forever|ages|so long|this long|that long|a month)(?: [a-z]+){0,2} to (?:reply|respond|tell|get back|let me know|answer|decide|say)`,
        String.raw`(?:kept|keep|left|leaving|keeping) (?:me )?(?:hanging|waiting|in the dark|guessing|dangling)`,
        String.raw`(?:strung|stringing|led|leading) me (?:along|on)`,
        String.raw`(?:felt|feel|feeling) (?:really |so |a bit |pretty |quite |very )?(?:let down|used|betrayed|misled|mugged off|played)`,
        String.raw`let down by (?:you|your|the)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`i deserved?(?: (?:that|this|the) (?:job|role|position)| better| it| more)?`,
        String.raw`(?:should|should've|should have) (?:picked|chosen|hired|gone with) me`,
        String.raw`(?:i'm|i am|i was) (?:far |much |way |clearly |obviously |easily )?(?:better|more qualified|more experienced|stronger|more capable) than (?:the|your|whoever|whomever|anyone|them|him|her|they)`,
        String.raw`more (?:experience|qualifications|skills?) than (?:anyone|whoever|the (?:person|candidate|one|new hire)|your new hire|them|him|her)`,
        String.raw`(?:someone|somebody) (?:who|that) (?:actually|really) (?:knows|has|can|understands|cares)`,
        String.raw`(?:want|wants|wanted|need|needs|needed) (?:real|actual|proper|genuine) (?:experience|talent|skills?|expertise)`,
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
        String.raw`shame on you|you should be ashamed|(?:i'll|i will) (?:make sure to tell|be telling|tell) (?:everyone|people|others) (?:about|how|what)|glassdoor|(?:leave|write|post) (?:a |an )?(?:honest |bad |negative )?review`,
        String.raw`(?:i suppose|i guess|well,?) (?:that's|it's|that is|it is) (?:your|their) (?:call|choice|decision|prerogative|right|loss)`,
        String.raw`hope you know what you(?:'re| are) doing`,
        String.raw`way to treat (?:people|candidates|applicants|someone)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:clearly|obviously) (?:you|your [a-z]+|nobody|no one) (?:didn't|did not|don't|never|wasn't)`,
        String.raw`(?:you|your (?:[a-z]+ )?(?:team|company|firm|panel|recruiters?|managers?)|the panel|they|nobody|no one) (?:clearly|obviously|evidently|apparently|plainly) (?:doesn't|don't|didn't|did not|do not|does not|never|wasn't|weren't|can't|couldn't)`,
        String.raw`(?:didn't|did not|never) (?:even )?(?:bother|bothered) to`,
        String.raw`(?:didn't|did not|couldn't|could not|wouldn't|would not|can't|won't) even (?:be bothered|bother|spare|manage|give|send|tell|call|reply|respond|find|say|explain|acknowledge|read|look)`,
        String.raw`(?:couldn't|could not|can't|didn't|did not|wouldn't) (?:even )?(?:spare|find|make|give me) (?:ten|five|two|fifteen|a few|a single|one) (?:minutes?|moments?|seconds?)`,
      ),
      negatable: false,
    },
    {
      pattern: String.raw`(?:shocked|appalled|disgusted|insulted|outraged|insulting|disrespectful|unprofessional|pathetic|ridiculous|absurd|outrageous|shameful|disgraceful|cheated|robbed|laughable|galling|infuriating|unacceptable|a disgrace|incompetent|incompetence|rude|blindsided)`,
    },
    {
      pattern: anyOf(
        String.raw`(?:didn't|did not|never) (?:even )?(?:look|read|listen)(?: [a-z]+)? (?:closely|properly|carefully|at my)`,
        String.raw`surprised you(?:'d| would)? (?:pass on|turn down|reject|go with|overlook)`,
        String.raw`i(?:'d| would) have been (?:better|a better|the better|stronger)`,
        String.raw`(?:[a-z-]*(?:week|month)s?(?: of)?|radio|stony|deafening) silence`,
        String.raw`(?:after|despite|given|for) (?:all )?the silence|the silence (?:was|from|since|after|on your (?:end|side))`,
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
        String.raw`with (?:half|a fraction of|none of|a third of) (?:my|the) (?:experience|skills|qualifications|years|track record)`,
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
        String.raw`i'm disappointed (?:that )?(?:nobody|no one|you|your|the (?:process|panel|team|way)|in)`,
        String.raw`(?:baffled|bewildered|mystified|astonished|stunned|floored|gobsmacked) (?:that|you|how|why|by (?:the|your|this) (?:decision|choice|outcome))`,
        String.raw`disappointed (?:in|with|by) (?:you|your|the way|how|the lack)`,
        String.raw`(?:nobody|no one) (?:ever |even )?(?:mentioned|told|bothered|called|rang|replied|responded|got back|explained|let me know|thought to|had the)`,
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
        String.raw`(?<!\bsay )(?:thanks|thank you),? i (?:guess|suppose)(?=[.!…]|$)`,
        String.raw`i (?:suppose|guess) i should (?:be )?(?:thank(?:ing)?|grateful)(?: [a-z']+){0,8} at all`,
        String.raw`great,? just great`,
        String.raw`(?:congrats|congratulations|well done|nice work|good job|kudos|bravo) (?:on|for|to you (?:on|for)) (?:hiring|finding|choosing|picking|getting|landing) (?:yourselves )?(?:someone|somebody|a|an) (?:even )?(?:cheaper|younger|less|worse|greener|more junior)`,
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
        String.raw`oh,? (?:how |what |so |just )?(?:fantastic|great|wonderful|brilliant|lovely|perfect|joy|marvell?ous|super|terrific|splendid|delightful|thrilling|exciting|awesome|fabulous|charming|thoughtful|generous)`,
        String.raw`(?:thanks|thank you|cheers|ta)(?: [a-z]+){0,3} for (?:the |your |all the |that |a )?(?:[a-z-]+ )?(?:silence|ghosting|runaround|run-around|template|copy-paste|two-line|one-line|form (?:email|letter|rejection|reply)|automated|generic|canned|wasting|nothing|leading me on|stringing me along)`,
        String.raw`well,? that (?:went|was) (?:brilliantly|swimmingly|splendidly|wonderfully|marvell?ously|just great|great|well)`,
        String.raw`(?:gee|wow|oh),? thanks`,
        String.raw`thanks a bunch`,
        String.raw`(?:colou?r me|call me) (?:surprised|shocked|amazed|stunned)`,
        String.raw`surprise,? surprise`,
        String.raw`(?:big|huge|what a|real) (?:shocker|surprise there)`,
        String.raw`who (?:could|would|'d) have (?:guessed|thought|predicted)`,
        String.raw`shocking,? i know`,
        String.raw`funny,? (?:how|that) (?:the (?:job|role|position|post|offer|vacancy|budget|decision|feedback|internal|other|successful|new|chosen)|you|your|nobody|no one|they|these things|it (?:always|only|went)|someone|somebody)`,
        String.raw`(?:interesting|curious|strange|odd),? (?:how|that) (?:nobody|no one|the (?:job|role|position|post) (?:went|was given))`,
        String.raw`(?:how|very|rather|awfully|so|most) convenient|conveniently (?:forgot|left|ignored|omitted|failed|missed|lost)|what a coincidence`,
        String.raw`(?:a|an absolute|a real|truly a) masterclass in`,
        String.raw`slow clap|stay classy|(?:my|everyone's) favou?rite (?:kind of |sort of |type of )?(?:email|news|rejection|thing)`,
        String.raw`nothing says (?:[a-z'-]+ ){1,4}like`,
        String.raw`(?:great|brilliant|fantastic|wonderful|lovely|perfect|super|terrific|awesome|marvell?ous|fabulous)[,!.]* (?:another|one more|yet another) (?:[a-z-]+ )?(?:rejection|form|template|no|automated|generic|canned)`,
        String.raw`because (?:that's|that is) (?:exactly |just )?what (?:i|everyone|anyone) (?:wanted|needed)`,
      ),
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`(?:hope|i'm sure) (?:they're|he's|she's|your new hire is|it's|the new hire is|they are|it was) worth it`,
        String.raw`hope (?:[a-z']+ ){1,4}(?:is|are|was|were|turns out to be|proves) worth (?:it|the (?:trouble|wait|money|hassle|cost|risk|savings))`,
        String.raw`(?:lovely|great|nice|wonderful|fun|brilliant|fantastic|delightful|charming|super|a treat) to be (?:strung along|ghosted|kept waiting|left hanging|rejected|told by|ignored|messed around|led on|kept in the dark|fobbed off|an afterthought)`,
      ),
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
      pattern: String.raw`(?:lovely|wonderful|brilliant|fantastic|perfect|great|marvell?ous|super|terrific|splendid|fabulous)[,.!]* (?:just|simply|really|truly|absolutely) (?:lovely|wonderful|brilliant|fantastic|perfect|great|marvell?ous|super|terrific|splendid|fabulous)`,
      negatable: false,
    },
  ],
  pleading: [
    {
      pattern: anyOf(
        String.raw`i'm begging|i am begging|i beg(?! to | your pardon| leave)(?: you)?|begging you|desperate(?:ly)?|please,? please|desperation`,
        String.raw`i(?:'m| am) (?:pleading|imploring)|i implore|on my knees|pleading with you|please help(?: me)?|help me out here`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:this|the|that) (?:job|role|position|opportunity|chance|offer|place) (?:means|would mean|meant|is) (?:absolutely )?(?:everything|the world|more than anything)(?: to me)?`,
        String.raw`(?:would|could|will) (?:change|save|turn around) my life`,
        String.raw`(?:any|whatever) (?:hours|pay|salary|terms|shifts?|conditions|rate|wage)`,
        String.raw`(?:do|take|accept) whatever you (?:need|want|ask|say|offer)`,
        String.raw`(?:take|accept) (?:a |any )?(?:pay cut|lower (?:salary|pay|grade|title)|less money|reduced pay|cut in pay)`,
        String.raw`(?:just|please|only|simply|you (?:have|need|must|got) to|you've got to|i'm asking you to),? give me (?:a|one|the|another|just one) (?:chance|shot|try)`,
        String.raw`(?:please,? )?(?:don't|do not) let (?:this|it|that) (?:be the end|end (?:here|like this|this way)|be it)`,
        String.raw`(?:don't|do not) know what (?:i'll|i will|i'd|i would|i'm going to|i am going to|else to) do (?:without|if)`,
        String.raw`all i (?:ask|need|want) is (?:a|one) (?:chance|shot|try)`,
        String.raw`(?:let|allow) me (?:to )?prove (?:myself|it|you wrong)`,
        String.raw`even (?:a |an |just |the )?(?:short |brief |small |temporary |unpaid |part-time |trial |junior |entry-level |temp |few |one )*(?:trial|internship|placement|contract|week|day|shift|temp|part-time role|junior role|unpaid|month)s?(?: [a-z]+){0,3} (?:would do|is fine|would be fine|would be enough|will do)`,
        String.raw`(?:anything|any role|any job|any position|any work) (?:would do|will do|is fine|would be fine)`,
        String.raw`(?:out of work|unemployed|job-?hunting|looking for work|without work) (?:for )?(?:so long|months|a year|over|almost|nearly|since|ages|[a-z]+ (?:months|years))`,
        String.raw`(?:running|run|ran) out of (?:money|savings|options|hope)`,
        String.raw`(?:struggling|behind) (?:financially|to pay|to make ends|with (?:money|bills|rent)|on (?:rent|bills|my mortgage))`,
        String.raw`(?:can't|cannot) (?:take|face|handle|bear|go through|survive) (?:another|more|one more)`,
        String.raw`(?:please,? )?(?:don't|do not) (?:say no|turn me (?:down|away)|give up on me|close the door on me)`,
        String.raw`(?:can|could|will|would) start (?:tomorrow|immediately|right away|today|straight away|on monday)`,
        String.raw`urgent(?:ly)?|asap|as soon as (?:humanly )?possible`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`i (?:really |desperately |badly |truly |just )?need (?:this|the|a|any) (?:job|role|position|work|chance|opportunity)`,
        String.raw`i (?:really |desperately |badly |truly )?need this`,
        String.raw`i(?:,? (?:really|truly|desperately|badly|honestly|just|so|simply|genuinely|urgently))+,? need (?:this|that|the|a|any) (?:job|role|position|work|income|pay ?check|break|chance|yes)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`i(?:'ll| will|'d| would)? (?:do|take) (?:absolutely |literally |quite literally )?any(?:thing| role| job| position)`,
        String.raw`(?:willing|happy|ready|prepared|glad) to (?:do|take|accept) (?:absolutely |literally |quite literally )?(?:anything|any (?:role|job|position|work))`,
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
        String.raw`(?:i'm|i am|i was|we're|we are) (?:really |truly |desperately |so |honestly |all )?(?:counting|relying|depending|banking) on (?:this|you|it|getting|the (?:job|role|offer|position))`,
        String.raw`(?:i'm|i am|we're|we are) (?:really |honestly |currently |in )?(?:in )?(?:a |such a )?(?:tough|difficult|bad|desperate|terrible|hard|tight) (?:spot|place|position|situation|way)`,
        String.raw`need (?:something|a job|work|an income|a role|a yes|an answer) (?:very )?(?:soon|quickly|fast|now|urgently|badly|desperately)`,
        String.raw`must be (?:something|some way|a way|anything) (?:you|i|we) (?:can|could)`,
        String.raw`(?:anything|whatever it takes) to (?:get (?:in|my foot in)|join|work for|work with|work at)`,
        String.raw`(?:family|kids|children|mouths|people) to (?:feed|support|provide for)`,
        String.raw`end of my (?:rope|tether)|(?:at )?my wits'? end|breaking point|(?:i'm|i am) (?:really |honestly )?(?:struggling|drowning|scared|panicking)(?! to (?:find|understand|say|know))`,
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
    {
      pattern: String.raw`(?<!(?:me|i|i've|i have|i'd|i had|it made me) )re-?consider(?:ing|ed|ation)?${NOT_ABOUT_THE_FUTURE}`,
    },
    {
      pattern: anyOf(
        String.raw`(?:rethink|re-?think|re-?evaluate|re-?assess|reopen|re-open|revisit|reverse|overturn|appeal|challenge|contest|undo) (?:the|your|this|that|their|the panel's) (?:decision|outcome|result|choice|verdict|rejection)(?![ -](?:notes?|letters?|emails?|criteria|process|documents?|matrix))${NOT_ABOUT_THE_FUTURE}`,
        String.raw`(?:reopen|re-open) my (?:application|candidacy|case|file)`,
        String.raw`(?:rethink|re-?think) (?:it|this|that)`,
        String.raw`(?:think|thinking) (?:it|this|that) (?:over )?again|(?:have|having|give it) (?:another|a second) (?:think|thought)`,
        String.raw`(?:look|looking|glance|glancing|review|reviewing|read|reading|go over|going over|discuss|discussing|consider|considering|assess|evaluate|think about) (?:at )?(?:my|the|this|that) (?:case|application|candidacy|cv|resume|portfolio|file|decision|interview|test|answers?|submission) again${NOT_ABOUT_THE_FUTURE}`,
        String.raw`(?:take|have|taking|give it|give my [a-z]+) (?:another|a second|one more|a fresh|a last) look${NOT_ABOUT_THE_FUTURE}`,
        String.raw`(?:any|no|some) (?:way|chance|possibility|hope|room)(?: at all)? (?:that |of |for )?(?:[a-z']+ ){0,4}?(?:change|changing|reconsider|revisit|reopen|reverse|overturn|rethink|undo|still (?:be )?(?:considered|in the running)|still (?:get|have) (?:the|this|that) (?:job|role|position)|put me back)`,
        String.raw`still (?:be )?(?:considered|in the running|in contention) for (?:this|that|the) (?:role|position|job|post|vacancy)(?! (?:if|when|in the future|next))`,
        String.raw`consider me again for (?:this|that|the same) (?:role|position|job|post)`,
        String.raw`put me back (?:in|on|into)`,
        String.raw`make an exception`,
        String.raw`(?:open to|grounds for|lodge an?|make an?|is there an?|can i|could i|may i|able to|way to|process to|right to) appeal`,
        String.raw`keep (?:my application|me|my candidacy) (?:open|active|live|in play|in the running) for (?:this|the|that) (?:role|position|job|post)`,
        String.raw`(?:too late|not too late) to (?:change|be considered|reconsider|get back in|throw my hat|still)`,
        String.raw`(?:is|was) (?:that|this|it) (?:really |definitely |absolutely )?(?:your|the) final (?:decision|answer|word)`,
        String.raw`(?:decision|it|this|that|the outcome) (?:isn't|is not|wasn't|was not) (?:yet |really |necessarily )?(?:final|set in stone|definite|fixed|the end)`,
        String.raw`(?:meet|talk|speak|confer) again (?:to discuss |about |to talk about |to look at )(?:my|the) (?:application|candidacy|case|decision|outcome)`,
        String.raw`(?:is|was) (?:it|that|this|the decision|your decision) (?:really |definitely |completely |absolutely )?(?:set in stone|final|irreversible|irrevocable|non-negotiable)\?`,
        String.raw`(?:another|a second|one more|a further) (?:chance|shot|go|try|interview|opportunity) to (?:prove|show|convince|demonstrate|make my case|change your mind)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`chang(?:e|es|ing) (?:your|the|this|that) (?:mind|decision|outcome|verdict)`,
        String.raw`(?:you|the panel|they|the team|the committee) (?:to |would |could |might |will |can )?(?:please )?think again|think again about (?:the|your|this|that|my) (?:decision|outcome|choice|application)`,
        String.raw`(?:is|has) (?:the|this|that) (?:role|position|job|post|vacancy|place) (?:definitely|really|already|actually|officially|truly) (?:been )?(?:filled|gone|taken|closed)\?`,
        String.raw`(?:a second|another|one more|a further|a follow-up|a final) (?:interview|chance|shot|go|round|conversation|meeting|look) (?:for|at|on|about) (?:this|that|the same) (?:role|position|job|post|vacancy)${NOT_ABOUT_THE_FUTURE}`,
        String.raw`(?:a )?second look${NOT_ABOUT_THE_FUTURE}`,
        String.raw`(?:another|one more|a fresh|a second) look at my (?:application|cv|resume|candidacy|portfolio)${NOT_ABOUT_THE_FUTURE}`,
        String.raw`before the offer goes out`,
        String.raw`still room to (?:talk|discuss|change)`,
        String.raw`(?:whether|if) (?:the|your) decision is (?:definitely |really |truly |completely )?(?:final|set|fixed)`,
        String.raw`give me (?:another|a second|one more) (?:chance|shot|try)${NOT_ABOUT_THE_FUTURE}`,
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
        String.raw`not (?:good|smart|qualified|strong|experienced|talented|bright|clever|sharp|impressive) enough`,
        String.raw`not (?:the |quite the |really the )?(?:calibre|caliber|standard|level|quality) (?:of|you|that|they|your)`,
        String.raw`not (?:the |quite the |really the )?(?:kind|type|sort) of (?:person|candidate|applicant|hire|talent|people) (?:you|they|your)`,
        String.raw`(?:way |clearly |obviously |a bit |rather )?out of my league|punching above my weight`,
        String.raw`(?:wasn't|was not|am not|isn't) (?:[a-z]+ )?(?:qualified|good|strong|smart|talented) enough`,
        String.raw`not cut out for`,
      ),
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`i (?:probably |totally |completely |really |clearly |just )?(?:blew|bombed|botched|flubbed|fumbled|ruined|fluffed|choked on|tanked) (?:it|the|my|that)`,
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
        String.raw`(?:i'm|i am|i was) (?:clearly |obviously |just |probably |simply )?(?:the )?(?:weakest|worst) (?:candidate|one|applicant|of|in|person)`,
        String.raw`(?:i'm|i am|i was) (?:just |really |such |clearly |obviously )?(?:a|an) (?:terrible|awful|hopeless|lousy|poor|bad|weak|rubbish|dreadful|useless|nervous) (?:interviewee|candidate|speaker|presenter|communicator|writer|wreck|fit|applicant)`,
        String.raw`(?:i'm|i am) (?:clearly |obviously |just |simply )?(?:no good|nothing special|a nobody|an? imp[oa]st[oe]r|a fraud|a joke|a letdown|a let-down|a loser|a lost cause|not very (?:bright|smart|clever|good))`,
        String.raw`i (?:never|don't|do not|just don't|just never) (?:interview|test|present|perform|come across) (?:well|great)`,
        String.raw`(?:i )?should(?:n't| not)? (?:never )?have (?:even )?(?:applied|bothered)|no business applying|(?:don't|do not) know why i (?:even )?(?:applied|bothered)|(?:silly|stupid|foolish|naive) (?:of me )?to (?:apply|think|hope|expect)`,
        String.raw`(?:made|making) (?:a )?(?:fool|mess|hash|muddle) of (?:myself|it|the|my)`,
        String.raw`(?:typical|classic) me|(?:the )?story of my life`,
        String.raw`(?:i'm|i am|i was) (?:just |simply |really |clearly |obviously |probably )?not (?:very |that |particularly |any |much )?(?:good|great) (?:at|with|in|under)(?![^.!?\n]{0,60}\byet\b)`,
        String.raw`(?:i'm|i am|i was) (?:probably |clearly |just |obviously |simply |getting )?(?:too old|too slow|past it|over the hill)`,
        String.raw`(?:i'm|i am|i was|i felt like|i came across as|i looked like|i sounded like|i must have (?:seemed|looked|sounded)(?: like)?) (?:such |a |an |like a |like an )*(?:complete |total |utter |absolute |bumbling |rank )?(?:amateur|idiot|fool|beginner|novice|failure|wreck|fraud)`,
        String.raw`i always (?:mess|screw|muck|foul) (?:these|it|them|things|this|interviews) up|i always (?:fail|bomb|ruin|trip up|fall apart|go blank)`,
        String.raw`not much of a (?:catch|candidate|prospect)`,
        String.raw`(?:i'm|i am|i was) (?:pretty |just |so |quite |rather |really |utterly |thoroughly |painfully |clearly |obviously |probably |simply )?(?:mediocre|average at best|unremarkable|forgettable|unimpressive|underwhelming|a disappointment|incompetent|inadequate|worthless|nobody special)`,
        String.raw`(?:don't|do not) know what i was thinking`,
        String.raw`(?:wasn't|was not|am not|i'm not|isn't|not) (?:really |quite |clearly |obviously |simply )?up to (?:it|the job|the task|the role|scratch|standard|the standard|par|much)`,
        String.raw`(?:far|much|way|so much|miles) (?:better|stronger|more qualified|more experienced|more talented) (?:people|candidates|applicants|options) than me`,
        String.raw`i (?:really |totally |completely )?let (?:you|everyone|the panel|the team|you all|myself) down`,
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
