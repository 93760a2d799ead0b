import { anyOf } from './cues';
import type { CueSpec } from './cues';
import type { RoadmapPart } from './types';

/**
 * Why: the three parts of the roadmap (thanks, still wanting to work there, an ask about staying in
 * touch) are recognised by what people actually write, including paraphrases without the stock words
 * ("it meant a lot that you called me yourself", "your team is still the one I'd most like to join",
 * "if anything opens up down the line, I'd love to hear from you"). A cue of weight 1 is enough on its
 * own; the smaller ones must meet in one sentence (an opening mentioned AND an ask). A veto removes a
 * sentence from a part altogether ("thanks for nothing", "I no longer want to work there").
 * The labelled corpus in tests/coach-corpus keeps these lists honest: a new cue must not lower precision.
 */

const ADVERBS = String.raw`(?:(?:still|really|truly|genuinely|very much|very|definitely|absolutely|so|also|just|honestly|certainly|sincerely|deeply|always|even more|all the more|more than ever|as|most|quite|particularly|especially) ){0,4}`;
const I_WOULD = String.raw`(?:i'd|i would|we'd|we would|i'll|i will)`;
const OPENING_NOUN = String.raw`(?:role|position|opening|spot|vacancy|place|job|opportunity|anything|something|post|seat|round|cohort|call|intake|season|project|commission|need)s?`;
const OPENING_VERB = String.raw`(?:opens?|opened|open up|opens up|comes? (?:up|along|round|around|back)|came up|becomes? available|arises?|appears?|pops? up|frees? up|is (?:posted|announced|advertised)|are (?:posted|announced|advertised)|changes|goes live)`;
const CONDITION = String.raw`(?:if|when|whenever|should|once|in case|as soon as)`;

