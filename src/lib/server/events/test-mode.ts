/** Test mode only (end-to-end tests and the benchmark): a fresh published event in one call. */
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { countyChapters } from '../geo/schema';
import { eventQuestions, events } from './schema';
import { now } from '../clock';
import { invalidatePublic } from '../cache/public-cache';

export interface TestEventSpec {
	title?: string;
	capacity?: number | null;
	format?: 'fysisk' | 'digitalt' | 'hybrid';
	/** Hybrid events: the places on the net (empty: no limit). */
	digitalCapacity?: number | null;
	startsAt?: string;
	endsAt?: string;
	registrationClosesAt?: string;
	chapter?: string;
	status?: 'draft' | 'published' | 'cancelled';
	/** The contact person mails name and reply to (events/contact.ts). */
	contactName?: string;
	contactEmail?: string;
	recordingUrl?: string;
	/** A gathering of this programme; `cohortOnly` limits registration to its cohort. */
	programmeId?: number;
	cohortOnly?: boolean;
	questions?: {
		kind: 'text' | 'single' | 'multiple' | 'yesno';
		label: string;
		required?: boolean;
		options?: string[];
	}[];
}

export async function createTestEvent(spec: TestEventSpec) {
	const at = now();
	// Whole minutes, as an editor would set them.
	const startsAt = spec.startsAt
		? new Date(spec.startsAt)
		: new Date(Math.floor((at.getTime() + 14 * 86_400_000) / 60_000) * 60_000);
	const endsAt = spec.endsAt ? new Date(spec.endsAt) : new Date(startsAt.getTime() + 2 * 3_600_000);
	const suffix = Math.random().toString(36).slice(2, 8);
	const title = spec.title ?? `Testarrangement ${suffix}`;
	const digital = spec.format === 'digitalt';
	const hybrid = spec.format === 'hybrid';
	const [chapter] = spec.chapter
		? await db.select().from(countyChapters).where(eq(countyChapters.slug, spec.chapter))
		: [];
	const row = await db.transaction(async (tx) => {
		const [ev] = await tx
			.insert(events)
			.values({
				slug: `test-${suffix}`,
				type: digital ? 'webinar' : 'seminar',
				title,
				lead: 'Et arrangement laget for en test.',
				description: 'Laget av testene.',
				startsAt,
				endsAt,
				format: spec.format ?? 'fysisk',
				venue: digital ? '' : 'Rådhuset',
				address: digital ? '' : 'Munkegata 1, 7013 Trondheim',
				meetingUrl: digital || hybrid ? 'https://zoom.us/j/5550001111' : null,
				digitalCapacity: hybrid ? (spec.digitalCapacity ?? null) : null,
				audience: 'Testere',
				organisers: ['Norsk kulturskoleråd'],
				capacity: spec.capacity === undefined ? 300 : spec.capacity,
				registrationClosesAt: spec.registrationClosesAt
					? new Date(spec.registrationClosesAt)
					: null,
				chapterId: chapter?.id ?? null,
				recordingUrl: spec.recordingUrl ?? null,
				programmeId: spec.programmeId ?? null,
				cohortOnly: spec.cohortOnly ?? false,
				status: spec.status ?? 'published',
				cancelledAt: spec.status === 'cancelled' ? at : null,
				contactName: spec.contactName ?? null,
				contactEmail: spec.contactEmail ?? null,
				publishedAt: spec.status === 'draft' ? null : at,
				createdAt: at,
				updatedAt: at
			})
			.returning();
		if (spec.questions?.length)
			await tx.insert(eventQuestions).values(
				spec.questions.map((q, position) => ({
					eventId: ev.id,
					position,
					kind: q.kind,
					label: q.label,
					required: q.required ?? false,
					options: q.options ?? []
				}))
			);
		return ev;
	});
	invalidatePublic();
	const questions = await db
		.select({ id: eventQuestions.id, label: eventQuestions.label })
		.from(eventQuestions)
		.where(eq(eventQuestions.eventId, row.id));
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		startsAt: row.startsAt.toISOString(),
		endsAt: row.endsAt.toISOString(),
		questions
	};
}

export { seatCounts as testEventCounts } from './registration/seats';
