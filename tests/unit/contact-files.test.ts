/**
 * The fixture corpus (tests/fixtures/contacts/, provenance in its README): real export files from the
 * public test suites of ez-vcard and Thunderbird, plus files written for each layout and case of
 * issue 19. Every file is read as the app reads it (bytes decoded as the import dialog does, the
 * format taken from the content), every person in it is counted, and at least one per file is
 * checked field by field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../core/contacts';
import { describeNonContacts, formatOfText } from '../../core/contact-files';
import { readContacts } from '../../main/contact-files/contacts-import';
import {
  decodeQuotedPrintable,
  readVcards,
  splitStructured,
  unescapeText,
} from '../../main/contact-files/vcard-reader';
import { decodeContactsFile } from '../../renderer/today/contacts-file';

const ROOT = path.join(__dirname, '..', 'fixtures', 'contacts');

function read(file: string) {
  const decoded = decodeContactsFile(fs.readFileSync(path.join(ROOT, file)));
  return { decoded, ...readContacts({ format: formatOfText(decoded.text), text: decoded.text }) };
}

type Spot = Partial<ContactFields> & { name: string };

/** people: how many persons the file holds; spots: some of them, field by field. */
const CORPUS: { file: string; people: number; spots: Spot[]; notes?: RegExp }[] = [
  {
    file: 'ez-vcard/John_Doe_ANDROID.vcf',
    people: 6,
    spots: [
      { name: 'john.doe@company.com', email: 'john.doe@company.com' },
      { name: 'Ñ Ñ Ñ Ñ Ñ', phone: '123456789' },
      { name: 'ÑÑÑÑ', email: 'henry@company.com', phone: '55556666', company: 'Ñ'.repeat(44) },
    ],
  },
  {
    file: 'ez-vcard/John_Doe_BLACK_BERRY.vcf',
    people: 1,
    spots: [{ name: 'John Doe', company: 'Acme Solutions', phone: '+96123456789' }],
  },
  {
    file: 'ez-vcard/John_Doe_EVOLUTION.vcf',
    people: 1,
    spots: [{ name: 'Mr. John Richter, James Doe Sr.', company: 'IBM', jobTitle: 'Money Counter' }],
  },
  {
    file: 'ez-vcard/John_Doe_GMAIL.vcf',
    people: 1,
    spots: [{ name: 'Mr. John Richter, James Doe Sr.', email: 'john.doe@ibm.com', phone: '905-555-1234' }],
  },
  {
    file: 'ez-vcard/John_Doe_IPHONE.vcf',
    people: 1,
    spots: [
      { name: 'Mr. John Richter James Doe Sr.', company: 'IBM', email: 'john.doe@ibm.com', phone: '905-555-1234' },
    ],
    notes: /^Other phone: 905-666-1234\nOther phone: 905-777-1234/,
  },
  {
    file: 'ez-vcard/John_Doe_LOTUS_NOTES.vcf',
    people: 1,
    spots: [{ name: 'Mr. Doe John I Johny', jobTitle: 'Generic Accountant', phone: '+1 (212) 204-34456' }],
    notes: /Other email: billy_bob@gmail\.com/,
  },
  {
    file: 'ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf',
    people: 1,
    spots: [{ name: 'Mr. John Richter,James Doe Sr.', phone: '905-777-1234', email: 'john.doe@ibm.com' }],
  },
  {
    file: 'ez-vcard/John_Doe_MS_OUTLOOK.vcf',
    people: 1,
    spots: [{ name: 'Mr. John Richter James Doe Sr.', phone: '(905) 555-1234', email: 'john.doe@ibm.cm' }],
  },
  {
    file: 'ez-vcard/fullcontact.vcf',
    people: 1,
    spots: [{ name: 'Prefix FirstName MiddleName LastName Suffix', company: 'Organization1', jobTitle: 'Title1' }],
    notes: /^Notes line 1\nNotes line 2\nOther email: work@example.com/,
  },
  {
    file: 'ez-vcard/gmail-list.vcf',
    people: 3,
    spots: [
      { name: 'Arnold Smith', email: 'asmithk@gmail.com' },
      { name: 'Doug White', email: 'dwhite@gmail.com' },
    ],
  },
  {
    file: 'ez-vcard/gmail-single.vcf',
    people: 1,
    spots: [{ name: 'Greg Dartmouth', company: 'TheCompany', jobTitle: 'TheJobTitle', phone: '555 555 1111' }],
  },
  {
    file: 'ez-vcard/gmail-single2.vcf',
    people: 1,
    spots: [{ name: 'VCard Test', email: 'email@example.com', phone: '5555551111' }],
  },
  {
    file: 'ez-vcard/outlook-2003.vcf',
    people: 1,
    spots: [{ name: 'John Doe III', company: 'Company, The', jobTitle: 'The Job Title', email: 'jdoe@hotmail.com' }],
    notes: /^This is the note field!!\nSecond line\n\nThird line is empty\nPhone: BusinessPhone/,
  },
  {
    file: 'ez-vcard/outlook-2007.vcf',
    people: 1,
    spots: [{ name: 'Mr. Michael Angstadt Jr.', email: 'mike.angstadt@gmail.com', phone: '(111) 555-1111' }],
    notes: /^This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type\.\nBut I'm not sure/,
  },
  {
    file: 'ez-vcard/rfc2426-example.vcf',
    people: 2,
    spots: [
      {
        name: 'Frank Dawson',
        company: 'Lotus Development Corporation',
        email: 'Frank_Dawson@Lotus.com',
        phone: '+1-919-676-9515',
      },
      { name: 'Tim Howes', email: 'howes@netscape.com', phone: '+1-415-937-3419' },
    ],
  },
  {
    file: 'ez-vcard/rfc6350-example.vcf',
    people: 1,
    spots: [
      {
        name: 'Simon Perreault',
        company: 'Viagenie',
        email: 'simon.perreault@viagenie.ca',
        phone: '+1-418-656-9254',
      },
    ],
    notes: /Phone extension: 102/,
  },
  {
    file: 'ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf',
    people: 1,
    spots: [{ name: 'John Doe', company: 'TheOrganization', jobTitle: 'TheTitle', email: 'doe.john@hotmail.com' }],
  },
  {
    file: 'thunderbird/basic_csv_addressbook.csv',
    people: 2,
    spots: [{ name: 'John Doe', email: 'john@doe.invalid' }],
  },
  {
    file: 'thunderbird/csv_semicolon.csv',
    people: 2,
    spots: [{ name: 'Jane Doe', email: 'jane@doe.invalid' }],
  },
  {
    file: 'thunderbird/dos_vcard_addressbook.vcf',
    people: 1,
    spots: [{ name: 'Name Surname', email: 'example@gmail.com' }],
  },
  {
    file: 'written/android-2.1.vcf',
    people: 2,
    spots: [
      {
        name: 'Renée Roy',
        company: 'Maple Analytics',
        email: 'renee.roy@maple.example',
        phone: '+1 514 555 0199',
        notes:
          'Rencontrée au meetup de Montréal, très gentille et précise.\nOther email: renee@home.example\nOther phone: +1 514 555 0101',
      },
      { name: 'Jürgen Müller', phone: '030 5550 1234' },
    ],
  },
  {
    file: 'written/cr-cr-lf-3.0.vcf',
    people: 1,
    spots: [{ name: 'Abena Osei', company: 'Baobab Bank', email: 'abena.osei@baobab.example' }],
  },
  {
    file: 'written/google-new.csv',
    people: 3,
    spots: [
      {
        name: 'Renée Roy',
        jobTitle: 'Engineering Manager',
        company: 'Maple Analytics',
        email: 'renee.roy@maple.example',
        phone: '+1 514 555 0101',
        linkedinUrl: 'https://www.linkedin.com/in/renee-roy',
        notes: 'Met at the Montréal meetup, "great" chat.\nOther email: renee@home.example',
      },
      { name: 'Tomás Ignacio Álvarez', email: 'tomas@norte.example', notes: 'Other email: t.alvarez@mail.example' },
      { name: 'Orbit Hiring', company: 'Orbit Hiring', email: 'jobs@orbit.example' },
    ],
  },
  {
    file: 'written/google-old.csv',
    people: 2,
    spots: [
      {
        name: 'Priya Natarajan',
        jobTitle: 'Senior Recruiter',
        company: 'Lumen Health',
        email: 'priya.n@lumen.example',
        phone: '+44 20 7946 0018',
        linkedinUrl: 'https://uk.linkedin.com/in/priyan',
        notes: 'Recruiter for the platform role',
      },
    ],
  },
  {
    file: 'written/icloud-3.0.vcf',
    people: 2,
    spots: [
      {
        name: 'Yuki Nakamura',
        company: 'Acme; Research',
        jobTitle: 'Staff Designer',
        email: 'yuki@acme.example',
        phone: '+81 90-1234-5678',
        linkedinUrl: 'https://www.linkedin.com/in/yuki-nakamura',
        notes:
          'Asked about accessibility; loved the demo, wants a follow-up.\nSecond line.\nOther email: yuki.n@mail.example',
      },
      { name: 'Lighthouse Studio', email: 'hello@lighthouse.example' },
    ],
  },
  {
    file: 'written/linkedin-connections.csv',
    people: 3,
    spots: [
      {
        name: 'Amara Okafor',
        company: 'Harbour Robotics',
        jobTitle: 'Hiring Manager',
        position: '',
        linkedinUrl: 'https://www.linkedin.com/in/amara-okafor-1a2b3c',
      },
      {
        name: 'Wei Zhang',
        email: 'wei.zhang@example.com',
        jobTitle: 'Director, Platform',
        linkedinUrl: 'https://www.linkedin.com/in/weizhang',
      },
      { name: 'Søren Kierkegaard', linkedinUrl: 'https://www.linkedin.com/in/soren-k' },
    ],
  },
  {
    file: 'written/odd-fields-4.0.vcf',
    people: 2,
    spots: [
      {
        name: 'Kwame Mensah',
        email: 'kwame@mensah.example',
        phone: '+233-20-123-4567',
        linkedinUrl: 'https://linkedin.com/in/kwame-mensah',
        notes: 'Email: kwame@localhost\nPhone extension: 102',
      },
      {
        name: 'Ana Lima',
        email: '',
        phone: '',
        notes: 'Email: ana@lima\nPhone: call me maybe\nWebsite: https://example.com/not-linkedin',
      },
    ],
  },
  {
    file: 'written/outlook-en.csv',
    people: 2,
    spots: [
      {
        name: 'Grace B. Hopper',
        jobTitle: 'Director of Engineering',
        company: 'Navy Labs',
        email: 'grace.hopper@navylabs.example',
        phone: '(703) 555-0100',
        notes: 'Interviewed me twice.\nOther email: grace@personal.example',
      },
    ],
  },
  {
    file: 'written/outlook-fr-cp1252.csv',
    people: 2,
    spots: [
      {
        name: 'Hélène Lefèvre',
        jobTitle: 'Responsable du recrutement',
        company: 'Société Générale des Données',
        email: 'helene.lefevre@sgd.example',
        phone: '01 45 55 01 02',
        notes: "Entretien très agréable; parler de l'équipe « produit ».",
      },
      { name: 'François Dupré', jobTitle: 'Directeur technique', phone: '06 12 34 56 78' },
    ],
  },
  {
    file: 'written/utf16-bom.csv',
    people: 2,
    spots: [
      { name: 'Σοφία Παπαδοπούλου', company: 'Αθήνα Labs', email: 'sofia@athena.example' },
      { name: '山田 太郎', company: '山田商事' },
    ],
  },
];

