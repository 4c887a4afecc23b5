import { describe, expect, it } from 'vitest';
import { programmeSchema, taskSchema } from './programmes';

describe('programme and task dates', () => {
	it('refuse a day that does not exist (it reached the database as a 500)', () => {
		const task = { title: 'Oppgave', description: '', eventId: '', version: 0 };
		expect(taskSchema.safeParse({ ...task, dueOn: '2027-02-30' }).success).toBe(false);
		expect(taskSchema.safeParse({ ...task, dueOn: '2027-02-28' }).success).toBe(true);
		const programme = {
			name: 'Program',
			slug: '',
			kind: 'pilot',
			status: 'utkast',
			lead: '',
			description: '',
			endsOn: '',
			owners: '',
			applicationsReported: '',
			version: 0
		};
		const bad = programmeSchema.safeParse({ ...programme, startsOn: '2027-13-01' });
		expect(bad.success).toBe(false);
		expect(bad.error?.issues[0].message).toBe('Skriv startdatoen som 2027-09-01');
		expect(programmeSchema.safeParse({ ...programme, startsOn: '2027-09-01' }).success).toBe(true);
	});
});
