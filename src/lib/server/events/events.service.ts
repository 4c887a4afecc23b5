/** What the public sees of events: the list (upcoming, then the archive), one event, the feeds. */
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '../db/client';
import { counties, countyChapterCounties, countyChapters } from '../geo/schema';
import { events, registrations, type EventType, eventTypes } from './schema';
import { now } from '../clock';
import { config } from '../config';
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
import { eventIcs } from './ics';
import { calendarFeed } from './feeds';
import type { SitemapEntry } from '../content/feeds';
import { closesAt, registrationWindow, seatsLeft, seatsText } from './state';
import { seatCountsByWay, seatsLeftFor } from './registration/seats';
import { currentLang, INTL_LOCALE, m, pathIn, t, toOsloIso, type Lang } from '$lib/i18n';
import type { Actor } from '../accounts/actor';
import { can, isStaff } from '../accounts/permissions';
import { questionsOf, registrationTarget, toFormQuestion } from './registration/target';

/** Statuses the public can see: published, and cancelled (shown as cancelled). */
const visible = inArray(events.status, ['published', 'cancelled']);

export const isEventType = (v: string | null): v is EventType =>
	v !== null && (eventTypes as readonly string[]).includes(v);

export interface EventFilter {
	type?: EventType | null;
	/** A county number ('50'), or 'nasjonal' for events without a county chapter. */
	county?: string | null;
}

const confirmedCount = sql<number>`(select count(*)::int from ${registrations} r where r.event_id = "events"."id" and r.status = 'confirmed')`;

/** A card's columns; in nynorsk and English the title and lead of the joined translation where there is one. */
const cardColumns = (lang: Lang) => ({
	id: events.id,
	slug: events.slug,
	title: listText(lang, 'title', events.title),
	lead: listText(lang, 'lead', events.lead),
	type: events.type,
	format: events.format,
	startsAt: events.startsAt,
	endsAt: events.endsAt,
	venue: events.venue,
	address: events.address,
	status: events.status,
	capacity: events.capacity,
	registrationOpensAt: events.registrationOpensAt,
	registrationClosesAt: events.registrationClosesAt,
	recordingUrl: events.recordingUrl,
	chapterName: countyChapters.name,
	confirmed: confirmedCount,
	translated: listTranslated(lang)
});

export type EventCard = {
	id: number;
	slug: string;
	title: string;
	lead: string;
	type: EventType;
	format: 'fysisk' | 'digitalt' | 'hybrid';
	startsAt: Date;
	endsAt: Date;
	venue: string;
	address: string;
	status: 'draft' | 'published' | 'cancelled';
	capacity: number | null;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
	recordingUrl: string | null;
	chapterName: string | null;
	confirmed: number;
	seatsLeft: number | null;
	/** «1 av 6 plasser ledig», «Fullt – …», «Ingen begrensning». */
	seatsText: string;
	registrationOpen: boolean;
	/** 'nb' when the title and lead are the bokmål text shown to a nynorsk or English visitor. */
	textLang?: 'nb';
};

function filterSql(f: EventFilter): SQL | undefined {
	const parts: (SQL | undefined)[] = [];
	if (f.type) parts.push(eq(events.type, f.type));
	if (f.county === 'nasjonal') parts.push(isNull(events.chapterId));
	else if (f.county)
		parts.push(
			inArray(
				events.chapterId,
				db
					.select({ id: countyChapterCounties.chapterId })
					.from(countyChapterCounties)
					.where(eq(countyChapterCounties.countyNumber, f.county))
			)
		);
	return and(...parts);
}

function toCard(
	row: Omit<EventCard, 'seatsLeft' | 'seatsText' | 'registrationOpen' | 'textLang'> & {
		translated: boolean;
	},
	at: Date,
	lang: Lang
): EventCard {
	const [r] = markFallbacks([row], lang);
	return {
		...r,
		// A hybrid event's seats per way are told on its own page.
		seatsLeft: r.format === 'hybrid' ? null : seatsLeft(r.capacity, r.confirmed),
		seatsText: r.format === 'hybrid' ? '' : seatsText(r.capacity, r.confirmed),
		registrationOpen: registrationWindow(r, at).open
	};
}

/**
 * Upcoming (not yet ended) soonest first; past ones newest first. In nynorsk and English each
 * card has its event's published translation where there is one (one join, none in bokmål).
 */
