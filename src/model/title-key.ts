const QUOTES = /["'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00ab\u00bb]/g;

/**
 * The key two citations of one document share: the title without case, quotes or extra white space
 * ("‘Complaints  Policy’" and "complaints policy" are one document).
 */
export function titleKey(title: string): string {
  return title.normalize('NFKC').replace(QUOTES, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}
