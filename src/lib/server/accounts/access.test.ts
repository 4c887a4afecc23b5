import { describe, expect, it } from 'vitest';
import { decideAccess } from './access';
import type { Actor } from './actor';
import { can } from './permissions';

const actor = (over: Partial<Actor>): Actor => ({
	id: 1,
	name: 'X',
	email: 'x@example.no',
	organisation: '',
	globalRole: null,
	chapterIds: [],
	chapterCounties: [],
	memberships: [],
	...over
});

const admin = actor({ globalRole: 'admin' });
const editor = actor({ globalRole: 'redaktor' });
const chapter = actor({ chapterIds: [3], chapterCounties: ['50'] });
const member = actor({ memberships: [{ municipalityNumber: '5001', role: 'medlem' }] });
const coordinator = actor({ memberships: [{ municipalityNumber: '5001', role: 'koordinator' }] });
const nobody = actor({});

describe('route access', () => {
	it('sends anonymous visitors to sign in and leaves public pages open', () => {
		expect(decideAccess('/admin', null).kind).toBe('login');
		expect(decideAccess('/min-side', null).kind).toBe('login');
		expect(decideAccess('/nyheter', null).kind).toBe('open');
		expect(decideAccess('/administrasjon-er-ikke-admin', null).kind).toBe('open');
	});

	it.each([
		['/admin/brukere', [admin], [editor, chapter, member, nobody]],
		['/admin/logg', [admin], [editor, chapter]],
		['/admin/nyheter/3', [admin, editor], [chapter, member, coordinator, nobody]],
		['/admin', [admin, editor, chapter], [member, coordinator, nobody]],
		['/forhandsvisning/nyhet/1', [admin, editor], [chapter, member]],
		['/kommuner/5001/fremtidsbilde', [admin, editor, chapter, member, coordinator], [nobody]],
		['/kommuner/0301/fremtidsbilde', [admin, editor], [chapter, member, coordinator, nobody]],
		['/min-side', [admin, member, nobody], []]
	])('%s', (path, yes, no) => {
		for (const a of yes) expect(decideAccess(path, a).kind).toBe('allowed');
		for (const a of no) expect(decideAccess(path, a).kind).toBe('forbidden');
	});

	it('separates taking part, coordinating and overseeing a municipality', () => {
		expect(can.coordinate(coordinator, '5001')).toBe(true);
		expect(can.coordinate(member, '5001')).toBe(false);
		expect(can.participate(member, '5001')).toBe(true);
		expect(can.participate(member, '5002')).toBe(false);
		expect(can.oversee(chapter, '5001')).toBe(true);
		expect(can.oversee(chapter, '0301')).toBe(false);
	});
});