export async function publicEvents(filter: EventFilter = {}, lang: Lang = currentLang()) {
	const at = now();
	const cards = () =>
		joinTranslation(
			db
				.select(cardColumns(lang))
				.from(events)
				.leftJoin(countyChapters, eq(countyChapters.id, events.chapterId))
				.$dynamic(),
			'arrangement',
			events.id,
			lang
		);
	const [upcoming, past] = await Promise.all([
		cards()
			.where(and(visible, gte(events.endsAt, at), filterSql(filter)))
			.orderBy(asc(events.startsAt), asc(events.id)),
		cards()
			.where(and(visible, lt(events.endsAt, at), filterSql(filter)))
			.orderBy(desc(events.startsAt), desc(events.id))
	]);
	return {
		upcoming: upcoming.map((r) => toCard(r, at, lang)),
		past: past.map((r) => toCard(r, at, lang))
	};
}

/** The next `limit` events that have not ended, soonest first (the front page). */
export async function upcomingEvents(limit: number, lang: Lang = currentLang()) {
	const at = now();
	const rows = await joinTranslation(
		db
			.select(cardColumns(lang))
			.from(events)
			.leftJoin(countyChapters, eq(countyChapters.id, events.chapterId))
			.$dynamic(),
		'arrangement',
		events.id,
		lang
	)
		.where(and(visible, gte(events.endsAt, at)))
		.orderBy(asc(events.startsAt), asc(events.id))
		.limit(limit);
	return rows.map((r) => toCard(r, at, lang));
}

export async function countyOptions() {
	return db.select().from(counties).orderBy(asc(counties.name));
}

/** One event for its public page; drafts only when `includeDraft` (staff previewing). */
export async function eventBySlug(slug: string, includeDraft = false) {
	const [row] = await db
		.select({ event: events, chapterName: countyChapters.name, confirmed: confirmedCount })
		.from(events)
		.leftJoin(countyChapters, eq(countyChapters.id, events.chapterId))
		.where(and(eq(events.slug, slug), includeDraft ? undefined : visible));
	return row ?? null;
}

/** The public page's view: no meeting link, Markdown rendered, seats and window worked out. */
export async function eventView(slug: string, includeDraft = false) {
	const found = await eventBySlug(slug, includeDraft);
	if (!found) return null;
	const e = found.event;
	const at = now();
	const window = registrationWindow(e, at);
	// The visitor's language version, or bokmål marked as a fallback (one indexed query).
	const localized = await localize('arrangement', { ...e, body: e.description });
	// A hybrid event: the seats left in the room and on the net, each on its own.
	const byWay = e.format === 'hybrid' ? await seatCountsByWay(e) : null;
	return {
		...languageData(localized),
		id: e.id,
		slug: e.slug,
		type: e.type,
		title: localized.text.title,
		lead: localized.text.lead,
		descriptionHtml: renderMarkdown(localized.text.body),
		agendaHtml: e.agenda ? renderMarkdown(e.agenda) : null,
		resourcesHtml: e.resources ? renderMarkdown(e.resources) : null,
		startsAt: e.startsAt,
		endsAt: e.endsAt,
		format: e.format,
		venue: e.venue,
		address: e.address,
		audience: e.audience,
		organisers: e.organisers,
		capacity: e.capacity,
		confirmed: found.confirmed,
		// A hybrid event is full only when both ways are.
		seatsLeft: seatsLeftFor(e, found.confirmed, byWay),
		seatsText: byWay
			? [
					t(m.app.events.attendance.seatsRoom, {
						seats: seatsText(e.capacity, byWay.fysisk.confirmed)
					}),
					t(m.app.events.attendance.seatsDigital, {
						seats: seatsText(e.digitalCapacity, byWay.digitalt.confirmed)
					})
				].join(' · ')
			: seatsText(e.capacity, found.confirmed),
		registrationOpensAt: e.registrationOpensAt,
		registrationClosesAt: e.registrationClosesAt,
		status: e.status,
		cancelReason: e.cancelReason,
		recordingUrl: e.recordingUrl,
		chapterId: e.chapterId,
		chapterName: found.chapterName,
		/** Only the programme's cohort may register (programmes/cohort.ts). */
		cohortOnly: e.cohortOnly && e.programmeId !== null,
		updatedAt: e.updatedAt,
		ended: at >= e.endsAt,
		window
	};
}
export type EventView = NonNullable<Awaited<ReturnType<typeof eventView>>>;

