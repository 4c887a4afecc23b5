/**
 * Programmes: finding one (route-kit.ts checks who may run it). Calls, applications, review, the
 * cohort and between-work build on these.
 */
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { programmeChapters, programmes } from './schema';

export type Programme = typeof programmes.$inferSelect & { chapterIds: number[] };

export async function programmeBySlug(slug: string): Promise<Programme | null> {
	const [row] = await db.select().from(programmes).where(eq(programmes.slug, slug)).limit(1);
	return row ? withChapters(row) : null;
}

export async function programmeById(id: number): Promise<Programme | null> {
	const [row] = await db.select().from(programmes).where(eq(programmes.id, id)).limit(1);
	return row ? withChapters(row) : null;
}

async function withChapters(row: typeof programmes.$inferSelect): Promise<Programme> {
	const chapters = await db
		.select({ id: programmeChapters.chapterId })
		.from(programmeChapters)
		.where(eq(programmeChapters.programmeId, row.id));
	return { ...row, chapterIds: chapters.map((c) => c.id) };
}
