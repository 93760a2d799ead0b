// Realistic follow-up prose for the coach and the editor figures: sentences of the kind people write
// after a rejection (thanks, interest, a few hedges and apologies the coach flags), repeated to length.
const SENTENCES = [
  'Thank you for calling me on Tuesday to tell me about the decision yourself.',
  'I know those calls are not easy, and it meant a lot that you took the time.',
  'Meeting the platform team was the best part of my search this year.',
  'I still think {{company}} is the place I would most like to work.',
  'The way the team talked about accessibility has stayed with me.',
  'If a similar role opens up later in the year, could you keep me in mind?',
  'I think I was maybe a little nervous in the second interview, I guess.',
  'Sorry for the slow reply; I was travelling for most of the week.',
  'I have started a course on design systems so that I can bring more next time.',
  'Would it be all right if I checked in with you in a few months?',
  'Please pass my thanks to {{contact.firstName}} and the rest of the panel as well.',
  'The tour of the studio and the talk about the roadmap were genuinely inspiring.',
];

/** A draft of about `wordCount` words (within one sentence of it), with a greeting and a sign-off. */
export function buildCoachDraft(wordCount) {
  const parts = ['Hi {{contact.firstName}},', ''];
  let words = 2;
  for (let i = 0; words < wordCount; i += 1) {
    const sentence = SENTENCES[i % SENTENCES.length];
    parts.push(i % 4 === 3 ? `${sentence}\n` : sentence);
    words += sentence.split(/\s+/).length;
  }
  parts.push('', 'Best wishes,', '{{me.name}}');
  return parts.join(' ').replace(/ \n /g, '\n\n');
}
