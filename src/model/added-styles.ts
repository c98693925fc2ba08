/**
 * The names Word shows for the paragraphs chc's own DOCX adds to an answer's cells beside the landlord's text: the
 * documents it cites, its actions, notes (what changed, carried forward, action to be set). The renderer writes them
 * (render/docx/styles.ts), and `chc import` reads a paragraph of one of these styles as chc's, not the landlord's.
 */
export const ADDED_STYLE_NAMES = { evidenceDocument: 'Evidence Document', actionItem: 'Action Item', answerNote: 'Answer Note' } as const;
