import type { AnswerStatus } from './answer.ts';

/**
 * The fixed sentences of the outputs (templates/messages.yaml), filled in the same way for the site, the PDF and the
 * DOCX, so the three never word a sentence differently. Pure: the catalogue is read by the loader
 * (src/load/read-templates.ts) and reaches the site through its data.
 */

/** Every sentence of the catalogue, with the placeholders it is filled with. */
export const MESSAGES = {
  'draft.banner': ['body'],
  'draft.cover': ['body'],
  'draft.closing': ['body'],
  'about.howToRead': ['landlord'],
  'about.internal.public': [],
  'about.internal.board': [],
  'changes.newProvision': ['to'],
  'changes.changed': ['from', 'period', 'as', 'to'],
  'changes.as': ['previous'],
  'changes.figure': [],
  'changes.compared.sameCode': ['period', 'code'],
  'changes.compared.codeChanged': ['period', 'code'],
  'changes.none': [],
  'atAGlance.note': [],
  'atAGlance.caption': [],
  'documents.none': [],
  'approval.draft': ['body'],
  'approval.draftPrint': ['body'],
  'heading.about': [],
  'heading.response': ['body'],
  'heading.introduction': [],
  'heading.atAGlance': [],
  'heading.changes': ['period'],
  'heading.assessment': [],
  'heading.documents': [],
  'heading.actionPlan': [],
  'heading.approval': [],
  'heading.draftStatus': [],
  'fact.landlord': [],
  'fact.period': [],
  'fact.assessedAgainst': [],
  'fact.assessedAgainstText': ['code', 'date'],
  'fact.assessedAgainstStatutory': ['code', 'date'],
  'fact.assessedOn': [],
  'fact.approval': [],
  'fact.mrc': [],
  'fact.complaintsPage': [],
  'fact.covers': [],
  'fact.groupMembers': [],
  'fact.edition': [],
  'column.provision': [],
  'column.requirement': [],
  'column.comply': [],
  'column.evidence': [],
  'column.commentary': [],
  'provision.inPlainEnglish': ['summary'],
  'provision.continued': ['id'],
  'action.label': [],
  'action.owner': ['owner'],
  'action.due': ['due'],
  'action.done': [],
  'action.doneOn': ['date'],
  'action.dropped': [],
  'atAGlance.allSections': [],
  'actions.caption': ['period'],
  'actions.none': [],
  'actions.noneDated': [],
  'actions.provision': ['id'],
  'actions.provisionTitled': ['id', 'title'],
  'actions.column.due': [],
  'actions.column.provision': [],
  'actions.column.action': [],
  'actions.column.owner': [],
  'approval.hash': [],
  'edition.public': [],
  'edition.board': ['body'],
  'edition.boardUnnamed': [],
  'edition.internal': ['edition'],
  'site.lede': ['who'],
  'site.atAGlance': [],
  'site.actions': ['actions'],
  'site.actionsLink': ['actions', 'period'],
  'site.actionsNone': [],
  'site.landlordLede': ['who'],
  'cover.title': [],
  'heading.contents': [],
  'cover.code': ['code'],
  'cover.assessedOn': ['date'],
  'heading.complain': [],
  'site.downloads': [],
  'site.downloadPdf': ['period'],
  'site.downloadDocx': ['period'],
  'site.onThisPage': [],
  'provision.summaryLabel': [],
  'provision.wording': [],
  'provision.answer': [],
  'provision.evidence': [],
  'provision.commentary': [],
  'provision.action': [],
  'provision.notAnswered': [],
  'actions.for': ['provision'],
  'provision.document': [],
  'provision.documents': [],
  'provision.actions': [],
  'provision.since': ['period'],
  'site.title': [],
  'site.homeLede': [],
  'site.skipLink': [],
  'site.allLandlords': [],
  'site.aboutPages': [],
  'site.footerAbout': [],
  'site.footerOmbudsman': [],
  'site.publishedWith': [],
  'site.assessments': [],
  'site.draft': [],
  'site.periodLink': ['landlord', 'period'],
  'site.periodCode': ['code'],
  'site.approved': [],
  'site.notApproved': [],
  'site.actionPlanLink': ['period'],
  'site.periodCrumb': ['period'],
  'status.yes': [],
  'status.partial': [],
  'status.no': [],
  'status.na': [],
  'status.answered': [],
  'status.unanswered': [],
  'status.answeredLegend': [],
  'status.complies': ['status'],
  'level.must': [],
  'level.should': [],
  'table.must': [],
  'table.should': [],
  'provision.carriedNotReviewed': [],
  'action.toBeSet': [],
  'action.noDate': [],
  'action.overdue': ['due'],
  'changes.count.improved': ['n'],
  'changes.count.regressed': ['n'],
  'changes.count.unchanged': ['n'],
  'changes.count.unansweredBoth': ['n'],
  'changes.count.newlyAnswered': ['n'],
  'changes.count.noLongerAnswered': ['n'],
  'changes.count.new': ['n', 'code'],
  'changes.count.overdueActions': ['n', 'period'],
  'changes.group.regressed': ['n'],
  'changes.group.improved': ['n'],
  'changes.group.noLongerAnswered': ['n'],
  'changes.group.newlyAnswered': ['n'],
  'changes.group.newProvision': ['code', 'n'],
  'changes.showNew': ['n'],
  'changes.landlord.heading': ['n'],
  'changes.landlord.line': ['field', 'from', 'period', 'to'],
  'changes.landlord.name': [],
  'changes.landlord.governingBody': [],
  'changes.landlord.approvalBody': [],
  'changes.landlord.covers': [],
  'changes.landlord.groupMembers': [],
  'changes.dropped.heading': ['n'],
  'changes.dropped.intro': ['fromCode', 'code'],
  'changes.dropped.show': ['n', 'period'],
  'changes.dropped.line': ['provision', 'status', 'period'],
  'changes.code.heading': ['n'],
  'changes.code.show': [],
  'changes.code.steps': ['n', 'period'],
  'changes.code.step': ['fromCode', 'code'],
  'changes.code.added': ['code', 'ids'],
  'changes.code.removed': ['fromCode', 'ids', 'code'],
  'changes.code.became': ['fromCode', 'from', 'code', 'to'],
  'change.was': ['n', 'previous'],
  'change.newProvision': ['code', 'period'],
  'change.unansweredBoth': ['period', 'was'],
  'change.same': ['period', 'was', 'from'],
  'change.improved': ['period', 'was', 'from', 'to'],
  'change.regressed': ['period', 'was', 'from', 'to'],
  'change.firstAnswered': ['was', 'period', 'to'],
  'change.firstAssessedNa': ['was', 'period', 'to'],
  'change.firstAssessedFigure': ['was', 'period', 'to'],
  'change.noLongerUnanswered': ['was', 'from', 'period'],
  'change.noLongerNa': ['was', 'from', 'period'],
  'change.noLongerOther': ['was', 'from', 'period'],
  'atAGlance.summary': ['n', 'counts'],
  'atAGlance.countsNone': [],
  'atAGlance.column.section': [],
  'atAGlance.column.total': [],
  'atAGlance.allShort': [],
  'atAGlance.short.na': [],
  'atAGlance.short.answered': [],
  'atAGlance.short.unanswered': [],
  'atAGlance.keyItem': ['short', 'label'],
  'section.name': ['id', 'title'],
  'documents.internalPublic': [],
  'documents.internalMark': [],
  'documents.file': ['file'],
  'documents.hidden': ['n', 'landlord'],
  'complain.unhappy': ['landlord', 'link'],
  'complain.linkPage': ['landlord'],
  'complain.linkWebsite': ['landlord'],
  'complain.ombudsman': ['ombudsman'],
  'complain.ombudsmanName': [],
  'site.complainingTo': ['landlord'],
  'site.draftTitle': ['title'],
  'site.actionPlanTitle': ['landlord', 'period'],
  'site.actionPlanDescription': ['landlord', 'period'],
  'site.actionPlanLede': ['link', 'landlord'],
  'site.actionPlanLedeLink': ['period'],
  'site.homeDescription': [],
  'site.howToRead': [],
  'site.landlords': [],
  'site.noneYet': [],
  'site.latest': [],
  'site.assessmentCount': ['n'],
  'site.documentTitle': ['title', 'landlord'],
  'site.documentDescription': ['title', 'landlord'],
  'site.documentLede': ['landlord', 'n', 'assessments'],
  'site.documentCitedBy': ['period'],
  'site.documentCitedByDraft': ['period'],
  'site.publishedDocument': ['landlord'],
  'report.title': ['period'],
  'report.lede': ['landlord', 'period'],
  'report.link': ['period'],
  'report.partA': [],
  'report.partALink': ['period'],
  'report.partB': [],
  'report.tsmCaption': [],
  'report.figuresCaption': [],
  'report.measure': [],
  'report.homes': ['homes', 'counted'],
  'report.fromLog': [],
  'report.stated': ['landlord'],
  'report.refusedCaption': [],
  'report.reason': [],
  'report.count': [],
  'report.categoriesCaption': [],
  'report.category': [],
  'report.partC': [],
  'report.determinations': [],
  'report.failureOrders': [],
  'report.nonCompliance': [],
  'report.compensation': ['amount'],
  'report.partD': [],
  'report.learned': [],
  'report.changed': [],
  'report.when': [],
  'report.partE': ['landlord'],
  'report.partF': [],
  'measure.CH01_1': [],
  'measure.CH01_2': [],
  'measure.CH02_1': [],
  'measure.CH02_2': [],
  'measure.TP09': [],
  'measure.received': ['stage'],
  'measure.acknowledgedInTime': ['stage'],
  'measure.responded': ['stage'],
  'measure.respondedInTime': ['stage'],
  'measure.extended': ['stage'],
  'measure.averageDays': ['stage'],
  'report.chartCh01': [],
  'report.chartCh02': [],
  'report.stage': ['stage'],
  'report.unknown': [],
  'cited.section': ['n'],
  'cited.sections': ['n'],
  'cited.under': ['heading'],
  'cited.page': ['n'],
  'cited.pages': ['n'],
  'cited.provisions': ['n', 'ids'],
  'cited.for': ['provisions'],
  'cited.forAt': ['provisions', 'where'],
  'cited.placeFor': ['where', 'provisions'],
  'meta.title': ['landlord', 'period'],
  'meta.subject': ['publisher', 'code', 'id'],
  'meta.keywords': [],
  'code.name': ['publisher', 'code', 'id'],
  'period.label': ['start', 'end'],
  'fact.periodValue': ['period', 'label'],
  'approval.sentence': ['body', 'date'],
  'approval.reference': ['reference'],
  'meta.description': ['landlord', 'code', 'months', 'edition', 'status'],
  'report.tp09Survey': ['survey'],
  'cover.reportTitle': [],
  'report.documentIntro': ['landlord', 'period'],
  'meta.reportTitle': ['landlord', 'period'],
  'report.chartOutcomes': ['period'],
  'report.outcomesCaption': [],
  'report.outcome': [],
  'outcome.upheld': [],
  'outcome.partly_upheld': [],
  'outcome.not_upheld': [],
  'outcome.withdrawn': [],
  'report.chartCategories': ['period'],
  'report.complaints': [],
  'report.chartFindings': ['period'],
  'report.findingsCaption': [],
  'report.finding': [],
  'report.determinationsCount': [],
  'site.landlordDescription': ['landlord'],
  'table.description': ['columns'],
  'table.countsDescription': ['counts'],
  'atAGlance.short.section': [],
} as const satisfies Record<string, readonly string[]>;

