/**
 * Tests aimed at mutants of the coach's personalisation check (personalisation.ts), issue 21 (`npm run mutate
 * -- --group coach --only core/coach/personalisation.ts`): the stemmer, the name (titles, surname), the
 * company (legal suffixes), the detail (half of its content words) and the sentence that says what is
 * missing. No model is involved.
 */
import { describe, expect, it } from 'vitest';
import { checkPersonalisation, stemWord } from '../../core/coach/personalisation';

const PRIYA = { name: 'Priya Shah', company: 'Larkspur Ltd', highlight: 'the tour of the robotics lab' };

function check(body: string, contact: Partial<typeof PRIYA> = {}) {
  return checkPersonalisation(body, { ...PRIYA, ...contact });
}

describe('the stemmer', () => {
  it.each([
    ["lab's", 'lab'],
    ["o'sullivan", "o'sullivan"],
    ['studies', 'study'],
    ['flies', 'fly'],
    ['ties', 'tie'],
    ['touring', 'tour'],
    ['coding', 'cod'],
    ['being', 'being'],
    ['toured', 'tour'],
    ['fixed', 'fix'],
    ['shed', 'shed'],
    ['classes', 'clas'],
    ['boxes', 'box'],
    ['quizes', 'quiz'],
    ['buzzes', 'buz'],
    ['watches', 'watch'],
    ['wishes', 'wish'],
    ['axes', 'axe'],
    ['labs', 'lab'],
    ['bus', 'bus'],
    ['glass', 'glas'],
    ['warmly', 'warm'],
    ['ugly', 'ugly'],
    ['planned', 'plan'],
    ['running', 'run'],
    ['book', 'book'],
    ['seed', 'seed'],
    ['shape', 'shap'],
    ['shapes', 'shap'],
    ['shaped', 'shap'],
    ['the', 'the'],
    ['odd', 'odd'],
  ])('stems %s as %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('the name', () => {
  it('is there as the full name or the first name, as whole words, in any case and accents', () => {
    expect(check('Dear Priya Shah, thanks.').name).toBe(true);
    expect(check('Hi priya, thanks.').name).toBe(true);
    expect(check('Hi Priyanka, thanks.').name).toBe(false);
    expect(check('Hi APriya, thanks.').name).toBe(false);
    expect(check('Hi Priya-Shah fans.').name).toBe(true);
    expect(check('Hola José.', { name: 'Jose Luis' }).name).toBe(true);
    expect(check('Hola Jose.', { name: 'José Luis' }).name).toBe(true);
  });

  it('is there as a title and the surname, and a title on the contact is not needed in the draft', () => {
    expect(check('Dear Ms Shah, thanks.').name).toBe(true);
    expect(check('Dear Dr. Shah, thanks.').name).toBe(true);
    expect(check('Dear Prof.   Shah, thanks.').name).toBe(true);
    expect(check('Dear Shah, thanks.').name).toBe(false);
    expect(check('Dear Jams Shah, thanks.').name).toBe(false);
    expect(check('Dear Ms Shahid, thanks.').name).toBe(false);
    expect(check('Dear Ms Shah2, thanks.').name).toBe(false);
    expect(check('Dear Ms Shah, thanks.', { name: 'Dr. Priya Shah' }).name).toBe(true);
    expect(check('Dear Priya, thanks.', { name: 'Dr Priya Shah' }).name).toBe(true);
    expect(check('Dear Sam, thanks.', { name: 'Dr. Priya Shah' }).name).toBe(false);
    expect(check('Dear Sam, thanks.', { name: 'Mx Priya' }).name).toBe(false);
  });

  it('is not held against the draft when the contact holds only a title, but is when it holds no name', () => {
    expect(check('Hello there.', { name: '  Dr.  ' }).name).toBe(true);
    expect(check('Hello there.', { name: '' }).name).toBe(false);
  });
});

describe('the company', () => {
  it('is there in full, or without its legal suffixes, but never as the suffix alone', () => {
    expect(check('Larkspur Ltd is great.').company).toBe(true);
    expect(check('Larkspur is great.').company).toBe(true);
    expect(check('Acme is great.', { company: 'Acme Co Ltd' }).company).toBe(true);
    expect(check('Acme Co is great.', { company: 'Acme Co Ltd' }).company).toBe(true);
    expect(check('Ltd is great.').company).toBe(false);
    expect(check('Larkspurs are great.').company).toBe(false);
    expect(check('The company is great.', { company: 'Company' }).company).toBe(true);
    expect(check('They are great.', { company: 'Company' }).company).toBe(false);
    // Suffixes come off the end while more than one word is left.
    expect(check('Ltd is great.', { company: 'Ltd Inc' }).company).toBe(true);
    expect(check('Inc is great.', { company: 'Ltd Inc' }).company).toBe(false);
    expect(check('Hello there.', { company: '   ' }).company).toBe(true);
  });
});

describe('the detail', () => {
  it('is there when at least half of its content words are, stemmed', () => {
    // tour, robot(ics), lab: two of three.
    expect(check('I loved touring the lab.').detail).toBe(true);
    expect(check('I loved the lab.').detail).toBe(false);
    expect(check('The tours were fun.', { highlight: 'your tour of Leeds' }).detail).toBe(true);
    expect(check('Leeds was fun.', { highlight: 'the tour of Leeds' }).detail).toBe(true);
    expect(check('It was fun.', { highlight: 'the tour of Leeds' }).detail).toBe(false);
    // Short words and stop words are not content words; a number is.
    expect(check('It was fun.', { highlight: 'the AI of it all' }).detail).toBe(true);
    expect(check('It was fun.', { highlight: 'the 5G demo' }).detail).toBe(false);
    expect(check('The 5G talk.', { highlight: 'the 5G demo' }).detail).toBe(true);
    expect(check('It was fun.', { highlight: 'the lab' }).detail).toBe(false);
  });

  it('matches a stemmed word by its stem, not by its first letters alone', () => {
    expect(check('We toured it.', { highlight: 'tour' }).detail).toBe(true);
    expect(check('A tournament.', { highlight: 'tour' }).detail).toBe(false);
    expect(check('A detour.', { highlight: 'tour' }).detail).toBe(false);
    expect(check('The robotics.', { highlight: 'robots' }).detail).toBe(false);
    expect(check('The studies.', { highlight: 'study' }).detail).toBe(true);
    expect(check('Their portfolios.', { highlight: 'portfolio' }).detail).toBe(true);
    expect(check('The q&a (really).', { highlight: 'really really' }).detail).toBe(true);
  });
});

describe('placeholders', () => {
  it('tick nothing while unfilled, and their text counts for nothing', () => {
    const finding = check('Dear {{contact.name}} at {{company}}: {{interview.highlight}}.');
    expect(finding).toMatchObject({ name: false, company: false, detail: false });
    expect(check('Dear {{contact.firstName}}, Priya.').name).toBe(false);
    expect(check('Dear Priya, {{me.name}}.').name).toBe(true);
    expect(check('Dear {{ company }}.', { company: 'Company' }).company).toBe(false);
    expect(check('Hi {{tour}} {{lab}}.').detail).toBe(false);
  });
});

describe('the message', () => {
  it('says all is personal when name, company and detail are there', () => {
    expect(check('Dear Priya, the tour of the Larkspur lab was great.').message).toBe(
      'Personal: it names them, the company and something specific from the interview.',
    );
  });

  it('names what is missing: one, two or three things', () => {
    expect(check('Dear Priya, Larkspur was great.').message).toBe(
      'Make it personal: mention the detail you noted from the interview ("the tour of the robotics lab").',
    );
    expect(check('Dear Priya, it was great.').message).toBe(
      'Make it personal: mention the company (Larkspur Ltd) and the detail you noted from the interview ("the tour of the robotics lab").',
    );
    expect(check('Hello, it was great.').message).toBe(
      'Make it personal: mention their name (Priya), the company (Larkspur Ltd) and the detail you noted from the interview ("the tour of the robotics lab").',
    );
  });

  it('names the first name after any title, and leaves out what the contact does not hold', () => {
    expect(check('Hello.', { name: ' Dr.  Priya Shah ', company: ' Larkspur ', highlight: '' }).message).toBe(
      'Make it personal: mention their name (Priya) and the company (Larkspur). Tip: note one thing from the interview on the contact, so the coach can check you mention it.',
    );
    expect(
      check('Dear {{contact.name}} at {{company}}: {{interview.highlight}}.', {
        name: 'Dr.',
        company: '',
        highlight: ' ',
      }).message,
    ).toBe(
      'Make it personal: mention their name, the company and the detail you noted from the interview. Tip: note one thing from the interview on the contact, so the coach can check you mention it.',
    );
  });
});

describe('after the first mutation run of personalisation.ts', () => {
  it('drops every legal suffix from the end of the company', () => {
    const suffixes = ['inc', 'Incorporated', 'Ltd', 'Limited', 'LLC', 'LLP', 'plc', 'GmbH', 'AG', 'SA', 'BV'];
    for (const suffix of [...suffixes, 'Co', 'Corp', 'Corporation', 'Company', 'Pty']) {
      expect(check('Acme is great.', { company: `Acme ${suffix}` }).company, suffix).toBe(true);
    }
    expect(check('Acme is great.', { company: 'Acme Group' }).company).toBe(false);
    expect(check('Larkspur Studio is great.', { company: 'Larkspur Studio Ltd' }).company).toBe(true);
  });

  it('leaves every stop word out of the detail', () => {
    expect(check('The tour.', { highlight: 'where their tour was' }).detail).toBe(true);
    expect(check('The tour.', { highlight: "there then tour, you're here" }).detail).toBe(true);
    expect(check('The tour.', { highlight: 'where their talk was' }).detail).toBe(false);
  });

  it('reads curly apostrophes as straight ones, and a plural possessive as its word', () => {
    expect(check('Dear Ms O\u2019Brien, thanks.', { name: "Aoife O'Brien" }).name).toBe(true);
    expect(check('I met the dancers.', { highlight: "the dancers' studio" }).detail).toBe(true);
    expect(stemWord('chessboard')).toBe('chessboard');
  });

  it('folds accents of Latin letters only', () => {
    expect(check('Привет, Андрей.', { name: 'Андрей' }).name).toBe(true);
    expect(check('Привет, Андреи.', { name: 'Андрей' }).name).toBe(false);
    expect(check('Hola, Jose.', { name: 'José' }).name).toBe(true);
  });

  it('reads a surname of several words as those words, and no surname when the last part has no letters', () => {
    expect(check('Dear Ms Smith Jones, thanks.', { name: 'Priya Smith-Jones' }).name).toBe(true);
    expect(check('Thank you sir - truly.', { name: 'Sam -' }).name).toBe(false);
  });

  it('blanks each placeholder in place, so the words around it stay apart and the next one is blanked', () => {
    expect(check('Dear Priya, Lark{{me.name}}spur.').company).toBe(false);
    expect(check('Hi {{me.name}}, Larkspur {{me.email}}.').company).toBe(true);
    expect(check('Hi {{me.name}}, {{me.email}} Larkspur.').company).toBe(true);
  });

  it('trims the company and the detail it quotes, and names no blank company', () => {
    expect(check('Dear Priya, {{company}}.', { company: '   ', highlight: '' }).message).toBe(
      'Make it personal: mention the company. Tip: note one thing from the interview on the contact, so the coach can check you mention it.',
    );
    expect(check('Dear Priya at Larkspur.', { highlight: '  the tour of the lab  ' }).message).toBe(
      'Make it personal: mention the detail you noted from the interview ("the tour of the lab").',
    );
  });
});
