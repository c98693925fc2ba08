import type { Diagnostic } from '../../model/diagnostic.ts';
import { report, type Rule } from './context.ts';
import { publicTexts } from './texts.ts';

/** Contact details of the Housing Ombudsman, which landlords quote and which are not personal data. */
const OMBUDSMAN = { emails: ['info@housing-ombudsman.org.uk'], phones: ['03001113000'], postcodes: ['L337WQ'] };

const FREE_MAIL = /@(gmail|googlemail|hotmail|outlook|live|yahoo|ymail|icloud|me|aol|btinternet|sky|virginmedia|talktalk|protonmail|gmx)\./i;
const ROLE = /^(info|enquir(y|ies)|complaints?|customer[._-]?(services?|care|relations|experience)|contact(us)?|hello|help|admin|office|feedback|housing|repairs|reception|support|team|general|mail)$/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE = /(?<![\d])(?:\+44\s?\(?0?\)?\s?|0)(?:7\d{3}|1\d{2,4}|2\d)[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d])/g;
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s?(\d[A-Z]{2})\b/g;
const STREET = /\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s){1,3}(Road|Street|Avenue|Close|Lane|Drive|Court|Way|Crescent|Place|Gardens|Terrace|Grove|Walk|Row|Mews|Rise|Hill|View|Square)\b/;
const NAMED = /\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'’-]+/;

const digits = (s: string) => s.replace(/\D/g, '').replace(/^44/, '0');
const compact = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/**
 * Public text that looks like a person's details: a personal email address (a free-mail address, or
 * first.last@), a mobile or geographic phone number, a postcode or street address, or a titled name
 * (Mrs Smith). The landlord's own contact details (landlord.yaml `contact`) and the Ombudsman's are allowed.
 */
export const personalData: Rule = ({ assessment, data, landlord }) => {
  const out: Diagnostic[] = [];
  // Lists keep a hole where the schema rejected an item: only the text items count.
  const texts = (list: unknown[] | undefined) => (list ?? []).filter((x): x is string => typeof x === 'string');
  const emails = new Set([...texts(landlord?.contact?.emails), ...OMBUDSMAN.emails].map((e) => e.toLowerCase()));
  const phones = new Set([...texts(landlord?.contact?.phones).map(digits), ...OMBUDSMAN.phones]);
  const postcodes = new Set([...texts(landlord?.contact?.addresses).flatMap((a) => [...a.toUpperCase().matchAll(POSTCODE)].map((m) => m[1]! + m[2]!)), ...OMBUDSMAN.postcodes]);
  for (const t of publicTexts(data)) {
    const found: string[] = [];
    // Cheap character tests first: most texts hold no address, number or postcode at all.
    const hasAt = t.text.includes('@');
    const hasDigits = /\d{3}/.test(t.text);
    for (const m of hasAt ? t.text.matchAll(EMAIL) : []) {
      const email = m[0].toLowerCase();
      const local = email.split('@')[0]!;
      if (emails.has(email) || ROLE.test(local)) continue;
      if (FREE_MAIL.test(email) || /^[a-z]+[._-][a-z]+\d*$/.test(local)) found.push(`the email address ${m[0]}`);
    }
    for (const m of hasDigits ? t.text.matchAll(PHONE) : []) {
      if (!phones.has(digits(m[0]))) found.push(`the phone number ${m[0].trim()}`);
    }
    for (const m of /[A-Z]\d/.test(t.text) ? t.text.matchAll(POSTCODE) : []) {
      const before = t.text.slice(Math.max(0, m.index! - 30), m.index!);
      if (!postcodes.has(m[1]! + m[2]!) && !/P\.?\s?O\.?\s+Box/i.test(before)) found.push(`the postcode ${m[0]}`);
    }
    const street = /\d/.test(t.text) ? STREET.exec(t.text)?.[0] : undefined;
    if (street) found.push(`the address "${street}"`);
    const named = NAMED.exec(t.text)?.[0];
    if (named) found.push(`the name "${named}"`);
    if (!found.length) continue;
    out.push(report(assessment, t.pointer, 'warning', 'personal-data',
      `${t.pointer.split('/').pop()} may hold personal data: ${[...new Set(found)].slice(0, 3).join(', ')}`,
      "Published text must not identify residents or staff: remove it, or list the landlord's own contact details under contact: in landlord.yaml.",
      t.provision));
  }
  return out;
};
