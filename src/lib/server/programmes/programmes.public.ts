/**
 * What the public website shows of programmes: the list (every programme but drafts, newest
 * first, with its figures) and one programme's page (description, period, owners, chapters,
 * participating municipalities by county, gatherings and linked resources).
 */
import { and, asc, desc, eq, getTableColumns, gt, inArray, lte, ne, sql } from 'drizzle-orm';
import { now } from '../clock';
import { db } from '../db/client';
import { counties, countyChapters, municipalities } from '../geo/schema';
import { events } from '../events/schema';
import { resources } from '../content/schema';
import { isPublic } from '../content/published';
import { renderMarkdown } from '../content/markdown';
import {
	itemLanguages,
	joinTranslation,
	languageData,
	listText,
	listTranslated,
	localize,
	markFallbacks,
	type ItemLanguages
} from '../content/translations';
import { currentLang, type Lang } from '$lib/i18n';
import type { SitemapEntry } from '../content/feeds';
import { programmeChapters, programmeParticipants, programmeResources, programmes } from './schema';
import { applications, programmeCalls } from './calls-schema';

const shown = ne(programmes.status, 'utkast');

/**
 * How many applied: the reported number for rounds run before the platform, otherwise the
 * applications sent through the programme's call (null when there is neither). The outer
 * table is named in full: Drizzle leaves a column unqualified in a one-table select, and the
 * subquery's own tables have an id too.
 */
const applicationsFigure = sql<number | null>`coalesce(${programmes.applicationsReported}, (
	select nullif(count(*)::int, 0) from ${applications} a
	join ${programmeCalls} c on c.id = a.call_id
	where c.programme_id = "programmes"."id" and a.status = 'sendt'))`;

/**
 * Published programmes, newest first, with participants, completed and applications (the
 * reported number for rounds run before the platform). In nynorsk and English each has its
 * published translation's name and lead where there is one (`textLang` 'nb' on the others).
 */
export async function publicProgrammes(lang: Lang = currentLang()) {
	const rows = await joinTranslation(
		db
			.select({
				slug: programmes.slug,
				name: listText(lang, 'title', programmes.name),
				kind: programmes.kind,
				status: programmes.status,
				lead: listText(lang, 'lead', programmes.lead),
				startsOn: programmes.startsOn,
				endsOn: programmes.endsOn,
				participants: sql<number>`(select count(*)::int from ${programmeParticipants} pp where pp.programme_id = ${programmes.id})`,
				completed: sql<number>`(select count(*)::int from ${programmeParticipants} pp where pp.programme_id = ${programmes.id} and pp.status = 'fullfort')`,
				applications: applicationsFigure,
				translated: listTranslated(lang)
			})
			.from(programmes)
			.$dynamic(),
		'program',
		programmes.id,
		lang
	)
		.where(shown)
		.orderBy(desc(sql`coalesce(${programmes.startsOn}, '9999-12-31')`), desc(programmes.id));
	return markFallbacks(rows, lang);
}

/**
 * The calls open now (opened, deadline not passed) of programmes the public sees, the nearest
 * deadline first: the front page's "Åpen utlysning". In nynorsk and English with the call's
 * published translation where there is one.
 */
export async function openCalls(limit: number, lang: Lang = currentLang()) {
	const at = now();
	const rows = await joinTranslation(
		db
			.select({
				slug: programmes.slug,
				title: listText(lang, 'title', programmeCalls.title),
				lead: listText(lang, 'lead', programmeCalls.lead),
				closesAt: programmeCalls.closesAt,
				places: programmeCalls.places,
				translated: listTranslated(lang)
			})
			.from(programmeCalls)
			.innerJoin(programmes, eq(programmes.id, programmeCalls.programmeId))
			.$dynamic(),
		'utlysing',
		programmeCalls.id,
		lang
	)
		.where(and(shown, lte(programmeCalls.opensAt, at), gt(programmeCalls.closesAt, at)))
		.orderBy(asc(programmeCalls.closesAt), asc(programmeCalls.id))
		.limit(limit);
	return markFallbacks(rows, lang);
}

