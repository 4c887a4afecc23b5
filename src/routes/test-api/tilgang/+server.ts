import { json } from '@sveltejs/kit';
import { like } from 'drizzle-orm';
import { requireTestMode } from '$lib/server/test-mode';
import { db } from '$lib/server/db/client';
import { countyChapters } from '$lib/server/geo/schema';
import { actorOf } from '$lib/server/fremtidsbilde/testing';
import { makeCall } from '$lib/server/programmes/test-support';
import { callOf } from '$lib/server/programmes/calls.service';
import { addParticipant } from '$lib/server/programmes/programmes.admin';
import { addAnswerFile, saveTask } from '$lib/server/programmes/tasks.service';
import { startApplication } from '$lib/server/programmes/applications.service';
import { requestSignInLink } from '$lib/server/accounts/auth.service';
import { createTestEvent } from '$lib/server/events/test-mode';
import type { RequestHandler } from './$types';

/**
 * Test mode only: one of each object the access matrix must try with a real id, for a
 * municipality's coordinator — a Vestland programme (open to the municipality's chapter too)
 * that the municipality takes part in, a between-work task with a file in its answer, an
 * application the coordinator started, a message in the outbox, and an event open for
 * registration (its group registration page).
 */
export const POST: RequestHandler = async ({ request }) => {
	requireTestMode();
	const body = (await request.json()) as { coordinatorId: number; kommune: string };
	const coordinator = await actorOf(body.coordinatorId);
	const staff = { ...coordinator, globalRole: 'admin' as const };
	const chapters = await db
		.select({ id: countyChapters.id })
		.from(countyChapters)
		.where(like(countyChapters.name, '%'));
	const { programme } = await makeCall({ chapterIds: chapters.map((c) => c.id) });
	const call = (await callOf(programme.id))!;
	await addParticipant(staff, programme.slug, body.kommune);
	const taskId = await saveTask(staff, programme, null, {
		title: 'Kartlegging før neste samling',
		description: 'Beskriv hvor dere står.',
		dueOn: '2099-01-15',
		eventId: '',
		version: 0
	});
	await addAnswerFile(coordinator, body.kommune, taskId, {
		name: 'notat.txt',
		bytes: new TextEncoder().encode('Et notat fra kommunegruppen.\n')
	});
	const applicationId = await startApplication(coordinator, call, {
		municipalities: [body.kommune]
	});
	await requestSignInLink({ email: coordinator.email, ip: '127.0.0.9' });
	const event = await createTestEvent({});
	return json({ slug: programme.slug, taskId, applicationId, eventSlug: event.slug });
};
