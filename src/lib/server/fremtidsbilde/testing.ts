/** Set-up shared by the fremtidsbilde service tests (a group, goals with statements). */
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { municipalityMembers, users } from '../accounts/schema';
import { goalStatements, goals } from './schema';
import { loadActor, type Actor } from '../accounts/actor';
import type { GroupRole } from '$lib/forms/fremtidsbilde';

let seq = 0;

/** A user in `nr`'s group (or none), returned as the Actor the services receive. */
export async function member(
	nr: string | null,
	role: 'koordinator' | 'medlem' = 'medlem',
	groupRole: GroupRole | null = null,
	extra: { globalRole?: 'admin' | 'redaktor' } = {}
): Promise<Actor> {
	const [u] = await db
		.insert(users)
		.values({
			email: `person${++seq}-${Math.random().toString(36).slice(2, 7)}@example.no`,
			name: `Person ${seq}`,
			globalRole: extra.globalRole ?? null
		})
		.returning();
	if (nr)
		await db
			.insert(municipalityMembers)
			.values({ userId: u.id, municipalityNumber: nr, role, groupRole });
	return actorOf(u.id);
}

export async function actorOf(userId: number): Promise<Actor> {
	const [u] = await db.select().from(users).where(eq(users.id, userId));
	return loadActor(u);
}

/** A goal in the catalogue with `n` statements; returns its id. */
export async function goalWithStatements(title: string, n = 2): Promise<number> {
	const [g] = await db
		.insert(goals)
		.values({ slug: `${title.toLowerCase().replace(/[^a-z]+/g, '-')}-${++seq}`, title })
		.returning();
	await db.insert(goalStatements).values(
		Array.from({ length: n }, (_, i) => ({
			goalId: g.id,
			text: `${title}: påstand ${i + 1}`,
			position: i
		}))
	);
	return g.id;
}
