// The annual report's figures as open data, beside its page (report/report.json): the same figures the page shows,
// as `chc report --format json` gives them, with whether the report is still a draft. Its schema is
// schemas/report-figures.schema.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../render/site/load.ts';
import { reportJson } from '../../../../model/annual-figures.ts';

export const getStaticPaths = (() => siteData().pages.filter((view) => view.report !== null)
  .map((view) => ({ params: { landlord: view.landlord.slug, period: view.period }, props: { json: reportJson(view.landlord.slug, view.draft, view.report!.figures, view.report!.earlier) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(`${JSON.stringify(props.json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
