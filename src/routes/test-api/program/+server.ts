import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { requireTestMode } from '$lib/server/test-mode';
import { db } from '$lib/server/db/client';
import { countyChapters } from '$lib/server/geo/schema';
import { programmeChapters, programmes } from '$lib/server/programmes/schema';
import type { RequestHandler } from './$types';

/** Test mode only: a regional programme run by a county chapter (slug, default vestland). */
export const POST: RequestHandler = async ({ request }) => {
	requireTestMode();
	const body = (await request.json().catch(() => ({}))) as { chapter?: string; name?: string };
	const [chapter] = await db
		.select()
		.from(countyChapters)
		.where(eq(countyChapters.slug, body.chapter ?? 'vestland'));
	const slug = `testprogram-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
	const [p] = await db
		.insert(programmes)
		.values({
			slug,
			name: body.name ?? 'Regionalt testprogram',
			kind: 'regionalt',
			status: 'planlagt'
		})
		.returning();
	if (chapter)
		await db.insert(programmeChapters).values({ programmeId: p.id, chapterId: chapter.id });
	return json({ id: p.id, slug });
};