export type PublicProgrammeCard = Awaited<ReturnType<typeof publicProgrammes>>[number];

export async function publicProgramme(slug: string) {
	if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
	const [p] = await db
		.select({ ...getTableColumns(programmes), applications: applicationsFigure })
		.from(programmes)
		.where(and(eq(programmes.slug, slug), shown));
	if (!p) return null;
	const [chapters, participants, gatherings, linked, localized] = await Promise.all([
		db
			.select({ name: countyChapters.name })
			.from(programmeChapters)
			.innerJoin(countyChapters, eq(countyChapters.id, programmeChapters.chapterId))
			.where(eq(programmeChapters.programmeId, p.id))
			.orderBy(asc(countyChapters.name)),
		db
			.select({
				number: municipalities.number,
				name: municipalities.name,
				county: counties.name,
				status: programmeParticipants.status
			})
			.from(programmeParticipants)
			.innerJoin(
				municipalities,
				eq(municipalities.number, programmeParticipants.municipalityNumber)
			)
			.innerJoin(counties, eq(counties.number, municipalities.countyNumber))
			.where(eq(programmeParticipants.programmeId, p.id))
			.orderBy(asc(counties.name), asc(municipalities.name)),
		db
			.select({
				slug: events.slug,
				title: events.title,
				startsAt: events.startsAt,
				endsAt: events.endsAt,
				venue: events.venue,
				status: events.status
			})
			.from(events)
			.where(and(eq(events.programmeId, p.id), inArray(events.status, ['published', 'cancelled'])))
			.orderBy(asc(events.startsAt)),
		db
			.select({ slug: resources.slug, title: resources.title, year: resources.year })
			.from(programmeResources)
			.innerJoin(resources, eq(resources.id, programmeResources.resourceId))
			.where(and(eq(programmeResources.programmeId, p.id), isPublic(resources)))
			.orderBy(asc(resources.title)),
		localizeProgramme(p)
	]);
	const byCounty: { county: string; municipalities: typeof participants }[] = [];
	for (const m of participants) {
		const group = byCounty.find((g) => g.county === m.county);
		if (group) group.municipalities.push(m);
		else byCounty.push({ county: m.county, municipalities: [m] });
	}
	return {
		...languageData(localized),
		id: p.id,
		slug: p.slug,
		name: localized.text.title,
		kind: p.kind,
		status: p.status,
		lead: localized.text.lead,
		descriptionHtml: renderMarkdown(localized.text.body),
		startsOn: p.startsOn,
		endsOn: p.endsOn,
		owners: p.owners,
		applications: p.applications,
		chapters: chapters.map((c) => c.name),
		participants: byCounty,
		counts: {
			participants: participants.length,
			completed: participants.filter((m) => m.status === 'fullfort').length,
			withdrawn: participants.filter((m) => m.status === 'trukket').length
		},
		gatherings,
		resources: linked,
		updatedAt: p.updatedAt
	};
}

export async function programmeSitemapEntries(translated: ItemLanguages): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ id: programmes.id, slug: programmes.slug, updatedAt: programmes.updatedAt })
		.from(programmes)
		.where(shown)
		.orderBy(desc(programmes.updatedAt));
	return [
		{ path: '/program', lastmod: rows[0]?.updatedAt },
		...rows.map((r) => ({
			path: `/program/${r.slug}`,
			lastmod: r.updatedAt,
			languages: itemLanguages(translated, 'program', r.id)
		}))
	];
}

/** A programme's text in the visitor's language version, or bokmål marked as a fallback. */
export const localizeProgramme = <P extends ProgrammeText>(p: P) =>
	localize('program', { ...p, title: p.name, body: p.description });

type ProgrammeText = { id: number; name: string; lead: string; description: string };

/** A programme's name in the visitor's language, with lang="nb" when it is the bokmål one. */
export async function programmeName(p: ProgrammeText): Promise<{ name: string; nameLang?: 'nb' }> {
	const localized = await localizeProgramme(p);
	return { name: localized.text.title, nameLang: languageData(localized).textLang };
}
