/** The glue the insight routes share: one load, one CSV answer and one PDF answer. */
import { actorOf, orRefused } from '../http';
import { slugify } from '../content/slug';
import { m } from '$lib/i18n';
import { can } from '../accounts/permissions';
import { chartOf, insightCsvStream, insightPdf } from './export';
import {
	filterQuery,
	filtersFrom,
	insight,
	insightChapters,
	type Insight
} from './insight.service';

/** What a dashboard page gets: the view, a chart per figure that has one, the export query. */
export async function loadInsight(locals: App.Locals, chapterSlug: string | null, url: URL) {
	return orRefused(async () => {
		const view = await insight(actorOf(locals), chapterSlug, filtersFrom(url.searchParams));
		const charts = Object.fromEntries(
			[...view.participation, ...view.fremtidsbilde]
				.filter((f) => f.chart && f.table.rows.length)
				.map((f) => [f.id, chartOf(f)])
		);
		return { view, charts, query: filterQuery(view.filters) };
	});
}

/** /admin/innsikt: the country for programme staff, else the chapters the person leads. */
export async function loadFront(locals: App.Locals, url: URL) {
	const chapters = await orRefused(() => insightChapters(actorOf(locals)));
	if (can.viewInsight(locals.user, null))
		return { ...(await loadInsight(locals, null, url)), chapters };
	return { view: null, charts: {}, query: '', chapters };
}

/** The name of the view's area and its filters, for file names and the PDF's first lines. */
function scopeName(view: Insight) {
	const parts = [view.scope.chapter?.name ?? m.insight.pdfAll];
	const county = view.scope.counties.find((c) => c.number === view.filters.fylke);
	if (county) parts.push(county.name);
	const programme = view.programmes.find((p) => p.id === view.filters.program);
	if (programme) parts.push(programme.name);
	if (view.filters.kohort) parts.push(m.insight.phases[view.filters.kohort]);
	if (view.filters.fra || view.filters.til)
		parts.push(`${view.filters.fra ?? ''}–${view.filters.til ?? ''}`);
	return parts.join(', ');
}

const fileName = (view: Insight, ext: string) =>
	`${m.insight.file}-${slugify(view.scope.chapter?.slug ?? m.insight.pdfAll)}.${ext}`;

export function csvAnswer(locals: App.Locals, chapterSlug: string | null, url: URL) {
	return orRefused(async () => {
		const view = await insight(actorOf(locals), chapterSlug, filtersFrom(url.searchParams));
		return new Response(insightCsvStream(view), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${fileName(view, 'csv')}"`,
				'cache-control': 'private, no-store'
			}
		});
	});
}

export function pdfAnswer(locals: App.Locals, chapterSlug: string | null, url: URL) {
	return orRefused(async () => {
		const view = await insight(actorOf(locals), chapterSlug, filtersFrom(url.searchParams));
		const pdf = await insightPdf(view, scopeName(view));
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `inline; filename="${fileName(view, 'pdf')}"`,
				'cache-control': 'private, no-store'
			}
		});
	});
}
