/**
 * Audit summaries and content versions' notes are stored as catalogue messages (key and values)
 * and shown in the reader's language; rows written before that (plain text) still read.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog } from './schema';
import { listAudit, recordAudit, shownText, storedText } from './audit';
import { withLanguage } from '../i18n';
import { makeActor } from '../events/test-support';
import { listVersions, saveVersion } from '../content/editing';

describe('stored summaries', () => {
	it('are kept as their message and read in the reader’s language', async () => {
		const admin = await makeActor('admin');
		await recordAudit(db, admin, {
			action: 'test.flyttet',
			entityType: 'test-sprak',
			entityId: 1,
			summary: [
				storedText('admin.auditLog.registrationMoved', {
					id: 7,
					to: storedText('admin.auditLog.toWaitlisted'),
					title: 'Vårsamling'
				}),
				storedText('admin.auditLog.promoted', { count: 2 })
			]
		});
		const [row] = await db.select().from(auditLog).where(eq(auditLog.entityType, 'test-sprak'));
		// The text column has the bokmål text (searched, and what older code reads)
		expect(row.summary).toBe(
			'Flyttet påmelding 7 til ventelisten i «Vårsamling»; 2 fikk plass fra ventelisten'
		);
		const shown = async (lang: 'nb' | 'nn' | 'en') =>
			withLanguage(lang, async () => {
				const { entries } = await listAudit(admin, { entityType: 'test-sprak' });
				return entries.map((e) => e.summary);
			});
		expect(await shown('en')).toEqual([
			'Moved registration 7 to the waiting list in “Vårsamling”; 2 given a place from the waiting list'
		]);
		expect((await shown('nn'))[0]).toContain('ventelista');
		expect(await shown('nb')).toEqual([row.summary]);
	});

	it('written as plain text before (or by older code) read as that text', async () => {
		const admin = await makeActor('admin');
		await db.insert(auditLog).values({
			action: 'gammel',
			entityType: 'test-gammel',
			summary: 'Endret noe for lenge siden'
		});
		await recordAudit(db, admin, {
			action: 'ren-tekst',
			entityType: 'test-gammel',
			summary: 'Ren tekst'
		});
		const { entries } = await withLanguage('en', () =>
			listAudit(admin, { entityType: 'test-gammel' })
		);
		expect(entries.map((e) => e.summary).sort()).toEqual([
			'Endret noe for lenge siden',
			'Ren tekst'
		]);
		// A stored message whose key the catalogue no longer has falls back to the text
		expect(shownText([{ key: 'admin.nope' }], 'Lagret', 'en')).toBe('Lagret');
	});

	it('version notes are read in the editor’s language', async () => {
		const editor = await makeActor('redaktor');
		const row = { id: 424242, version: 3, title: 'Side' };
		await saveVersion(
			db,
			'side',
			row,
			editor,
			storedText('admin.versionNote.restored', { version: 2 })
		);
		await saveVersion(db, 'side', { ...row, version: 4 }, editor, 'Skrevet som tekst');
		const notes = (lang: 'nb' | 'en') =>
			withLanguage(lang, async () =>
				(await listVersions(editor, 'side', row.id)).map((v) => v.note)
			);
		expect(await notes('en')).toEqual(['Skrevet som tekst', 'Restored from version 2']);
		expect(await notes('nb')).toEqual(['Skrevet som tekst', 'Gjenopprettet fra versjon 2']);
	});
});