describe('the fixture corpus', () => {
  it('lists every contacts file in the folder', () => {
    const files = ['ez-vcard', 'thunderbird', 'written'].flatMap((dir) =>
      fs
        .readdirSync(path.join(ROOT, dir))
        .filter((name) => /\.(csv|vcf)$/.test(name))
        .map((name) => `${dir}/${name}`),
    );
    expect(CORPUS.map((entry) => entry.file).sort()).toEqual(files.sort());
    expect(CORPUS.reduce((sum, entry) => sum + entry.people, 0)).toBe(51);
  });

  for (const { file, people, spots, notes } of CORPUS) {
    it(`${file}: finds all ${people}, field by field`, () => {
      const { rows, contacts } = read(file);
      expect(rows.filter((row) => !row.ok)).toEqual([]);
      expect(contacts).toHaveLength(people);
      for (const spot of spots) {
        const found = contacts.find((contact) => contact.name === spot.name);
        expect(found, spot.name).toBeDefined();
        expect(found).toMatchObject(spot);
        for (const value of Object.values(found!)) if (typeof value === 'string') expect(value).not.toContain('\uFFFD');
      }
      if (notes) expect(contacts[0]!.notes).toMatch(notes);
    });
  }

  it('says per row what was kept and what was left out', () => {
    const odd = read('written/odd-fields-4.0.vcf').rows;
    expect(odd[0]).toMatchObject({
      ok: true,
      kept: ['name', 'email', 'phone', 'linkedinUrl', 'notes'],
      notes: [
        'Email “kwame@localhost” left out (Email must look like name@example.com); kept in the notes.',
        'The phone extension 102 is kept in the notes.',
      ],
    });
    const iphone = read('ez-vcard/John_Doe_IPHONE.vcf').rows[0]!;
    expect(iphone.notes).toEqual([
      'Not taken (Someday has no field for them): nickname, address, birthday, photo.',
      '6 more phone numbers kept in the notes.',
      '1 website kept in the notes.',
    ]);
  });
});

