import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import {
	deletePerson,
	getPerson,
	listPeopleAdmin,
	movePerson,
	restorePerson,
	savePerson
} from './people.admin';
import { deleteFaq, getFaq, listFaqAdmin, moveFaq, restoreFaq, saveFaq } from './faq.admin';
import { EditConflictError, listVersions, reorder } from './editing';
import { peopleByGroup } from './people.service';
import { faqByTopic } from './faq.service';
import { createEditor } from './test-editor';
import type { FaqInput, PersonInput } from '$lib/forms/content';

let editor: Actor;
const person = (over: Partial<PersonInput> = {}): PersonInput => ({
	name: 'Kari',
	role: '',
	organisation: '',
	email: '',
	grouping: 'Prosjektledelse',
	version: 0,
	...over
});
const question = (over: Partial<FaqInput> = {}): FaqInput => ({
	question: 'Hva?',
	answer: 'Svar.',
	topic: 'Generelt',
	version: 0,
	...over
});

const publicPeople = async () =>
	(await peopleByGroup()).map((g) => [g.heading, g.members.map((m) => m.name)]);
const publicFaq = async () =>
	(await faqByTopic()).map((t) => [t.topic, t.entries.map((e) => e.question)]);

beforeAll(async () => {
	editor = await createEditor();
});

describe('reordering', () => {
	it('swaps neighbours and keeps the positions the siblings had', () => {
		const rows = [
			{ id: 1, position: 2 },
			{ id: 2, position: 5 },
			{ id: 3, position: 9 }
		];
		expect(reorder(rows, 3, 'opp')).toEqual([
			{ id: 3, position: 5 },
			{ id: 2, position: 9 }
		]);
		expect(reorder(rows, 1, 'ned')).toEqual([
			{ id: 2, position: 2 },
			{ id: 1, position: 5 }
		]);
		expect(reorder(rows, 1, 'opp')).toBeNull();
		expect(reorder(rows, 3, 'ned')).toBeNull();
		expect(reorder(rows, 42, 'opp')).toBeNull();
		// ties are untied in the order given
		expect(
			reorder(
				[
					{ id: 1, position: 0 },
					{ id: 2, position: 0 },
					{ id: 3, position: 0 }
				],
				3,
				'opp'
			)
		).toEqual([
			{ id: 3, position: 1 },
			{ id: 2, position: 2 }
		]);
	});
});

describe('people on the editorial desk', () => {
	it('adds people last, moves them within their group and the public list follows', async () => {
		const kari = await savePerson(editor, null, person({ name: 'Kari' }));
		const ola = await savePerson(editor, null, person({ name: 'Ola' }));
		await savePerson(editor, null, person({ name: 'Per', grouping: 'Styringsgruppe' }));
		const anne = await savePerson(editor, null, person({ name: 'Anne' }));
		expect(await publicPeople()).toEqual([
			['Prosjektledelse', ['Kari', 'Ola', 'Anne']],
			['Styringsgruppe', ['Per']]
		]);
		expect(await movePerson(editor, anne, 'opp')).toBe(true);
		expect(await movePerson(editor, anne, 'opp')).toBe(true);
		expect(await movePerson(editor, anne, 'opp')).toBe(false);
		expect(await movePerson(editor, kari, 'ned')).toBe(true);
		expect(await publicPeople()).toEqual([
			['Prosjektledelse', ['Anne', 'Ola', 'Kari']],
			['Styringsgruppe', ['Per']]
		]);
		const [moved] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'person.flyttet-ned'), eq(auditLog.entityId, String(kari))));
		expect(moved.summary).toBe('Flyttet «Kari» ned');
		expect((await getPerson(editor, ola))?.version).toBe(1);
		expect((await listPeopleAdmin(editor, { q: 'styring' })).map((g) => g.heading)).toEqual([
			'Styringsgruppe'
		]);
	});

	it('edits with optimistic locking, keeps versions, restores and deletes', async () => {
		const id = await savePerson(editor, null, person({ name: 'Lise', email: 'lise@example.no' }));
		await savePerson(editor, id, person({ name: 'Lise Li', role: 'Rådgiver', version: 1 }));
		await expect(
			savePerson(editor, id, person({ name: 'Lise L', version: 1 }))
		).rejects.toBeInstanceOf(EditConflictError);
		expect((await getPerson(editor, id))?.name).toBe('Lise Li');
		expect((await getPerson(editor, id))?.email).toBeNull();
		await restorePerson(editor, id, 1);
		expect((await getPerson(editor, id))?.email).toBe('lise@example.no');
		expect((await listVersions(editor, 'person', id)).map((v) => v.note)).toEqual([
			'Gjenopprettet fra versjon 1',
			'Lagret',
			'Opprettet'
		]);
		await expect(deletePerson(editor, id, 1)).rejects.toBeInstanceOf(EditConflictError);
		await deletePerson(editor, id, 3);
		expect(await getPerson(editor, id)).toBeNull();
	});
});

describe('questions and answers on the editorial desk', () => {
	it('orders questions within a topic and the public page follows', async () => {
		const a = await saveFaq(editor, null, question({ question: 'Hvem kan søke?' }));
		const b = await saveFaq(editor, null, question({ question: 'Når er fristen?' }));
		await saveFaq(editor, null, question({ question: 'Hva koster det?', topic: 'Økonomi' }));
		expect(await moveFaq(editor, b, 'opp')).toBe(true);
		expect(await publicFaq()).toEqual([
			['Generelt', ['Når er fristen?', 'Hvem kan søke?']],
			['Økonomi', ['Hva koster det?']]
		]);
		expect(await moveFaq(editor, a, 'ned')).toBe(false);
		expect((await listFaqAdmin(editor, { topic: 'Økonomi' })).map((g) => g.heading)).toEqual([
			'Økonomi'
		]);
		expect((await listFaqAdmin(editor, { q: 'fristen' }))[0].items.map((i) => i.id)).toEqual([b]);
	});

	it('edits with optimistic locking, refuses images without alt text, restores and deletes', async () => {
		const id = await saveFaq(editor, null, question({ question: 'Første?' }));
		await expect(
			saveFaq(editor, id, question({ answer: '![](https://example.org/x.png)', version: 1 }))
		).rejects.toThrow(/alternativ tekst/);
		await saveFaq(editor, id, question({ question: 'Andre?', version: 1 }));
		await expect(saveFaq(editor, id, question({ version: 1 }))).rejects.toBeInstanceOf(
			EditConflictError
		);
		await restoreFaq(editor, id, 1);
		expect((await getFaq(editor, id))?.question).toBe('Første?');
		await deleteFaq(editor, id, 3);
		expect(await getFaq(editor, id)).toBeNull();
	});
});
