import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { requireTestMode } from '$lib/server/test-mode';
import { db } from '$lib/server/db/client';
import { chapterLeaders, municipalityMembers, users } from '$lib/server/accounts/schema';
import { countyChapters } from '$lib/server/geo/schema';
import { hashPassword, normaliseEmail } from '$lib/server/accounts/passwords';
import { createSession } from '$lib/server/accounts/sessions';
import type { RequestHandler } from './$types';

/**
 * Test mode only: creates (or finds) a user with a role and returns a fresh session token (see `session`),
 * so journeys can start signed in as any role without going through the sign-in form.
 */
export const POST: RequestHandler = async ({ request }) => {
	requireTestMode();
	const body = (await request.json()) as {
		email: string;
		name?: string;
		role?:
			'admin' | 'redaktor' | 'bidragsyter' | 'fylkesleder' | 'koordinator' | 'medlem' | 'ingen';
		chapter?: string;
		kommune?: string;
		password?: string;
		/**
		 * 'full' (default): a session that counts as signed in with a second factor, so journeys
		 * can start as staff; 'pending': password accepted, second factor still to come; 'none':
		 * no session (the journey signs in through the form).
		 */
		session?: 'full' | 'pending' | 'none';
	};
	const email = normaliseEmail(body.email);
	const role = body.role ?? 'ingen';
	let [user] = await db.select().from(users).where(eq(users.email, email));
	if (!user) {
		[user] = await db
			.insert(users)
			.values({
				email,
				name: body.name ?? email.split('@')[0],
				passwordHash: await hashPassword(body.password ?? 'riktig-hest-batteri-stift'),
				globalRole: role === 'admin' || role === 'redaktor' || role === 'bidragsyter' ? role : null
			})
			.returning();
	}
	if (role === 'fylkesleder') {
		const [chapter] = await db
			.select()
			.from(countyChapters)
			.where(eq(countyChapters.slug, body.chapter ?? 'trondelag'));
		await db
			.insert(chapterLeaders)
			.values({ userId: user.id, chapterId: chapter.id })
			.onConflictDoNothing();
	}
	if (role === 'koordinator' || role === 'medlem') {
		await db
			.insert(municipalityMembers)
			.values({ userId: user.id, municipalityNumber: body.kommune ?? '5001', role })
			.onConflictDoUpdate({
				target: [municipalityMembers.userId, municipalityMembers.municipalityNumber],
				set: { role }
			});
	}
	if (body.session === 'none') return json({ id: user.id, email, token: '' });
	const { token } = await createSession(user.id, 'Playwright', {
		secondFactor: body.session === 'pending' ? null : 'totp'
	});
	return json({ id: user.id, email, token });
};
