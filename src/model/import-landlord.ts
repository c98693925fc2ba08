// What a self-assessment form says of its landlord, for the landlord.yaml `chc import` writes where there is none:
// its name as the form writes it (found from the words of the landlord's folder name: plus-dane, "Plus Dane"), its
// website (an address whose domain spells that name: www.plusdane.co.uk) and its complaints page (an address there
// about complaints). Pure: the form's text in, what it says out.

/** What the form says of the landlord; each only where the form says it. */
export interface FormLandlord {
  name?: string;
  website?: string;
  complaintsPage?: string;
}

/** The addresses a text gives, as written ("https://…", "www.…"), a sentence's last stop and brackets left off. */
function addressesIn(text: string): URL[] {
  const out: URL[] = [];
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>"'()[\]|]+/gi)) {
    const written = m[0].replace(/[.,;:!?]+$/, '');
    try {
      out.push(new URL(/^https?:/i.test(written) ? written : `https://${written}`));
    } catch {
      // Not an address after all.
    }
  }
  return out;
}

/** The landlord as the form's text (its cells, each a string) says, the landlord's folder being `slug`. */
export function landlordFrom(texts: readonly string[], slug: string): FormLandlord {
  const text = texts.join('\n');
  const words = slug.split('-').filter(Boolean);
  const found: FormLandlord = {};
  // Its name: the slug's words as the form writes them, capitalised, most often.
  const written = new Map<string, number>();
  const pattern = new RegExp(`\\b${words.map((w) => w.replace(/[^a-z0-9]/gi, '')).join('[\\s-]+')}\\b`, 'gi');
  for (const m of text.matchAll(pattern)) if (/^[A-Z0-9]/.test(m[0])) written.set(m[0], (written.get(m[0]) ?? 0) + 1);
  const name = [...written].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (name) found.name = name.replace(/\s+/g, ' ');
  // Its website: an address whose domain spells the slug's words.
  const letters = words.join('').toLowerCase();
  const own = addressesIn(text).filter((u) => u.hostname.toLowerCase().replace(/[^a-z0-9]/g, '').includes(letters));
  if (own.length) {
    found.website = `${own[0]!.protocol}//${own[0]!.hostname}`;
    const page = own.find((u) => /complain/i.test(u.pathname));
    if (page) found.complaintsPage = page.href;
  }
  return found;
}
