/** Shared set-up for the events' service tests (not used by the app). */
import { db } from '../db/client';
import { users } from '../accounts/schema';
import { eventQuestions, events } from './schema';
import type { Actor } from '../accounts/actor';
import { now } from '../clock';
import type { RegistrationData } from './registration/details';

let n = 0;

export async function makeActor(
	role: 'admin' | 'redaktor' | null,
	chapterIds: number[] = []
): Promise<Actor> {
	const [u] = await db
		.insert(users)
		.values({
			email: `stab${++n}-${Math.random().toString(36).slice(2)}@example.no`,
			name: `Stab ${n}`,
			globalRole: role
		})
		.returning();
	return {
		id: u.id,
		name: u.name,
		email: u.email,
		organisation: '',
		globalRole: role,
		chapterIds,
		chapterCounties: [],
		memberships: []
	};
}

export async function makeEvent(over: Partial<typeof events.$inferInsert> = {}) {
	const start = new Date(now().getTime() + 7 * 24 * 60 * 60_000);
	const [row] = await db
		.insert(events)
		.values({
			slug: `test-${++n}-${Math.random().toString(36).slice(2, 8)}`,
			type: 'seminar',
			title: `Testseminar ${n}`,
			lead: 'Et seminar for tester.',
			startsAt: start,
			endsAt: new Date(start.getTime() + 2 * 60 * 60_000),
			format: 'fysisk',
			venue: 'Rådhuset',
			address: 'Storgata 1, 7013 Trondheim',
			organisers: ['Norsk kulturskoleråd'],
			status: 'published',
			publishedAt: now(),
			...over
		})
		.returning();
	return row;
}

export async function addQuestion(
	eventId: number,
	q: Partial<typeof eventQuestions.$inferInsert> &
		Pick<typeof eventQuestions.$inferInsert, 'kind' | 'label'>
) {
	const [row] = await db
		.insert(eventQuestions)
		.values({ eventId, ...q })
		.returning();
	return row;
}

export function person(over: Partial<RegistrationData> = {}): RegistrationData {
	return {
		name: 'Kari Nordmann',
		email: `kari-${++n}-${Math.random().toString(36).slice(2, 8)}@example.no`,
		municipality: 'Trondheim',
		organisation: '',
		role: 'kulturskoleleder',
		dietary: '',
		dietaryConsent: false,
		accessibility: '',
		accessibilityConsent: false,
		answers: {},
		...over
	};
}

/** A streamed CSV export read to its end, byte-order mark kept (tests only). */
export async function csvText(
	exported: Promise<{ filename: string; body: ReadableStream<Uint8Array> }>
): Promise<{ filename: string; csv: string }> {
	const { filename, body } = await exported;
	const bytes = await new Response(body).arrayBuffer();
	return { filename, csv: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}
