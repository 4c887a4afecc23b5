/**
 * Calendars to subscribe to: every public event (`/arrangementer.ics`), one county chapter's
 * (`/arrangementer/fylkeslag/<chapter>.ics`) and one type's (`/arrangementer/type/<type>.ics`).
 * Published and cancelled events, never a meeting link. In /nn and /en the feed speaks that
 * language: our words, and each event's title and lead where a published translation exists
 * (a join in the same query, as the lists do); otherwise the bokmål text.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { countyChapters } from '../geo/schema';
import { contentTranslations } from '../content/schema';
import { events, eventTypes, type EventType } from './schema';
import { config } from '../config';
import { now } from '../clock';
import { currentLang, m, t } from '$lib/i18n';
import { feedIcs } from './ics';

export type FeedFilter = { chapter: string } | { type: EventType } | Record<string, never>;

export const isFeedType = (v: string): v is EventType =>
	(eventTypes as readonly string[]).includes(v);

async function chapterBySlug(slug: string) {
	if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
	const [row] = await db.select().from(countyChapters).where(eq(countyChapters.slug, slug));
	return row ?? null;
}

/** The feed as iCalendar text, or null for a chapter or type that does not exist. */
export async function calendarFeed(filter: FeedFilter = {}): Promise<string | null> {
	const at = now();
	const lang = currentLang();
	let where = inArray(events.status, ['published', 'cancelled']);
	let name = m.mail.ics.feedName;
	if ('chapter' in filter) {
		const chapter = await chapterBySlug(filter.chapter);
		if (!chapter) return null;
		where = and(where, eq(events.chapterId, chapter.id))!;
		name = t(m.mail.ics.feedChapter, { chapter: chapter.name });
	} else if ('type' in filter) {
		if (!isFeedType(filter.type)) return null;
		where = and(where, eq(events.type, filter.type))!;
		name = t(m.mail.ics.feedType, { type: m.events.types[filter.type] });
	}
	const tr = contentTranslations;
	const rows = await db
		.select({
			event: events,
			title: tr.title,
			lead: tr.lead
		})
		.from(events)
		.leftJoin(
			tr,
			and(
				eq(tr.kind, 'arrangement'),
				eq(tr.itemId, events.id),
				sql`${tr.lang}::text = ${lang}`,
				eq(tr.status, 'published'),
				lte(tr.publishedAt, at)
			)
		)
		.where(where)
		.orderBy(asc(events.startsAt), asc(events.id));
	const list = rows.map((r) =>
		r.title ? { ...r.event, title: r.title, lead: r.lead ?? '' } : r.event
	);
	return feedIcs(list, config.origin, at, name);
}

/** The feeds offered on the events page: every chapter and every type, in the active language. */
export async function feedLinks() {
	const chapters = await db
		.select({ slug: countyChapters.slug, name: countyChapters.name })
		.from(countyChapters)
		.orderBy(asc(countyChapters.name));
	return {
		chapters: chapters.map((c) => ({
			path: `/arrangementer/fylkeslag/${c.slug}.ics`,
			name: c.name
		})),
		types: eventTypes.map((type) => ({ path: `/arrangementer/type/${type}.ics`, type }))
	};
}

export const feedResponse = (ics: string, filename: string) =>
	new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `inline; filename="${filename}"`
		}
	});
