/** County chapters register interest in running a regional programme; programme staff read it. */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { countyChapters } from '../geo/schema';
import type { Actor } from '../accounts/actor';
import { authorize, can, isEditor } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { FieldError } from '../errors';
import { now } from '../clock';
import { chapterInterests } from './calls-schema';
import type { InterestInput } from '$lib/forms/programmes';

/** The chapters the person may register for: their own (editors: every chapter). */
export async function interestChapters(actor: Actor) {
	authorize(actor, can.useAdmin, 'interesse.avdelinger');
	const own = actor.chapterIds;
	const rows = await db.select().from(countyChapters).orderBy(asc(countyChapters.name));
	return isEditor(actor) ? rows : rows.filter((c) => own.includes(c.id));
}

export async function registerInterest(actor: Actor, input: InterestInput) {
	authorize(actor, can.useAdmin, 'interesse.meld');
	const chapters = await interestChapters(actor);
	if (!chapters.some((c) => c.id === input.chapterId))
		throw new FieldError('chapterId', 'problems.programmes.interestChapter');
	await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(chapterInterests)
			.values({ ...input, createdBy: actor.id, createdAt: now() })
			.returning();
		await recordAudit(tx, actor, {
			action: 'program.interesse',
			entityType: 'interesse',
			entityId: row.id,
			summary: storedText('admin.auditLog.interest', { period: input.period }),
			after: row
		});
	});
}

/** Editors see every registration, chapter leaders their own chapters'. */
export async function listInterests(actor: Actor) {
	authorize(actor, can.useAdmin, 'interesse.liste');
	const own = actor.chapterIds.concat(0);
	const q = db
		.select({
			id: chapterInterests.id,
			chapter: countyChapters.name,
			period: chapterInterests.period,
			municipalities: chapterInterests.municipalities,
			contactName: chapterInterests.contactName,
			contactEmail: chapterInterests.contactEmail,
			comments: chapterInterests.comments,
			createdAt: chapterInterests.createdAt
		})
		.from(chapterInterests)
		.innerJoin(countyChapters, eq(countyChapters.id, chapterInterests.chapterId));
	return (isEditor(actor) ? q : q.where(inArray(chapterInterests.chapterId, own))).orderBy(
		desc(chapterInterests.createdAt)
	);
}