/**
 * The event as this visitor may see it: published and cancelled events for everyone,
 * drafts only for staff who manage the event (their preview; the page must not be cached).
 */
export async function visibleEvent(slug: string, actor: Actor | null) {
	if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
	const view = await eventView(slug, isStaff(actor));
	if (view && view.status === 'draft' && !can.manageEvent(actor, view.chapterId)) return null;
	return view;
}

/** The registration form's event: the public view and its questions. */
export async function eventForRegistration(slug: string, actor: Actor | null) {
	const view = await visibleEvent(slug, actor);
	if (!view) return null;
	const [row] = await db
		.select({ programmeId: events.programmeId, cohortOnly: events.cohortOnly })
		.from(events)
		.where(eq(events.id, view.id));
	return {
		event: view,
		questions: (await questionsOf(view.id)).map(toFormQuestion),
		/** Only the programme's cohort may register (see programmes/cohort.ts). */
		cohortOnly: Boolean(row?.cohortOnly && row.programmeId !== null),
		programmeId: row?.programmeId ?? null
	};
}

/** The event a registration is sent to (row and questions, no rendering), as visibleEvent decides. */
export async function registrationTargetFor(slug: string, actor: Actor | null) {
	if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
	const target = await registrationTarget({ slug });
	if (!target) return null;
	const s = target.event.status;
	if (s === 'draft' && !can.manageEvent(actor, target.event.chapterId)) return null;
	return target;
}

/** /arrangementer/<slug>.ics for anyone (no meeting link). */
export async function publicEventIcs(slug: string): Promise<string | null> {
	const found = await eventBySlug(slug);
	if (!found) return null;
	return eventIcs(found.event, {
		origin: config.origin,
		stamp: now(),
		sequence: found.event.sequence
	});
}

/** /arrangementer.ics: every published (and cancelled) event. */
export async function eventsFeed(): Promise<string> {
	return (await calendarFeed())!;
}

export async function eventSitemapEntries(translated: ItemLanguages): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ id: events.id, slug: events.slug, updatedAt: events.updatedAt })
		.from(events)
		.where(visible)
		.orderBy(desc(events.startsAt));
	return [
		{ path: '/arrangementer', lastmod: rows[0]?.updatedAt },
		...rows.map((r) => ({
			path: `/arrangementer/${r.slug}`,
			lastmod: r.updatedAt,
			languages: itemLanguages(translated, 'arrangement', r.id)
		}))
	];
}

/**
 * schema.org Event data for the public page (no meeting link), in the page's language: the
 * address in the visitor's language, and `inLanguage` the language the text is in.
 */
export function eventJsonLd(e: EventView, origin: string, lang: Lang = currentLang()) {
	const url = `${origin}${pathIn(lang, `/arrangementer/${e.slug}`)}`;
	const organizer = e.organisers.map((name) => ({ '@type': 'Organization', name }));
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: e.title,
		description: e.lead || undefined,
		url,
		startDate: toOsloIso(e.startsAt),
		endDate: toOsloIso(e.endsAt),
		eventStatus:
			e.status === 'cancelled'
				? 'https://schema.org/EventCancelled'
				: 'https://schema.org/EventScheduled',
		eventAttendanceMode:
			e.format === 'digitalt'
				? 'https://schema.org/OnlineEventAttendanceMode'
				: 'https://schema.org/OfflineEventAttendanceMode',
		location:
			e.format === 'digitalt'
				? { '@type': 'VirtualLocation', url }
				: {
						'@type': 'Place',
						name: e.venue || e.address,
						address: e.address || e.venue
					},
		organizer: organizer.length ? organizer : undefined,
		audience: e.audience ? { '@type': 'Audience', audienceType: e.audience } : undefined,
		maximumAttendeeCapacity: e.capacity ?? undefined,
		remainingAttendeeCapacity: e.seatsLeft ?? undefined,
		offers: {
			'@type': 'Offer',
			price: 0,
			priceCurrency: 'NOK',
			url: `${url}/pamelding`,
			availability: e.seatsLeft === 0 ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
			validFrom: e.registrationOpensAt ? toOsloIso(e.registrationOpensAt) : undefined,
			validThrough: toOsloIso(closesAt(e))
		},
		inLanguage: INTL_LOCALE[e.fallback ? 'nb' : lang]
	};
}
