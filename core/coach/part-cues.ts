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

const ADVERBS = String.raw`(?:(?:still|really|truly|genuinely|very much|very|definitely|absolutely|so|also|just|honestly|certainly|sincerely|deeply|always|even more|all the more|more than ever|as|most|quite|particularly|especially|much) ){0,4}`;
const I_WOULD = String.raw`(?:i'd|i would|we'd|we would|i'll|i will)`;
const OPENING_NOUN = String.raw`(?:role|work|freelance work|shift|gig|cover|locum|position|opening|spot|vacancy|place|job|opportunity|anything|something|post|seat|round|cohort|call|intake|season|project|commission|need|hiring|application|recruitment|recruiting|placement|internship|contract|vacanc(?:y|ie)|posting)s?`;
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
    {
      pattern: String.raw`(?:kind|generous|thoughtful|considerate|gracious|decent|good|nice|sweet|big|lovely) of (?:you|the team|your team|the panel|you all|everyone|them|both of you)`,
    },
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
      pattern: anyOf(
        String.raw`(?:what|such) a (?:kind|generous|thoughtful|gracious|considerate|lovely|warm|decent|classy|humane|honest|helpful) (?:letter|note|message|email|reply|response|call|gesture|thing to do|way to)`,
        String.raw`(?:made|makes|making) (?:a|all the|such a) (?:real |big |huge |great |world of )?difference`,
        String.raw`(?:feedback|notes|advice|pointers|comments|insights?|suggestions|explanation|answer|reply|response)(?: [a-z']+){0,4}? (?:was|were|is|are|has been|have been) ${ADVERBS}(?:useful|helpful|valuable|invaluable|generous|thoughtful|kind|gracious|constructive|illuminating|eye-opening|much appreciated|a gift)`,
        String.raw`(?:respect|respected|admire|admired|appreciate) (?:the way|how) you (?:handled|told|delivered|explained|communicated|called|let|ran|treated|took)`,
        String.raw`(?:respect|respected|admire|admired) your (?:honesty|candou?r|directness|openness|transparency|kindness|care|courtesy)`,
        String.raw`indebted`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:didn't|did not|won't|will not|hasn't|has not|doesn't|does not) go unnoticed`,
        String.raw`(?:wasn't|was not|isn't|is not|weren't|were not) lost on me`,
      ),
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`(?:a|the|such a|real|your) (?:courtesy|kindness|generosity|grace|gesture)`,
        String.raw`for being (?:so )?(?:open|honest|clear|kind|generous|patient|upfront|straight|direct|candid|transparent|thoughtful|gracious|helpful)`,
      ),
      weight: 0.5,
    },
    {
      pattern: String.raw`(?:won't|will not|will never|'ll never|never|shan't) forget(?! (?:how (?:i was|this was|badly|poorly)|the way (?:i was|this was)))`,
      weight: 0.5,
      negatable: false,
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
        String.raw`(?:was|is|felt like|were) (?:a|such a) (?:gift|kindness|real help|big help|great help|huge help|comfort|real comfort|great comfort|consolation)`,
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
      pattern: String.raw`(?:want|wanted|wanting|love|like|hope|hoping|keen|eager|excited|wish|proud|thrilled|delighted|set on|happy|glad|honou?red|dying|get|getting) to (?:work|be working|join|wear|represent|be part|be a part|be on|contribute|help build|teach|cook|grow|build (?:my|a) career|come aboard|be involved|be back)(?! out)`,
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
        String.raw`(?:give|trade) (?:anything|a lot|a great deal|so much|my right arm) to (?:work|join|be|do|get|have|land)`,
        String.raw`(?:something|the (?:kind of |sort of |type of )?(?:work|job|role|thing|things|problems?|projects?|team|place|career)|what) i(?:'d| would|'ve| have)?(?: [a-z]+){0,2} (?:want|wanted|love|like|hope|long|wish|give a lot|give anything) to (?:be )?(?:do|doing|work on|working on|build|building|join|solve|tackle|be part)`,
        String.raw`where i (?:see|picture|imagine|want) (?:my (?:career|future|path|work)|myself)`,
        String.raw`(?:perfect|ideal|right|natural) (?:place|home|team|company|match|fit) for (?:me|my)`,
        String.raw`(?:can|could) (?:[a-z]+ ){0,2}(?:see|picture|imagine) myself (?:working|there|at|on|in|joining|as|being|building|contributing|with|fitting|growing)`,
        String.raw`(?:love|like|welcome|relish|want|value|hope for|hoping for) (?:the |a |any |another )?(?:chance|opportunity) to (?:work|join|be part|contribute|be on|help)`,
        String.raw`(?:love|like) the (?:idea|thought) of (?:joining|working|being)`,
        String.raw`(?:fell|falling|fallen) (?:a little |a bit )?in love with`,
        String.raw`resonat(?:e|es|ed|ing) (?:with me|deeply|strongly|so much|a lot)`,
        String.raw`(?:say yes|join|accept|sign|come aboard) (?:[a-z]+ )?(?:in a heartbeat|without hesitation|without (?:a )?second thought)`,
        String.raw`(?:my )?number one(?: (?:choice|pick|place|company|team|studio|firm))?`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`nothing (?:would|could|will) (?:make me|please me) (?:happier|prouder|more excited)`,
        String.raw`(?:nothing|there's nothing) i(?:'d| would) (?:like|love|want|enjoy) more`,
        String.raw`(?:like|love|want) nothing (?:more|better)`,
        String.raw`(?:nowhere|no place|no team|no company|no one|nobody|no other [a-z]+) (?:else )?(?:that )?i(?:'d| would) (?:rather|sooner)`,
        String.raw`(?:haven't|have not|won't|will not|not|never) (?:be )?giv(?:e|en|ing) up on (?:working|joining|the idea|being part|getting in|a (?:role|place|job|spot))`,
      ),
      negatable: false,
    },
    {
      pattern: anyOf(
        String.raw`(?:joining|working (?:at|for|with|on|in)|a (?:role|job|place|career) (?:at|with|in|on)) (?:[a-z'&-]+ ){0,4}(?:is|remains) (?:still )?(?:my|a|the) (?:[a-z-]+ )?(?:goal|dream|ambition|aim|hope|plan)`,
        String.raw`(?:keep|keeps|keeping|will keep|i'll keep) (?:applying|trying|knocking)`,
        String.raw`(?:doing|does|do) (?:such |so |really |truly |genuinely |incredibly |very |such a lot of |a lot of |so much )*(?:important|exciting|great|brilliant|amazing|meaningful|incredible|fantastic|wonderful|inspiring|remarkable|impressive|vital|valuable|good|beautiful|careful) work`,
        String.raw`(?:love|admire|believe in|respect) (?:the |your |what your |the team's |your team's )(?:work|mission|vision|values|approach|products?|culture|research)`,
      ),
    },
    {
      pattern: anyOf(
        String.raw`(?:stays|stayed|has stayed|stuck|has stuck|sticks|will stay) with me`,
        String.raw`(?:keep|kept) (?:thinking about|coming back to)`,
        String.raw`(?:stood|stands) out (?:to me|for me|from|among|as (?:the|a))`,
        String.raw`(?:a |such a |the )?(?:great|natural|perfect|good|strong|real|ideal) fit`,
      ),
      weight: 0.5,
    },
    {
      pattern: anyOf(
        String.raw`care (?:deeply |so much |a lot |a great deal )?about (?:what you|your|the (?:work|mission|problem|cause|people))`,
        String.raw`(?:spoke|speaks) to me`,
      ),
      weight: 0.75,
    },
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
        String.raw`(?:keep|keeping|hold on to|hang on to|hold onto|hang onto) my (?:name|details|cv|resume|application|profile|number|portfolio|contact details|email)(?! to myself)`,
        String.raw`(?:have|hold|put|keep) (?:me|my [a-z]+) on (?:file|record)`,
        String.raw`(?:put|keep) my name (?:forward|down)`,
        String.raw`(?:pass|send) (?:my (?:name|details|cv|resume)|me) (?:on|along)`,
        String.raw`(?:introduce me|an introduction to|put me in touch)`,
        String.raw`point me (?:to|towards|toward|in the (?:right )?direction)`,
        String.raw`reconnect(?:ing)?`,
        String.raw`(?:let's|lets|happy to|love to|like to|glad to|shall we) connect`,
        String.raw`keep (?:an |my )?eyes? (?:out for|on) (?:your|the|future|new|any|openings|roles)`,
        String.raw`(?:be |being )?kept in mind`,
        String.raw`(?:come|comes) to mind`,
        String.raw`(?:my name|me) (?:comes?|come) up`,
        String.raw`send (?:it|them|anything|something|that) my way`,
        String.raw`(?:if|when) you (?:hear|know) of`,
        String.raw`give me a shout`,
        String.raw`ping me`,
        String.raw`stay (?:visible|top of mind|in the frame)`,
        String.raw`(?:follow|connect with|add) you on linkedin`,
        String.raw`circle back`,
        String.raw`drop you a (?:line|note|message|email)`,
      ),
    },
    { pattern: String.raw`on (?:your|the) radar|on your (?:list|books)` },
    { pattern: String.raw`remember (?:me|my name)`, weight: 0.75 },
    {
      pattern: String.raw`(?:send|drop|give|share with) you (?:a |an |my )?(?:quick |short |brief )?(?:note|update|line|message|email|progress report|portfolio|new work)`,
      weight: 0.75,
    },
    {
      pattern: String.raw`look(?:ing)? forward to (?:hearing|staying|keeping|seeing you|speaking|talking|catching|meeting|our paths)`,
      weight: 0.5,
    },
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
      pattern: String.raw`(?:future|upcoming|later|other|similar|new|next|another) (?:[a-z-]+ )?(?:openings?|opportunit(?:y|ies)|roles?|positions?|vacanc(?:y|ies)|projects?|hiring|postings?|jobs?|rounds?|cohorts?|posts?|postdoc call|intakes?|placements?|internships?|contracts?|cycles?)`,
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
        String.raw`(?:hear(?:ing)?|know|told) (?:about|of) (?:any |future |new |other |upcoming |similar |relevant )*(?:openings?|roles?|opportunit(?:y|ies)|positions?|vacanc(?:y|ies)|jobs?|posts?)`,
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
        String.raw`(?:me|myself|be|become|becoming|i'd be|i'm|i am) (?:a |an )?(?:much |even |far )?(?:stronger|better|more competitive|more compelling) (?:candidate|application|applicant|fit)`,
        String.raw`(?:make|making) my (?:application|cv|resume|portfolio|candidacy|case) (?:much |even |far )?(?:stronger|better|more competitive|more compelling)`,
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
      pattern: String.raw`(?:i'd|i would|would|i'll|i will) (?:${ADVERBS})(?:love|welcome|appreciate|like|value) (?:a|any) (?:call|heads-up|note|message|line|chat|word|nudge|ping)`,
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
        String.raw`next time`,
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
