/**
 * Defence in depth (issue 9): user administration and the audit log refuse, in the service
 * itself, anyone who is not an administrator — an anonymous caller (as if the route guard had
 * been walked around) and a signed-in member or editor alike — and nothing changes.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog, chapterLeaders, municipalityMembers, sessions, users } from './schema';
import { mailMessages } from '../mail/schema';
import { countyChapters } from '../geo/schema';
import type { Actor } from './actor';
import { ForbiddenError } from '../errors';
import { authorize, can } from './permissions';
import { listAudit } from './audit';
import {
	addScopedRole,
	getUser,
	inviteUser,
	listUsers,
	pendingInvitations,
	removeChapterRole,
	removeMembership,
	setActive,
	setGlobalRole,
	signOutUserEverywhere
} from './users.service';
import { createSession } from './sessions';
import { actorOf, member } from '../fremtidsbilde/testing';
import { adminOverview } from '../admin-overview';

const anonymous = null as unknown as Actor;
let admin: Actor;
let editor: Actor;
let plain: Actor;
let target: Actor;
let chapterId: number;

/** Everything a refused call could have changed, to compare before and after. */
async function snapshot() {
	const [u] = await db.select().from(users).where(eq(users.id, target.id));
	const [[a], [m], [s], [c], [mm]] = await Promise.all([
		db.select({ n: count() }).from(auditLog),
		db.select({ n: count() }).from(mailMessages),
		db.select({ n: count() }).from(sessions).where(eq(sessions.userId, target.id)),
		db.select({ n: count() }).from(chapterLeaders).where(eq(chapterLeaders.userId, target.id)),
		db
			.select({ n: count() })
			.from(municipalityMembers)
			.where(eq(municipalityMembers.userId, target.id))
	]);
	return {
		globalRole: u.globalRole,
		isActive: u.isActive,
		audit: a.n,
		mail: m.n,
		sessions: s.n,
		chapters: c.n,
		memberships: mm.n
	};
}

// Refusals are logged as security events (console.error); keep the test output readable.
beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
	vi.restoreAllMocks();
});

beforeAll(async () => {
	admin = await member(null, 'medlem', null, { globalRole: 'admin' });
	editor = await member(null, 'medlem', null, { globalRole: 'redaktor' });
	plain = await member('5053');
	target = await member('5053');
	const [c] = await db.select().from(countyChapters).limit(1);
	chapterId = c.id;
	await db.insert(chapterLeaders).values({ userId: target.id, chapterId });
	target = await actorOf(target.id);
	await createSession(target.id, 'test');
});

/** Every user-administration use case, as a call with the given actor. */
const calls: [string, (a: Actor) => Promise<unknown>][] = [
	['setGlobalRole', (a) => setGlobalRole(a, target.id, 'admin')],
	['addScopedRole', (a) => addScopedRole(a, target.id, { kind: 'redaktor' })],
	['removeChapterRole', (a) => removeChapterRole(a, target.id, chapterId)],
	['removeMembership', (a) => removeMembership(a, target.id, '5053')],
	['setActive (off)', (a) => setActive(a, target.id, false)],
	['signOutUserEverywhere', (a) => signOutUserEverywhere(a, target.id)],
	['inviteUser', (a) => inviteUser(a, { email: 'ny@example.no', role: { kind: 'admin' } })],
	['listUsers', (a) => listUsers(a)],
	['getUser', (a) => getUser(a, target.id)],
	['pendingInvitations', (a) => pendingInvitations(a)],
	['listAudit', (a) => listAudit(a, {})]
];

