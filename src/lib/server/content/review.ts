/**
 * Approval of what contributors write: «Send til godkjenning» marks the item as waiting and
 * mails the editors (through the one mail queue, in the same transaction); an editor approves
 * it by publishing it (the mark goes) or sends it back with a comment (the contributor is
 * mailed).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client';
import { contentReviews, newsArticles, pages, resources } from './schema';
import { users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { render, siteUrl } from '../mail/layout';
import { kickMail, sendMails } from '../mail/send';
import { withLanguage } from '../i18n';
import { InvalidError, NotFoundError } from '../errors';
import { now } from '../clock';
import { m, t } from '$lib/i18n';
import type { EditableType } from './editing';

export type Review = typeof contentReviews.$inferSelect;

/** Where each kind's editor lives (bokmål address; mails localise it). */
export const EDITOR_BASE: Partial<Record<EditableType, string>> = {
	side: '/admin/sider',
	nyhet: '/admin/nyheter',
	ressurs: '/admin/ressurser'
};

const editorUrl = (type: EditableType, id: number) => siteUrl(`${EDITOR_BASE[type]}/${id}`);

async function titleOf(tx: DbOrTx, type: EditableType, id: number): Promise<string> {
	const table = type === 'side' ? pages : type === 'nyhet' ? newsArticles : resources;
	const [row] = await tx.select({ title: table.title }).from(table).where(eq(table.id, id));
	if (!row) throw new NotFoundError();
	return row.title;
}

export async function reviewOf(tx: DbOrTx, type: EditableType, id: number): Promise<Review | null> {
	const [row] = await tx
		.select()
		.from(contentReviews)
		.where(and(eq(contentReviews.entityType, type), eq(contentReviews.entityId, id)));
	return row ?? null;
}

/** Marks the item as waiting for approval and mails every active editor. */
export async function submitForReview(
	tx: DbOrTx,
	actor: Actor,
	type: EditableType,
	item: { id: number; title: string; version: number }
) {
	const at = now();
	const values = {
		entityType: type,
		entityId: item.id,
		state: 'venter' as const,
		submittedBy: actor.id,
		submittedByName: actor.name,
		submittedAt: at,
		comment: '',
		reviewedBy: null,
		reviewedByName: null,
		reviewedAt: null
	};
	await tx
		.insert(contentReviews)
		.values(values)
		.onConflictDoUpdate({
			target: [contentReviews.entityType, contentReviews.entityId],
			set: values
		});
	await recordAudit(tx, actor, {
		action: `${type}.sendt-til-godkjenning`,
		entityType: type,
		entityId: item.id,
		summary: storedText('workflow.audit.submitted', { title: item.title })
	});
	const editors = await tx
		.select({ email: users.email, name: users.name, lang: users.lang })
		.from(users)
		.where(and(inArray(users.globalRole, ['admin', 'redaktor']), eq(users.isActive, true)));
	await sendMails(
		tx,
		editors.map((e) => ({
			to: e.email,
			template: 'contentSubmitted',
			// One mail per editor per version sent.
			idempotencyKey: `review:${type}:${item.id}:${item.version}:${e.email}`,
			content: withLanguage(e.lang, () => {
				const w = m.workflow.mail.submitted;
				return render(t(w.subject, { title: item.title }), t(w.greeting, { name: e.name }), [
					{ p: t(w.body, { name: actor.name, title: item.title }) },
					{ button: { label: w.button, url: editorUrl(type, item.id) } }
				]);
			})
		}))
	);
}

/** The item was published: whatever waited for approval is approved. */
export async function closeReview(tx: DbOrTx, type: EditableType, id: number) {
	await tx
		.delete(contentReviews)
		.where(and(eq(contentReviews.entityType, type), eq(contentReviews.entityId, id)));
}

/** An editor sends a waiting item back to its contributor with a comment (mailed to them). */
export async function sendBack(actor: Actor, type: EditableType, id: number, comment: string) {
	authorize(actor, can.reviewContent, `${type}.send-tilbake`, id);
	const text = comment.trim();
	if (!text) throw new InvalidError('workflow.problems.commentMissing');
	if (text.length > 2000) throw new InvalidError('workflow.problems.commentTooLong');
	await db.transaction(async (tx) => {
		const [review] = await tx
			.select()
			.from(contentReviews)
			.where(and(eq(contentReviews.entityType, type), eq(contentReviews.entityId, id)))
			.for('update');
		if (!review || review.state !== 'venter') throw new NotFoundError('workflow.problems.noReview');
		const item = { title: await titleOf(tx, type, id) };
		const at = now();
		await tx
			.update(contentReviews)
			.set({
				state: 'sendt-tilbake',
				comment: text,
				reviewedBy: actor.id,
				reviewedByName: actor.name,
				reviewedAt: at
			})
			.where(eq(contentReviews.id, review.id));
		await recordAudit(tx, actor, {
			action: `${type}.sendt-tilbake`,
			entityType: type,
			entityId: id,
			summary: storedText('workflow.audit.sentBack', { title: item.title })
		});
		if (review.submittedBy === null) return;
		const [to] = await tx
			.select({ email: users.email, name: users.name, lang: users.lang })
			.from(users)
			.where(and(eq(users.id, review.submittedBy), eq(users.isActive, true)));
		if (!to) return;
		await sendMails(tx, [
			{
				to: to.email,
				template: 'contentSentBack',
				idempotencyKey: `review-back:${review.id}:${at.toISOString()}`,
				content: withLanguage(to.lang, () => {
					const w = m.workflow.mail.sentBack;
					return render(t(w.subject, { title: item.title }), t(w.greeting, { name: to.name }), [
						{ p: t(w.body, { name: actor.name, title: item.title }) },
						{ p: text },
						{ button: { label: w.button, url: editorUrl(type, id) } }
					]);
				})
			}
		]);
	});
	await kickMail();
}
