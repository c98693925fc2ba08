import { diagnostic, type Diagnostic } from '../../model/diagnostic.ts';
import type { LandlordData } from '../../model/assessment.ts';
import { locate } from '../../model/assessment.ts';
import type { LandlordRule, Rule } from './context.ts';
import { findingsLimited, type Finding } from './findings.ts';
import { publishedTexts } from './texts.ts';

/** Contact details of the Housing Ombudsman, which landlords quote and which are not personal data. */
const OMBUDSMAN = { emails: ['info@housing-ombudsman.org.uk'], phones: ['03001113000'], postcodes: ['L337WQ'] };

const FREE_MAIL = /@(gmail|googlemail|hotmail|outlook|live|yahoo|ymail|icloud|me|aol|btinternet|sky|virginmedia|talktalk|protonmail|gmx)\./i;
const ROLE = /^(info|enquir(y|ies)|complaints?|customer[._-]?(services?|care|relations|experience)|contact(us)?|hello|help|admin|office|feedback|housing|repairs|reception|support|team|general|mail)$/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE = /(?<![\d])(?:\+44\s?\(?0?\)?\s?|0)(?:7\d{3}|1\d{2,4}|2\d)[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d])/g;
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s?(\d[A-Z]{2})\b/g;
const STREET = /\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s){1,3}(Road|Street|Avenue|Close|Lane|Drive|Court|Way|Crescent|Place|Gardens|Terrace|Grove|Walk|Row|Mews|Rise|Hill|View|Square)\b/g;
const NAMED = /\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'’-]+/g;

const digits = (s: string) => s.replace(/\D/g, '').replace(/^44/, '0');

/** The contact details that may be published: the landlord's own (landlord.yaml `contact`) and the Ombudsman's. */
interface Allowed {
  emails: Set<string>;
  phones: Set<string>;
  postcodes: Set<string>;
}

function allowedOf(landlord: LandlordData | undefined): Allowed {
  // Lists keep a hole where the schema rejected an item: only the text items count.
  const texts = (list: unknown[] | undefined) => (list ?? []).filter((x): x is string => typeof x === 'string');
  return {
    emails: new Set([...texts(landlord?.contact?.emails), ...OMBUDSMAN.emails].map((e) => e.toLowerCase())),
    phones: new Set([...texts(landlord?.contact?.phones).map(digits), ...OMBUDSMAN.phones]),
    postcodes: new Set([...texts(landlord?.contact?.addresses).flatMap((a) => [...a.toUpperCase().matchAll(POSTCODE)].map((m) => m[1]! + m[2]!)), ...OMBUDSMAN.postcodes]),
  };
}

/** Every piece of a text that looks like a person's details, where it is, in order. */
export function findPersonalData(text: string, allowed: Allowed): Finding[] {
  const found: Finding[] = [];
  const at = (m: RegExpMatchArray, what: string, value = m[0]): void => {
    const start = m.index! + m[0].indexOf(value);
    found.push({ start, end: start + value.length, what });
  };
  // Cheap character tests first: most texts hold no address, number or postcode at all.
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) {
      const email = m[0].toLowerCase();
      const local = email.split('@')[0]!;
      if (allowed.emails.has(email) || ROLE.test(local)) continue;
      if (FREE_MAIL.test(email) || /^[a-z]+[._-][a-z]+\d*$/.test(local)) at(m, `the email address ${m[0]}`);
    }
  }
  if (/\d{3}/.test(text)) {
    for (const m of text.matchAll(PHONE)) {
      if (!allowed.phones.has(digits(m[0]))) at(m, `the phone number ${m[0].trim()}`, m[0].trim());
    }
  }
  if (/[A-Z]\d/.test(text)) {
    for (const m of text.matchAll(POSTCODE)) {
      const before = text.slice(Math.max(0, m.index! - 30), m.index!);
      if (!allowed.postcodes.has(m[1]! + m[2]!) && !/P\.?\s?O\.?\s+Box/i.test(before)) at(m, `the postcode ${m[0]}`);
    }
  }
  if (/\d/.test(text)) for (const m of text.matchAll(STREET)) at(m, `the address "${m[0]}"`);
  for (const m of text.matchAll(NAMED)) at(m, `the name "${m[0]}"`);
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Published text that looks like a person's details: a personal email address (a free-mail address, or
 * first.last@), a mobile or geographic phone number, a postcode or street address, or a titled name
 * (Mrs Smith). Each is reported where it is, in the assessment or in the governing body's response. The
 * landlord's own contact details (landlord.yaml `contact`) and the Ombudsman's are allowed.
 */
export const personalData: Rule = ({ project, assessment, data, landlord }) => {
  const out: Diagnostic[] = [];
  const allowed = allowedOf(landlord);
  for (const t of publishedTexts(project, assessment, data)) {
    for (const { finding, more } of findingsLimited(findPersonalData(t.text, allowed))) {
      out.push(diagnostic(t.file, t.rangeOf(finding.start, finding.end), 'warning', 'personal-data',
        `${t.name} may hold personal data: ${finding.what}${more ? ` (and ${more} more in this text)` : ''}`,
        "Published text must not identify residents or staff: remove it, or list the landlord's own contact details under contact: in landlord.yaml.",
        t.provision));
    }
  }
  return out;
};

/** The fields of landlord.yaml that are published as written (its `contact` lists are the allowed details themselves). */
const LANDLORD_FIELDS = ['name', 'governing_body', 'member_responsible_for_complaints'] as const;

/**
 * The same in landlord.yaml: the fields printed in every output (the name, the governing body, the member
 * responsible for complaints, the group's members) must not hold a person's phone number, email or home address.
 * Reported at the field (a role, such as "Chair of the Board", is what the Code asks for).
 */
export const personalDataInLandlord: LandlordRule = ({ landlord: l }) => {
  const data = l.landlord.data;
  if (!data) return [];
  const allowed = allowedOf(data);
  const fields: { ptr: string; name: string; text: string }[] = [
    ...LANDLORD_FIELDS.flatMap((f) => (typeof data[f] === 'string' ? [{ ptr: `/${f}`, name: f, text: data[f] as string }] : [])),
    ...(data.group_members ?? []).flatMap((m, i) => (typeof m === 'string' ? [{ ptr: `/group_members/${i}`, name: 'group_members', text: m }] : [])),
  ];
  const out: Diagnostic[] = [];
  for (const f of fields) {
    const found = findPersonalData(f.text, allowed);
    if (found.length === 0) continue;
    out.push(diagnostic(l.landlord.file, locate(l.landlord.source, f.ptr), 'warning', 'personal-data',
      `${f.name} may hold personal data: ${found.map((x) => x.what).join(', ')}`,
      f.name === 'member_responsible_for_complaints'
        ? 'Give the role (e.g. "Chair of the Board"), not a person\'s contact details; list public contact details under contact:.'
        : "Published text must not identify residents or staff: remove it, or list the landlord's own contact details under contact:."));
  }
  return out;
};