export type MessageKey = keyof typeof MESSAGES;
type Vars<K extends MessageKey> = Record<(typeof MESSAGES)[K][number], string | number>;

/** The catalogue: one sentence for each key. */
export type Wording = Readonly<Record<MessageKey, string>>;

/**
 * A count's plural forms, in ICU MessageFormat's words (what translators' tools and FormatJS read):
 * "{n, plural, one {# provision} other {# provisions}}", with `=N` for an exact number ("=2 {twice}"); `#` in a
 * form is the number. A form holds words only, no other placeholder.
 */
const PLURAL = /\{([a-zA-Z]+), *plural, *((?:(?:=\d+|one|other) *\{[^{}]*\} *)+)\}/g;
const PLURAL_FORM = /(=\d+|one|other) *\{([^{}]*)\}/g;
const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** The form of a plural for a number: its `=N`, else `one` for 1, else `other`. */
function pluralForm(forms: string, n: number): string | undefined {
  const byName = new Map([...forms.matchAll(PLURAL_FORM)].map((m) => [m[1]!, m[2]!]));
  return (byName.get(`=${n}`) ?? (n === 1 ? byName.get('one') : undefined) ?? byName.get('other'))?.replaceAll('#', String(n));
}

/** A sentence of the catalogue with its placeholders filled in (and its plurals chosen by their numbers). */
export function say<K extends MessageKey>(wording: Wording, key: K, ...vars: (typeof MESSAGES)[K] extends readonly [] ? [] : [Vars<K>]): string {
  const values = (vars[0] ?? {}) as Record<string, string | number>;
  return wording[key]
    .replace(PLURAL, (whole, name: string, forms: string) => {
      const n = Number(values[name]);
      return (Number.isInteger(n) ? pluralForm(forms, n) : undefined) ?? whole;
    })
    .replace(PLACEHOLDER, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}

/** A part of a sentence with links in it: its words, or where one of its placeholders goes, which the renderer makes a link. */
export type SentencePart = string | { link: string };

/**
 * A sentence with links in it ("… you can make a complaint: {link}."), as its words around the placeholders named
 * in `links`, in order: the sentence stays whole in the catalogue, and the renderer only lays the links in.
 */
export function sayLinked<K extends MessageKey>(wording: Wording, key: K, vars: Partial<Vars<K>>, links: readonly (typeof MESSAGES)[K][number][]): SentencePart[] {
  const marked: Record<string, string | number> = { ...(vars as Record<string, string | number>) };
  for (const name of links) marked[name] = `\u0000${name}\u0000`;
  return (say as (w: Wording, k: MessageKey, v: Record<string, string | number>) => string)(wording, key, marked)
    .split('\u0000')
    .map((part, i): SentencePart => (i % 2 === 1 ? { link: part } : part))
    .filter((part) => part !== '');
}

const STATUS_KEY = {
  yes: 'status.yes', partial: 'status.partial', no: 'status.no', 'n/a': 'status.na', answered: 'status.answered', unanswered: 'status.unanswered',
} as const satisfies Record<AnswerStatus, MessageKey>;

/** An answer as printed: "Yes", "Partly", "Not applicable", "Not answered". */
export function statusLabel(wording: Wording, status: AnswerStatus): string {
  return say(wording, STATUS_KEY[status]);
}

/** The line "What changed since" gives an answer that changed: "Partly in 2020-21 (as 8b), now Yes". */
export function changeLine(wording: Wording, i: { from: string; fromStatus: AnswerStatus; to: string; previous: string[] }, period: string, newProvision: boolean): string {
  if (newProvision) return say(wording, 'changes.newProvision', { to: i.to });
  return say(wording, 'changes.changed', {
    from: i.fromStatus === 'answered' ? say(wording, 'changes.figure') : i.from,
    period,
    as: i.previous.length ? say(wording, 'changes.as', { previous: i.previous.join(', ') }) : '',
    to: i.to,
  });
}

/** "For each provision of the Code, the table gives …", with what the edition shows of internal documents, if it cites any. */
export function howToRead(wording: Wording, landlord: string, edition: 'public' | 'board', citesInternal: boolean): string {
  const read = say(wording, 'about.howToRead', { landlord });
  return citesInternal ? `${read} ${say(wording, edition === 'public' ? 'about.internal.public' : 'about.internal.board')}` : read;
}

/** A landlord's own wording (assessments/<landlord>/templates/messages.yaml): any of the catalogue's sentences. */
export type WordingOverrides = Partial<Record<MessageKey, string>>;

/** Whether a key is one of the catalogue's. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

/**
 * Every placeholder a sentence uses, where: "{body}" and the number of a plural ("{n, plural, …}"), with its offset
 * and length in the text. The words of a plural's forms are not placeholders.
 */
export function placeholderUses(text: string): { name: string; index: number; length: number }[] {
  const uses: { name: string; index: number; length: number }[] = [];
  for (const m of text.matchAll(PLURAL)) uses.push({ name: m[1]!, index: m.index, length: m[0].length });
  // The plurals blanked out (same length), so that their forms' words are not read as placeholders.
  const rest = text.replace(PLURAL, (whole) => ' '.repeat(whole.length));
  for (const m of rest.matchAll(PLACEHOLDER)) uses.push({ name: m[1]!, index: m.index, length: m[0].length });
  return uses.sort((a, b) => a.index - b.index);
}

/** The placeholders a sentence uses, in order, each once: "{body} … {period}" → ["body", "period"]. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(placeholderUses(text).map((u) => u.name))];
}

/** The catalogue with a landlord's sentences in place of the tool's (only known keys with text are taken). */
export function withOverrides(base: Wording, overrides: WordingOverrides | undefined): Wording {
  if (!overrides) return base;
  const own = Object.entries(overrides).filter(([key, text]) => isMessageKey(key) && typeof text === 'string');
  return own.length === 0 ? base : Object.freeze({ ...base, ...Object.fromEntries(own) }) as Wording;
}
