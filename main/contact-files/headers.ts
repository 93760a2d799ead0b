/**
 * Which field a CSV column holds, guessed from its header: the names Google, Outlook (English, French,
 * German), LinkedIn, Thunderbird and Someday itself write, compared without case, accents or punctuation.
 */
import {
  FIELD_LABELS,
  MAPPABLE_FIELDS,
  NAME_PARTS,
  type ImportMapping,
  type ImportTarget,
} from '../../core/contact-files';

/** Lower case, accents and everything but letters removed: "E-mail 1 - Value" → "emailvalue", "Prénom" → "prenom". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * Header names of the common layouts, strongest first for each target: Someday's own export,
 * Google (old "Google CSV" and the current layout), Outlook (English, French, German), LinkedIn's
 * Connections.csv, Thunderbird, and plain lists. A Map, so a header like "constructor" finds nothing.
 * Rank 2 marks a weak name ("Title" is an honorific in Outlook, "Titre" twice in French Outlook).
 */
const HEADER_NAMES: [ImportTarget, number, string[]][] = [
  ['name', 1, ['name', 'fullname', 'displayname', 'contact', 'contactname', 'nomcomplet', 'anzeigename']],
  ['firstName', 1, ['firstname', 'givenname', 'prenom', 'vorname', 'forename']],
  ['middleName', 1, ['middlename', 'additionalname', 'deuxiemeprenom', 'weiterevornamen']],
  ['lastName', 1, ['lastname', 'familyname', 'surname', 'nom', 'nachname']],
  ['jobTitle', 1, ['jobtitle', 'organizationtitle', 'organisationtitle', 'fonction', 'position', 'posten']],
  ['jobTitle', 2, ['title', 'titre']],
  [
    'company',
    1,
    ['company', 'organisation', 'organization', 'organizationname', 'employer', 'societe', 'firma', 'unternehmen'],
  ],
  [
    'email',
    1,
    [
      'email',
      'emailaddress',
      'mail',
      'primaryemail',
      'emailvalue',
      'adressedemessagerie',
      'emailadresse',
      'secondaryemail',
    ],
  ],
  [
    'phone',
    1,
    [
      'phone',
      'telephone',
      'mobile',
      'phonenumber',
      'phonevalue',
      'mobilephone',
      'businessphone',
      'workphone',
      'homephone',
      'mobilenumber',
      'telephonebureau',
      'telmobile',
      'telephonemobile',
      'telefongeschaftlich',
      'mobiltelefon',
    ],
  ],
  ['linkedinUrl', 1, ['linkedin', 'linkedinurl', 'linkedinprofile', 'url', 'profileurl']],
  ['linkedinUrl', 2, ['webpage', 'websitevalue', 'pageweb', 'website', 'webseite']],
  ['relationship', 1, ['relationship']],
  ['position', 1, ['positionappliedfor', 'role', 'appliedfor']],
  ['interviewDate', 1, ['interviewdate', 'interviewed']],
  ['decisionDate', 1, ['decisiondate', 'decision']],
  ['status', 1, ['status']],
  ['highlight', 1, ['highlight', 'interviewhighlight']],
  ['notes', 1, ['notes', 'note', 'comments', 'notizen']],
];

const HEADER_LOOKUP = new Map<string, { target: ImportTarget; rank: number }>();
for (const [target, rank, names] of HEADER_NAMES) {
  for (const name of names) if (!HEADER_LOOKUP.has(name)) HEADER_LOOKUP.set(name, { target, rank });
}
// Someday's own CSV export writes the field labels as headers.
for (const field of MAPPABLE_FIELDS)
  HEADER_LOOKUP.set(normaliseHeader(FIELD_LABELS[field]), { target: field, rank: 0 });

/** Targets that take several columns: the first good value is kept, the others go into the notes. */
export const MULTI_COLUMN_TARGETS: ReadonlySet<ImportTarget> = new Set<ImportTarget>([
  'email',
  'phone',
  'linkedinUrl',
  'notes',
  ...NAME_PARTS,
]);

/** Is this header a known column name? (Used to find the header row below a preamble.) */
export function isKnownHeader(header: string): boolean {
  return HEADER_LOOKUP.has(normaliseHeader(header));
}

/**
 * A first guess at the mapping from column headers, by position. Single-value fields take the
 * strongest column (for a tie of weak names, the last: Outlook's honorific "Title"/"Titre" comes
 * before the job title); email, phone, LinkedIn and notes take every matching column.
 */
export function guessMapping(columns: readonly string[]): ImportMapping {
  const found = columns.map((column) => HEADER_LOOKUP.get(normaliseHeader(column)) ?? null);
  const best = new Map<ImportTarget, { rank: number; index: number }>();
  found.forEach((match, index) => {
    if (!match) return;
    const current = best.get(match.target);
    if (!current || match.rank < current.rank || (match.rank === current.rank && match.rank === 2)) {
      best.set(match.target, { rank: match.rank, index });
    }
  });
  return found.map((match, index) => {
    if (!match) return '';
    if (MULTI_COLUMN_TARGETS.has(match.target)) return match.target;
    return best.get(match.target)?.index === index ? match.target : '';
  });
}
