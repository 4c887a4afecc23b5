/**
 * For service tests: an editor (redaktør) — or, with `role: 'admin'`, an administrator, or with
 * `role: 'bidragsyter'`, a contributor — in the test database, as the Actor services expect.
 */
import { db } from '../db/client';
import { users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import type { TranslationInput } from './translations.admin';

/** A translation form's values for service tests: published, with a title and a body. */
export const translationInput = (over: Partial<TranslationInput> = {}): TranslationInput => ({
	title: 'Tittel',
	menuTitle: '',
	lead: '',
	body: 'Tekst',
	version: 0,
	intent: 'publiser',
	...over
});

export async function createEditor(
	name = 'Rita Redaktør',
	role: 'redaktor' | 'admin' | 'bidragsyter' = 'redaktor'
): Promise<Actor> {
	const [u] = await db
		.insert(users)
		.values({
			email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}-${Math.random().toString(36).slice(2, 8)}@example.no`,
			name,
			globalRole: role
		})
		.returning();
	return {
		id: u.id,
		name: u.name,
		email: u.email,
		organisation: '',
		globalRole: role,
		chapterIds: [],
		chapterCounties: [],
		memberships: []
	};
}
