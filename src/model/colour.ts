/**
 * Colour contrast (WCAG 2.2, success criterion 1.4.3) for the landlord's brand colour: the site puts white
 * text on it, so it must give at least 4.5:1; `brandColour` darkens a colour that does not.
 */

/** The colour used when a landlord has none (or an unusable one): white text on it gives 8.1:1. */
export const DEFAULT_BRAND = '#1d4f91';

/** The contrast WCAG AA asks for normal-size text. */
export const AA_TEXT = 4.5;

type Rgb = [number, number, number];

/** "#rrggbb" or "#rgb" (case-insensitive) as 0–255 channels; null for anything else. */
export function parseHex(colour: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

/** Channels as "#rrggbb" (lower case). */
export function toHex(rgb: Rgb): string {
  return '#' + rgb.map((c) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, '0')).join('');
}

/** WCAG relative luminance of a colour, 0 (black) to 1 (white). */
export function luminance(colour: string | Rgb): number {
  const rgb = typeof colour === 'string' ? parseHex(colour) : colour;
  if (!rgb) throw new Error(`not a colour: ${String(colour)}`);
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A ratio as printed: one decimal, rounded down so 4.49 never shows as "4.5". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10 + 1e-9) / 10).toFixed(1)}:1`;
}

/**
 * The darkened version of a colour closest to it that gives white text at least `min` contrast: the colour
 * mixed with black, as little as needed (same hue). Returns the colour itself (as #rrggbb) when it already
 * passes.
 */
export function darkenFor(colour: string, min = AA_TEXT): string {
  const rgb = parseHex(colour);
  if (!rgb) throw new Error(`not a colour: ${colour}`);
  const passes = (hex: string) => contrastRatio(hex, '#ffffff') >= min;
  const at = (k: number) => toHex(rgb.map((c) => c * k) as Rgb);
  if (passes(toHex(rgb))) return toHex(rgb);
  // Luminance falls as k falls: find the largest k that passes, then step down past any rounding.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (passes(at(mid))) lo = mid;
    else hi = mid;
  }
  let k = lo;
  while (!passes(at(k)) && k > 0) k = Math.max(0, k - 0.002);
  return at(k);
}

/**
 * The colour the site's header uses for a landlord: its brand colour when white text on it has at least
 * 4.5:1 contrast, otherwise the closest darker shade that does; the default for no colour or a bad one.
 */
export function brandColour(colour: string | null | undefined): string {
  if (!colour || !parseHex(colour)) return DEFAULT_BRAND;
  return darkenFor(colour, AA_TEXT);
}