describe('encodings', () => {
  it('reads UTF-8 with and without a byte-order mark, UTF-16 with one, and assumes Windows-1252 otherwise', () => {
    const utf8 = new TextEncoder().encode('Name\nRenée');
    expect(decodeContactsFile(utf8)).toEqual({ text: 'Name\nRenée', encoding: 'utf-8', assumed: false });
    expect(decodeContactsFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])).text).toBe('Name\nRenée');
    expect(read('written/utf16-bom.csv').decoded).toMatchObject({ encoding: 'utf-16le', assumed: false });
    expect(read('written/outlook-fr-cp1252.csv').decoded).toMatchObject({ encoding: 'windows-1252', assumed: true });
    const be = Uint8Array.from([0xfe, 0xff, 0, 0x41, 0, 0xe9]);
    expect(decodeContactsFile(be)).toMatchObject({ text: 'Aé', encoding: 'utf-16be' });
  });

  it('refuses a chosen encoding the bytes do not fit, rather than put in replacement characters', () => {
    const cp1252 = fs.readFileSync(path.join(ROOT, 'written/outlook-fr-cp1252.csv'));
    expect(() => decodeContactsFile(cp1252, 'utf-8')).toThrow();
    expect(decodeContactsFile(cp1252, 'windows-1252').text).toContain('Hélène');
  });
});