describe('user administration refuses anyone but an administrator', () => {
	for (const [name, call] of calls) {
		it(`${name}: anonymous, member and editor are refused and nothing changes`, async () => {
			const before = await snapshot();
			for (const who of [anonymous, plain, editor]) {
				await expect(call(who)).rejects.toBeInstanceOf(ForbiddenError);
			}
			expect(await snapshot()).toEqual(before);
		});
	}

	it('a refusal is a security event in the log: action, subject and who, nothing else', async () => {
		const warn = vi.spyOn(console, 'error');
		warn.mockClear();
		await expect(setGlobalRole(anonymous, target.id, 'admin')).rejects.toThrow(ForbiddenError);
		await expect(setGlobalRole(plain, target.id, 'admin')).rejects.toThrow(ForbiddenError);
		const lines = warn.mock.calls.map((c) => String(c[0]));
		expect(lines[0]).toContain('WARN security: refused');
		expect(lines[0]).toContain('"action":"bruker.rolle"');
		expect(lines[0]).toContain(`"subject":${target.id}`);
		expect(lines[0]).toContain('"actor":"anonym"');
		expect(lines[1]).toContain(`"actor":${plain.id}`);
	});

	it('authorize refuses a missing actor even when the rule says yes', () => {
		expect(() => authorize(null, true, 'test')).toThrow(ForbiddenError);
		expect(() => authorize(undefined, () => true, 'test')).toThrow(ForbiddenError);
		expect(() => authorize(admin, can.manageUsers, 'test')).not.toThrow();
	});

	it('the admin front page is for staff: anonymous and members are refused', async () => {
		for (const who of [anonymous, plain])
			await expect(adminOverview(who)).rejects.toBeInstanceOf(ForbiddenError);
		expect((await adminOverview(editor)).content).toBeDefined();
	});

	it('a person may read their own account, not somebody else’s', async () => {
		expect((await getUser(plain, plain.id))?.user.id).toBe(plain.id);
		await expect(getUser(plain, target.id)).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('a coordinator may invite into their own group only', async () => {
		const coordinator = await member('5053', 'koordinator');
		const kommune = (nr: string) => ({
			kind: 'kommune' as const,
			municipalityNumber: nr,
			role: 'medlem' as const
		});
		await inviteUser(coordinator, { email: 'gruppe@example.no', role: kommune('5053') });
		for (const role of [kommune('0301'), { kind: 'admin' as const }])
			await expect(
				inviteUser(coordinator, { email: 'utenfor@example.no', role })
			).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('an administrator changes roles, audited and mailed to the person', () => {
	const mailsTo = async (email: string) =>
		db.select().from(mailMessages).where(eq(mailMessages.to, email));

	it('setGlobalRole', async () => {
		await setGlobalRole(admin, target.id, 'redaktor');
		const [u] = await db.select().from(users).where(eq(users.id, target.id));
		expect(u.globalRole).toBe('redaktor');
		const [row] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'bruker.rolle'), eq(auditLog.entityId, String(target.id))));
		expect(row.actorId).toBe(admin.id);
		const mails = await mailsTo(target.email);
		expect(mails.at(-1)?.template).toBe('roleChanged');
		expect(mails.at(-1)?.text).toContain('redaktør');
	});

	it('addScopedRole, removeChapterRole and removeMembership each mail the person', async () => {
		const before = (await mailsTo(target.email)).length;
		await addScopedRole(admin, target.id, { kind: 'fylkesleder', chapterId });
		await removeChapterRole(admin, target.id, chapterId);
		await removeMembership(admin, target.id, '5053');
		const mails = (await mailsTo(target.email)).slice(before);
		expect(mails.map((m) => m.template)).toEqual(['roleChanged', 'roleChanged', 'roleChanged']);
		expect(mails[2].text).toContain('kommunegruppen');
		const audits = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'bruker.rolle'), eq(auditLog.entityId, String(target.id))));
		expect(audits.every((a) => a.actorId === admin.id)).toBe(true);
		expect(audits.length).toBe(4);
	});

	it('the administrator still reads users, invitations and the log', async () => {
		expect((await listUsers(admin)).users.length).toBeGreaterThan(3);
		expect(await pendingInvitations(admin)).toBeInstanceOf(Array);
		expect((await listAudit(admin, {})).total).toBeGreaterThan(0);
	});
});
