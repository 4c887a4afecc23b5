/**
 * For service tests: an editor (redaktør) — or, with `role: 'admin'`, an administrator, or with
 * `role: 'bidragsyter'`, a contributor — in the test database, as the Actor services expect.
 */
import { db } from '../db/client';
import { users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import type { TranslationInput } from './translations.admin';
import type { NewsInput, PageInput, ResourceInput } from '$lib/forms/content';
import { seoToForm } from './seo';

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

/** A news item's, page's or resource's form values for service tests: a draft, to be saved; `over` changes what the test needs. */
export const newsInput = (over: Partial<NewsInput> = {}): NewsInput => ({
	title: 'Nyhet',
	slug: '',
	lead: '',
	body: '',
	dateline: '',
	tags: '',
	readMoreUrl: '',
	readMoreLabel: '',
	version: 0,
	intent: 'lagre',
	publishAt: '',
	...seoToForm(null),
	...over
});
export const pageInput = (over: Partial<PageInput> = {}): PageInput => ({
	title: 'Side',
	menuTitle: '',
	slug: '',
	parentId: '',
	lead: '',
	body: '',
	showInMenu: false,
	linkUrl: '',
	listing: '',
	version: 0,
	intent: 'lagre',
	publishAt: '',
	...seoToForm(null),
	...over
});
export const resourceInput = (over: Partial<ResourceInput> = {}): ResourceInput => ({
	kind: 'rapport',
	title: 'Rapport',
	slug: '',
	description: '',
	year: '',
	url: '',
	fileId: '',
	videoUrl: '',
	videoUrlSubtitled: '',
	duration: '',
	transcript: '',
	featured: false,
	version: 0,
	intent: 'lagre',
	publishAt: '',
	...seoToForm(null),
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
