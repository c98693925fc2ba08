// The few pieces of PDF object syntax the PDF passes read (pdf-file.ts, structure.ts), as Skia writes it.

/** The object number a dictionary's `/key N 0 R` names, or undefined. */
export function refIn(body: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body);
  return m ? Number(m[1]) : undefined;
}

/** A PDF name as written after its slash, its "#2D" escapes undone. */
export function pdfName(s: string): string {
  return s.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A content-stream line that opens marked content ("/Span <</MCID 3>>BDC": no space before the operator after a dictionary). */
export const OPENS_MARKED_CONTENT = /(?:^|[\s>\]])(?:BDC|BMC)$/;
