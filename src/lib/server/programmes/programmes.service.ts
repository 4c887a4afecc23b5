/**
 * Programmes: finding one and checking who may run it. Calls, applications, review, the
 * cohort and between-work build on these.
 */
import { eq } from 'drizzle-orm';
import { error } from '@sveltejs/kit';
import { db } from '../db/client';
import type { Actor } from '../accounts/actor';
import { can } from '../accounts/permissions';
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

/** A programme staff may run, or a 404 (unknown) or 403 (someone else's) page. */
export async function managedProgramme(actor: Actor | null, slug: string): Promise<Programme> {
	const programme = await programmeBySlug(slug);
	if (!programme) error(404, 'Fant ikke programmet.');
	if (!can.manageProgramme(actor, programme.chapterIds))
		error(403, 'Dette programmet drives av en annen fylkesavdeling.');
	return programme;
}
