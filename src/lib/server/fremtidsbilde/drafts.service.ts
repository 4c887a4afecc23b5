/**
 * Drafts of long texts, saved while a member types (with JavaScript) so nothing is lost to a
 * closed tab or a dropped connection. Personal until the form is saved; then removed. The
 * cleanup job deletes drafts nobody came back to within DRAFT_DAYS.
 */
import { and, eq, lt } from 'drizzle-orm';
import { db } from '../db/client';
import { drafts } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/permissions';
import { clean } from '$lib/forms/fields';
import { now } from '../clock';
import { InvalidError } from '../errors';
import { assertTakePart } from './guards';

export const DRAFT_DAYS = 30;
export const DRAFT_MAX = 20_000;

/** malbilde:12, gap:12, tiltak:ny, tiltak:7, logg:ny, logg:3, konklusjon:4-2, historie:ny … */
const KEY = /^[a-z]{2,12}:[a-z0-9-]{1,24}$/;

export async function saveDraft(actor: Actor, nr: string, key: string, text: string) {
	assertTakePart(actor, nr);
	return storeDraft(actor, nr, key, text);
}

/**
 * Stores a draft for a caller that has checked access itself (the municipal workspace above,
 * programme applications keyed `soknad:<id>-<field>`).
 */
export async function storeDraft(actor: Actor, nr: string, key: string, text: string) {
	authorize(actor, true, 'utkast.lagre', nr);
	if (!KEY.test(key)) throw new InvalidError('problems.unknownField');
	if (text.length > DRAFT_MAX) throw new InvalidError('problems.draftTooLong', { max: DRAFT_MAX });
	const at = now();
	await db
		.insert(drafts)
		.values({ userId: actor.id, municipalityNumber: nr, key, text: clean(text), updatedAt: at })
		.onConflictDoUpdate({
			target: [drafts.userId, drafts.municipalityNumber, drafts.key],
			set: { text: clean(text), updatedAt: at }
		});
	return at;
}

export async function clearDraft(actor: Actor, nr: string, key: string) {
	authorize(actor, true, 'utkast.slett', nr);
	await db
		.delete(drafts)
		.where(
			and(eq(drafts.userId, actor.id), eq(drafts.municipalityNumber, nr), eq(drafts.key, key))
		);
}

export type DraftMap = Record<string, { text: string; savedAt: Date }>;

/** The signed-in person's drafts in this workspace, by key. */
export async function draftsFor(actor: Actor, nr: string): Promise<DraftMap> {
	authorize(actor, true, 'utkast.les', nr);
	const rows = await db
		.select()
		.from(drafts)
		.where(and(eq(drafts.userId, actor.id), eq(drafts.municipalityNumber, nr)));
	return Object.fromEntries(rows.map((r) => [r.key, { text: r.text, savedAt: r.updatedAt }]));
}

export async function deleteOldDrafts() {
	const before = new Date(now().getTime() - DRAFT_DAYS * 24 * 60 * 60_000);
	await db.delete(drafts).where(lt(drafts.updatedAt, before));
}