export const PART_CUES: Record<RoadmapPart, readonly CueSpec[]> = {
  gratitude: [
    { pattern: String.raw`thank(?:s|ing|ful)?(?: you)?(?! in advance)|thx|many thanks|with thanks` },
    {
      pattern: anyOf(
        String.raw`(?<!(?:would|i'd|we'd) be (?:so |very |really |most |truly |extremely |ever so )?)grateful`,
        String.raw`gratitude`,
      ),
    },
    {
      pattern: String.raw`(?<!(?:would|i'd|we'd)(?: really| greatly| so| truly| very much| also)? )appreciat(?:e|ed|es|ing|ion|ive)(?! it if)`,
    },
    {
      pattern: anyOf(
        String.raw`(?:can't|cannot|couldn't) thank you enough`,
        String.raw`(?:can't|cannot) (?:tell|say) (?:you )?how (?:much|grateful|thankful)`,
        String.raw`couldn't be (?:more )?(?:grateful|thankful)`,
      ),
      negatable: false,
    },
    { pattern: String.raw`(?:meant|means|mean) (?:a lot|so much|a great deal|the world|more than)(?! of)` },
    { pattern: String.raw`(?:kind|generous|thoughtful|considerate|gracious|decent|good|nice|sweet|big|lovely) of you` },
    {
      pattern: String.raw`(?:was|were|been|so|very|really|truly|incredibly|such a)(?: [a-z]+ and)? (?:kind|generous|thoughtful|considerate|gracious|decent|helpful)(?! of (?!you))(?: gesture)?`,
    },
    {
      pattern: String.raw`(?:glad|happy|pleased|relieved|grateful) (?:that )?you (?:took|called|rang|let|told|reached|wrote|explained|got back|phoned|made|shared|gave|were|did|came|picked up|spoke)`,
    },
    {
      pattern: anyOf(
        String.raw`(?:glad|happy|lucky|fortunate) (?:to have had|to have|i got|i had|to get) (?:the|this|a) (?:chance|opportunity)`,
        String.raw`lucky to have`,
        String.raw`fortunate to have`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`privilege`,
        String.raw`(?<!(?:would|i'd) be )honou?red (?:to|that|by)`,
        String.raw`(?:an|such an|a real) honou?r (?:to|being|meeting)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`owe you(?: one)?`,
        String.raw`much obliged`,
        String.raw`obliged to you`,
        String.raw`in your debt`,
        String.raw`cheers for`,
        String.raw`class act`,
        String.raw`hats off`,
        String.raw`kudos`,
      ),
    },
    {
      pattern: String.raw`(?:didn't|did not|don't|do not) have to (?:call|ring|phone|write|explain|tell|reach|get back|take|share)`,
      weight: 0.75,
      negatable: false,
    },
    { pattern: String.raw`(?:made|makes|making) my (?:day|week|month)` },
    { pattern: String.raw`(?:touched|moved) (?:that you|by your|by how|to (?:get|receive|hear))` },
    {
      pattern: anyOf(
        String.raw`(?:was|is|felt like|were) (?:a|such a) (?:gift|kindness|real help|big help|great help|huge help)`,
        String.raw`(?:were|was) a (?:real|big|great|huge) help`,
      ),
    },
    {
      pattern: String.raw`value(?:d)? (?:that you|you (?:making|taking|letting|calling|telling|being)|the time|your (?:time|honesty|feedback|candou?r|advice|call|note))`,
    },
    {
      pattern: String.raw`(?:won't|will not|will never|'ll never|never) forget (?:how|your|that you|the)`,
      weight: 0.75,
      negatable: false,
    },
    {
      pattern: String.raw`(?:don't|do not|won't|never) take (?:it|that|this|your [a-z]+) for granted`,
      negatable: false,
    },
    {
      pattern: String.raw`(?:made|makes) (?:it|this|that|the news|a hard [a-z]+|a difficult [a-z]+|things) (?:much |so |a lot |far )?easier`,
      weight: 0.5,
    },
    {
      pattern: anyOf(
        String.raw`(?:took|taking|taken|making|made) (?:the |a )?(?:time|moment|minute)`,
        String.raw`gave me (?:your|the) time`,
        String.raw`spent with me`,
      ),
      weight: 0.5,
    },
    {
      pattern: String.raw`for (?:letting me know|telling me|explaining|the (?:opportunity|chance|update|call|interview|interviews|feedback|tour|note)|considering me|your (?:time|honesty|feedback|call|consideration|patience|kindness|note|message))`,
      weight: 0.5,
    },
    { pattern: String.raw`(?:it was|it's been|what) a (?:pleasure|delight|joy)|refreshing`, weight: 0.5 },
  ],
  sincerity: [
    {
      pattern: String.raw`(?:want|wanted|wanting|love|like|hope|hoping|keen|eager|excited|wish|proud|thrilled|delighted|set on|happy|glad|honou?red|dying) to (?:work|be working|join|be part|be a part|be on|contribute|help build|teach|cook|grow|build (?:my|a) career|come aboard|be involved|be back)(?! out)`,
    },
    {
      pattern: String.raw`(?:keen|excited|enthusiastic|passionate|eager|set|drawn|hopeful|interested|committed) (?:on|about|in|to|by) (?:joining|working|the|your|what|being|[a-z]+'s|x+)`,
    },
    {
      pattern: String.raw`(?:remain|remains|remained|stay|still|as|just as|more|even more|very|really|so) ${ADVERBS}(?:interested|keen|excited|enthusiastic|drawn|committed|passionate|eager)`,
    },
    {
      pattern: String.raw`(?:the (?:kind|sort|type) of (?:work|team|place|company|role|culture|environment|project|people|organi[sz]ation|team)|where (?:i|i'd|i would|we'd) (?:want|like|love|hope|belong|see myself|could do|land|thrive|fit)|(?:direction|path) i want|how i want to work|what i want to (?:be part|do|work on|build))`,
    },
    {
      pattern: anyOf(
        String.raw`(?:the|a) (?:one|place|team|company|firm|newsroom|kitchen|studio|lab|school|shop|museum|office) i(?:'d| would)? (?:most )?(?:like|love|want|pick|choose|hope)`,
        String.raw`i'd pick first`,
        String.raw`(?:is|remains) the one(?! who)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:my )?(?:first|top) (?:choice|pick)`,
        String.raw`top of my (?:[a-z]+ )?list`,
        String.raw`dream (?:job|company|team|role|employer|place)`,
        String.raw`(?:still|is|remains) the (?:[a-z]+ )?(?:one|place|team|company|studio|firm|lab|school|shop|kitchen|job|role) for me`,
        String.raw`(?:still )?(?:a|my) goal of mine`,
        String.raw`heart(?:'s| is) (?:still )?set on`,
        String.raw`love nothing more than`,
        String.raw`(?:as )?committed as ever`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`admir(?:e|ed|es|ing|ation)(?! (?:your|the way you) (?:honesty|candou?r|directness))`,
        String.raw`look(?:ed)? up to`,
        String.raw`rooting for`,
        String.raw`(?:a |big |huge )fan of`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:interviews?|conversations?|process|team|mission|work|vision|day|visit|tour|culture) (?:was|were|is|are) ${ADVERBS}(?:inspiring|energi[sz]ing|exciting|motivating)`,
        String.raw`inspir(?:ed|ing) by`,
        String.raw`(?:continues?|continued) to inspire`,
        String.raw`still inspires?`,
        String.raw`(?:most|so|really|truly|genuinely) inspiring`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`inspir(?:e|ed|es|ing|ation)`,
        String.raw`most (?:exciting|interesting|impressive|energi[sz]ing|inspiring)`,
        String.raw`admirer of`,
      ),
      weight: 0.5,
    },
    {
      pattern: String.raw`(?:my|our|the same) (?:interest|enthusiasm|excitement|passion) (?:in|for|about)`,
      weight: 0.75,
    },
    {
      pattern: anyOf(
        String.raw`(?:hasn't|has not|haven't|have not|didn't|did not|won't|will not) (?:changed|faded|dimmed|wavered|gone anywhere|diminished|waned|lessened)`,
        String.raw`(?:nothing|none of (?:this|that|it)) (?:[a-z ]{1,40} )?(?:has )?(?:changed?|changes) (?:that|how much|my)`,
        String.raw`still stands`,
      ),
      weight: 0.75,
      negatable: false,
    },
    {
      pattern: String.raw`(?:more|even more|more than ever|all the more) (?:convinced|certain|sure|excited|interested|keen|eager|determined)`,
    },
    {
      pattern: anyOf(
        String.raw`wanting (?:the (?:job|role|position) )?(?:even )?more`,
        String.raw`want(?:ed)? (?:it|the (?:job|role)) (?:even )?more`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`believe in (?:your|the|what you're|what you are)`,
        String.raw`share (?:your|the) (?:mission|vision|values)`,
      ),
    },
    { pattern: String.raw`(?:jump|leap) at (?:a|the|any) (?:chance|opportunity)` },
    {
      pattern: anyOf(
        String.raw`(?:love|like|want|hope|keen|eager) to (?:try|apply|interview|audition) again`,
        String.raw`(?:i'll|i will|i plan to|i intend to|i'm going to|i mean to) (?:[a-z]+ ){0,2}(?:apply|try|audition) again`,
        String.raw`first (?:to knock|in line|to apply)`,
      ),
    },
    {
      pattern: String.raw`(?:love|admire|believe in|like|enjoy|respect) what you(?:'re| are)(?: all)? (?:building|doing|making|creating)`,
    },
    { pattern: String.raw`(?:chance|opportunity) to (?:work|join|be part|contribute)`, weight: 0.75 },
    { pattern: String.raw`(?:followed|watched|admired|loved|used) (?:[a-z']+ ){0,6}for years|for years`, weight: 0.5 },
    { pattern: String.raw`(?:is|was|feels like) the right (?:place|company|team|home)|convinced me`, weight: 0.75 },
    {
      pattern: String.raw`(?:a|the) (?:great|wonderful|fantastic|brilliant|good|perfect|ideal|dream) (?:place|company|team|firm) to (?:work|grow|learn|be)`,
    },
    { pattern: String.raw`what i'm looking for|what i am looking for`, weight: 0.75 },
    {
      pattern: String.raw`still (?:[a-z]+ )?(?:like|love|want|hope|wish)(?:ing)? to be (?:considered|in the running|thought of)`,
    },
    { pattern: String.raw`want (?:this|the|that) (?:role|job|position)` },
    { pattern: String.raw`where i belong|place i belong|feels like (?:the|a) place|feels like home` },
    { pattern: String.raw`(?:the )?(?:reason|why) i applied`, weight: 0.75 },
    {
      pattern: anyOf(
        String.raw`(?:would|i'd)(?: never| not) say no to`,
        String.raw`(?:not interested in|don't want to work) (?:working )?anywhere else`,
      ),
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`meant (?:every word|it when i said)`,
        String.raw`(?:everything|all) i said (?:about [a-z ]{1,40})?(?:still )?(?:stands|holds)`,
      ),
    },
    {
      pattern: String.raw`(?:loved|enjoyed|love|impressed by|fascinated by|excited by) (?:learning about |hearing about |seeing |the |your |how )*(?:[a-z]+'s )?(?:energy|work|approach|culture|vision|mission|plans|roadmap|products?|projects?|research|values)`,
      weight: 0.75,
    },
    {
      pattern: String.raw`(?:your|the) (?:team's|company's|firm's|studio's|lab's|group's) (?:work|approach|culture|mission)`,
      weight: 0.5,
    },
  ],
  connection: [
    {
      pattern: anyOf(
        String.raw`(?<!for )(?:keep|kept|keeping) (?:me|my (?:name|details|cv|resume|application|profile|number)) (?:in mind|on file|on (?:your|the) (?:radar|list|books)|in the (?:loop|mix|running|frame))`,
        String.raw`(?<!for )keep me (?:posted|updated|informed)`,
        String.raw`(?:be |being )?kept in mind`,
        String.raw`(?:come|comes) to mind`,
        String.raw`(?:my name|me) (?:comes?|come) up`,
        String.raw`send (?:it|them|anything|something|that) my way`,
        String.raw`(?:if|when) you hear of`,
        String.raw`give me a shout`,
        String.raw`ping me`,
        String.raw`stay (?:visible|top of mind|in the frame)`,
        String.raw`(?:follow|connect with|add) you on linkedin`,
        String.raw`circle back`,
        String.raw`drop you a (?:line|note|message|email)`,
      ),
    },
    { pattern: String.raw`on (?:your|the) radar|on your (?:list|books)` },
    {
      pattern: anyOf(
        String.raw`(?:be |being |to be )?(?:considered|in the running|thought of) (?:for (?:future|other|similar|new|upcoming|later|the next|any)|again|if|when|next|later)`,
        String.raw`consider me (?:for (?:future|other|similar|new|upcoming|later|the next|any)|if|again|when|in future|in the future)`,
        String.raw`think of me`,
        String.raw`keep my name`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:be|being) considered`,
        String.raw`(?:grab|get|have) (?:a )?(?:coffee|chat|quick call)`,
        String.raw`catch up`,
        String.raw`door (?:ever )?(?:opens|reopens)`,
      ),
      weight: 0.75,
    },
    {
      pattern: anyOf(
        String.raw`(?:when|if|once) (?:you're|you are|the team is|the team's|[a-z]+ is|you start) (?:hiring|recruiting)(?: again)?`,
        String.raw`hiring again`,
      ),
      weight: 0.75,
    },
    {
      pattern: String.raw`(?:future|upcoming|later|other|similar|new|next|another) (?:openings?|opportunit(?:y|ies)|roles?|positions?|vacanc(?:y|ies)|projects?|hiring|postings?|jobs?|rounds?|cohorts?|posts?|postdoc call)`,
      weight: 0.75,
    },
    {
      pattern: anyOf(
        String.raw`${CONDITION} (?:[a-z'-]+ ){0,4}?${OPENING_NOUN}(?: [a-z'-]+){0,4}? ${OPENING_VERB}`,
        String.raw`${CONDITION} you(?:'re| are)?(?: ever)? (?:need|short|in need|looking for) (?:of )?(?:someone|somebody|an?|help|volunteers|anyone|hands|people)`,
        String.raw`if you(?:'d| would)? ever (?:have|want) me`,
      ),
      weight: 0.75,
    },
    {
      pattern: anyOf(
        String.raw`${I_WOULD} (?:${ADVERBS})(?:love|like|be glad|be happy|be keen|welcome|be grateful|be delighted|appreciate|be honou?red|be open|be thrilled)`,
        String.raw`(?:please|kindly) (?:let me know|think of me|keep|get in touch|reach out|call|give me)`,
        String.raw`(?:would|could|can|will|might|may) (?:you|i|we)\b`,
        String.raw`i hope (?:you'll|you will|you might|you can|to|we|my)`,
        String.raw`(?:any|some) chance`,
        String.raw`(?:mind if i|is it ok(?:ay)? if i|would it be (?:ok(?:ay)?|all right|alright) if i)`,
        String.raw`let me know`,
      ),
      weight: 0.5,
    },
    {
      pattern: anyOf(
        String.raw`(?:stay|keep|be|remain|get|keeping|staying) in (?:touch|contact)`,
        String.raw`stay(?:ing)? connected`,
        String.raw`(?:stay|staying|remain|be) in (?:your|the) (?:network|orbit)`,
        String.raw`keep (?:the )?(?:conversation|door|lines?|channel) (?:going|open)`,
        String.raw`in the loop`,
        String.raw`paths (?:will |might |may |can )?cross`,
        String.raw`connect (?:on|via|here)`,
        String.raw`hear(?:ing)? about (?:future |new |any |other |upcoming )?(?:openings|roles|opportunities|positions|vacancies)`,
        String.raw`heads-up`,
        String.raw`heads up`,
      ),
    },
    { pattern: String.raw`(?:lose touch|lose my (?:number|details|email|contact))`, negatable: true },
    {
      pattern: anyOf(
        String.raw`(?:don't|do not|wouldn't|would not|never) (?:want to )?lose (?:touch|my (?:number|details|email|contact))`,
        String.raw`(?:don't|do not) forget (?:me|about me|my name)`,
      ),
      negatable: false,
    },
    { pattern: String.raw`(?:hear|hearing) from you`, weight: 0.5 },
    {
      pattern: anyOf(
        String.raw`check(?:ed|ing)? (?:in|back)`,
        String.raw`touch(?:ed|ing)? base`,
        String.raw`reach(?:ed|ing)? out (?:again|in|when|later|from time|once)`,
        String.raw`follow(?:ed|ing)? up (?:when|in|later|again|from time|once)`,
        String.raw`get back in touch`,
        String.raw`(?:call|called|ring|email|write to) you (?:again |back )?(?:in|when|after|later|next|once)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:don't|do not|never) hesitate to (?:get in touch|reach out|contact|call|write|email|let me know|get back)`,
        String.raw`feel free to (?:get in touch|reach out|contact|call|write|email)`,
      ),
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`(?:what|anything|how)(?: [a-z']+){0,3} (?:suggest|recommend|advise)`,
        String.raw`(?:would|could|can) you (?:suggest|recommend|advise)`,
        String.raw`what would you (?:do|suggest|recommend|look for)`,
        String.raw`what you'd (?:look for|suggest|recommend)`,
      ),
    },
    {
      pattern: String.raw`(?:any|some|your|have|for) (?:advice|feedback|suggestions?|pointers|tips|guidance|recommendations)`,
    },
    {
      pattern: anyOf(
        String.raw`(?:stronger|better|more competitive) (?:candidate|application|applicant|fit)`,
        String.raw`(?:areas?|skills?|things?) (?:i |to )?(?:should |could |might |can )?(?:work on|improve|develop|strengthen)`,
        String.raw`(?:what|how) (?:can|could|should) i (?:improve|do better|prepare|grow)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:apply|audition|interview|try) again`,
        String.raw`reapply`,
        String.raw`re-apply`,
        String.raw`throw my hat in`,
        String.raw`first (?:to knock|in line)`,
        String.raw`whatever comes next`,
      ),
      weight: 0.5,
    },
    {
      pattern: String.raw`(?:i'd|i would) (?:${ADVERBS})(?:love|welcome|appreciate|like) a (?:call|heads-up|note|message|line|chat)`,
    },
    { pattern: String.raw`(?:if you're|if you are|would you be|are you) open to`, weight: 0.5 },
    {
      pattern: anyOf(
        String.raw`in (?:a few|a couple of|a couple|several|six|three|two) (?:weeks|months)`,
        String.raw`in the (?:spring|summer|autumn|fall|winter|new year)`,
        String.raw`later (?:this|in the) year`,
        String.raw`(?:in the|in) future`,
        String.raw`down the (?:line|road)`,
        String.raw`in a month(?: or two)?`,
        String.raw`(?:next|this) (?:year|spring|summer|autumn|fall|winter|quarter)`,
      ),
      weight: 0.5,
    },
    {
      pattern: anyOf(
        String.raw`my (?:number|phone number|mobile) is`,
        String.raw`reach me (?:at|on)`,
        String.raw`call me (?:on|at)`,
        String.raw`give me a (?:ring|call)`,
        String.raw`i'm (?:on|at) x+`,
        String.raw`i'm on [0-9]`,
      ),
      weight: 0.5,
    },
  ],
};

export const PART_VETOES: Record<RoadmapPart, readonly CueSpec[]> = {
  gratitude: [
    {
      pattern: anyOf(
        String.raw`thanks? (?:you )?(?:so much |a lot |very much )?for nothing`,
        String.raw`no thanks`,
        String.raw`thanks,? but no`,
        String.raw`thanks anyway`,
        String.raw`thank(?:s| you)(?: so much| a lot| very much)? for (?:wasting|nothing|ghosting|leading me on|stringing me along|the form|the generic|the canned|the automated)`,
        String.raw`wish i could (?:say )?thank`,
        String.raw`(?:not|hardly|nothing to be) (?:grateful|thankful)`,
      ),
      negatable: false,
    },
  ],
  sincerity: [
    {
      pattern: anyOf(
        String.raw`no longer (?:want|wish|interested|keen|excited)`,
        String.raw`not (?:interested|keen) (?:anymore|any more)`,
        String.raw`(?:lost|losing) (?:interest|my interest)`,
        String.raw`dodged a bullet`,
        String.raw`glad i (?:didn't|did not) get`,
        String.raw`(?:wouldn't|would not|never) want to work (?:there|for you|with you|here)`,
        String.raw`used to (?:want|think|dream|be)`,
        String.raw`never really (?:interested|wanted)`,
        String.raw`was never (?:really )?(?:interested|keen)`,
        String.raw`not anymore`,
        String.raw`no more`,
        String.raw`lost interest`,
        String.raw`once upon a time`,
      ),
      negatable: false,
    },
  ],
  connection: [
    {
      pattern: anyOf(
        String.raw`(?:don't|do not|please don't|no need to) (?:contact|call|email|reach out|get in touch|keep me|consider|think of)`,
        String.raw`no need to (?:keep|stay|remain)`,
        String.raw`(?:won't|will not|never) be (?:applying|reapplying)`,
        String.raw`withdraw`,
        String.raw`take me off`,
        String.raw`rather not (?:stay|keep)`,
        String.raw`please don't(?! [a-z])`,
      ),
      negatable: false,
    },
  ],
};