describe('vCard reading per the RFCs', () => {
  it('unfolds lines (RFC 6350 3.2) and undoes text escapes (RFC 6350 3.4)', () => {
    const [card] = readVcards(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:This is a long description\r\n  that exists on a long line.\r\nEND:VCARD\r\n',
    );
    expect(card!.properties[0]!.value).toBe('This is a long description that exists on a long line.');
    expect(unescapeText('a\\,b\\;c\\nd\\Ne\\\\f')).toBe('a,b;c\nd\ne\\f');
    expect(splitStructured('Acme\\; Research;Design\\, UX;')).toEqual(['Acme; Research', 'Design, UX', '']);
  });

  it('reads 2.1 bare parameters, quoted-printable soft breaks and charsets, and skips binary properties', () => {
    const [card] = readVcards(
      [
        'BEGIN:VCARD',
        'VERSION:2.1',
        'TEL;WORK;VOICE:+1 555 0100',
        'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:caf=E9 =',
        'cr=E8me',
        'PHOTO;BASE64:',
        ' AAAA',
        '',
        'item1.EMAIL;TYPE="INTERNET,pref":a@example.com',
        'END:VCARD',
      ].join('\n'),
    );
    expect(card!.version).toBe('2.1');
    expect(card!.skipped).toEqual(['PHOTO']);
    const [tel, note, email] = card!.properties;
    expect(tel!.params.get('TYPE')).toEqual(['WORK', 'VOICE']);
    expect(note!.value).toBe('café crème');
    expect(email).toMatchObject({ group: 'item1', name: 'EMAIL', value: 'a@example.com' });
    expect(email!.params.get('TYPE')).toEqual(['INTERNET', 'PREF']);
    expect(decodeQuotedPrintable('=C3=91', undefined)).toBe('Ñ');
    expect(decodeQuotedPrintable('=C3', 'utf-8')).toBe('\uFFFD');
  });

  it('treats CR CR LF, CR and LF alike, and skips an embedded AGENT card', () => {
    const body = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Outer',
      'AGENT:',
      'BEGIN:VCARD',
      'FN:Inner',
      'END:VCARD',
      'END:VCARD',
    ];
    for (const end of ['\r\r\n', '\r', '\n', '\r\n']) {
      const cards = readVcards(body.join(end));
      expect(cards).toHaveLength(1);
      expect(cards[0]!.properties.map((p) => `${p.name}:${p.value}`)).toEqual(['FN:Outer']);
    }
  });
});

describe('files that are not contacts', () => {
  it('are named for what they look like', () => {
    expect(describeNonContacts('BEGIN:VCALENDAR\r\n')).toMatch(/calendar/);
    expect(describeNonContacts('Name,Email\nAda,ada@example.com')).toBeNull();
    expect(describeNonContacts('BEGIN:VCARD\r\n')).toBeNull();
    expect(describeNonContacts('\u0000\u0001\u0002\u0003\u0004\u0005binary')).toMatch(/binary/);
  });
});
