/** The level of a provision in its Code version's form: a missing `must` is an error, a missing `should` a warning. */
export type Level = 'must' | 'should';

/** The kind of answer a provision expects. */
export type Expects = 'comply' | 'figure' | 'narrative';

/** One provision (or, for the 2020 form, one question) of a Code version. */
export interface Provision {
  id: string;
  section: string;
  stage?: number;
  level: Level;
  expects?: Expects;
  conditional?: string;
  title?: string;
  text: string;
  summary: string;
}

/** A section of a Code version. */
export interface Section {
  id: string;
  title: string;
  stages?: { id: number; title: string }[];
}

/** One version of the Complaint Handling Code, as encoded in code-versions/<id>.yaml. */
export interface CodeVersion {
  id: string;
  title: string;
  publisher: string;
  published: string;
  in_force: string;
  supersedes: string | null;
  statutory?: boolean;
  form: { title: string; columns?: string[]; preamble?: string };
  self_assessment: { deadline: string; rules: string[] };
  source: string;
  notes?: string;
  sections: Section[];
  provisions: Provision[];
}

/** What a provision expects, with the default applied. */
export function expectsOf(provision: Provision): Expects {
  return provision.expects ?? 'comply';
}
