/** Own account (min side) and user administration (invite, change role, deactivate). */
import { and, asc, count, desc, eq, gt, ilike, isNull, ne, or, sql } from 'drizzle-orm';
import { db } from '../db/client';
import {
	auditLog,
	authTokens,
	chapterLeaders,
	municipalGroupRole,
	municipalityMembers,
	sessions,
	users
} from './schema';
import { contentVersions } from '../content/schema';
import { countyChapters, municipalities } from '../geo/schema';
import type { Actor, MunicipalRole } from './actor';
import { hashPassword, normaliseEmail, verifyPassword } from './passwords';
import { invalidateUserSessions, createSession } from './sessions';
import { DELETED_ACTOR, recordAudit, storedText } from './audit';
import { consumeAuthToken, createAuthToken, peekAuthToken } from './tokens';
import { kickMail, sendMail } from '../mail/send';
import { templates } from '../mail/templates';
import { config } from '../config';
import { now } from '../clock';
import { ServiceError, InvalidError, FieldError, NotFoundError } from '../errors';
import { authorize, can } from './permissions';
import { mailRoleChange, roleChange } from './role-mail';
import { currentLang, m, pathIn, type Lang } from '$lib/i18n';
import { withLanguage } from '../i18n';

export { ServiceError };

// ——— Min side ———

export async function updateProfile(
	actor: Actor,
	input: { name: string; email: string; organisation: string }
) {
	const email = normaliseEmail(input.email);
	await db.transaction(async (tx) => {
		const [taken] = await tx
			.select({ id: users.id })
			.from(users)
			.where(and(eq(users.email, email), ne(users.id, actor.id)));
		if (taken) throw new FieldError('email', 'problems.accounts.emailTaken');
		const [before] = await tx.select().from(users).where(eq(users.id, actor.id));
		const [after] = await tx
			.update(users)
			.set({ name: input.name, email, organisation: input.organisation, updatedAt: now() })
			.where(eq(users.id, actor.id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'profil.endret',
			entityType: 'bruker',
			entityId: actor.id,
			summary: storedText('admin.auditLog.profileChanged'),
			before,
			after
		});
	});
}

export async function changePassword(
	actor: Actor,
	current: string,
	next: string,
	keepSessionId: string
) {
	const [user] = await db.select().from(users).where(eq(users.id, actor.id));
	if (!(await verifyPassword(user?.passwordHash ?? null, current)) && user?.passwordHash)
		throw new FieldError('current', 'problems.accounts.currentPasswordWrong');
	const passwordHash = await hashPassword(next);
	await db.transaction(async (tx) => {
		await tx.update(users).set({ passwordHash, updatedAt: now() }).where(eq(users.id, actor.id));
		await recordAudit(tx, actor, {
			action: 'passord.endret',
			entityType: 'bruker',
			entityId: actor.id,
			summary: storedText('admin.auditLog.passwordChanged')
		});
		await sendMail(tx, {
			to: actor.email,
			template: 'passwordChanged',
			content: withLanguage(user?.lang, () => templates.passwordChanged({ name: actor.name }))
		});
	});
	await kickMail();
	await invalidateUserSessions(actor.id, keepSessionId);
}

/** What deleting an account removes, shown before the person confirms. */
export function accountDeletionEffects(): string[] {
	const x = m.app.mine;
	return [x.deletesDetails, x.deletesSessions, x.deletesRoles, x.deletesName];
}

export async function deleteOwnAccount(actor: Actor, password: string) {
	const [user] = await db.select().from(users).where(eq(users.id, actor.id));
	if (!user) return;
	if (user.passwordHash && !(await verifyPassword(user.passwordHash, password)))
		throw new FieldError('password', 'problems.accounts.passwordWrong');
	if (user.globalRole === 'admin') {
		const [{ n }] = await db
			.select({ n: count() })
			.from(users)
			.where(and(eq(users.globalRole, 'admin'), eq(users.isActive, true)));
		if (n <= 1) throw new InvalidError('problems.accounts.onlyAdmin');
	}
	await db.transaction(async (tx) => {
		await sendMail(tx, {
			to: user.email,
			template: 'accountDeleted',
			content: withLanguage(user.lang, () => templates.accountDeleted({ name: user.name }))
		});
		await tx
			.update(auditLog)
			.set({ actorName: DELETED_ACTOR })
			.where(eq(auditLog.actorId, user.id));
		// The version history does not keep the name either (content/editing.ts names it)
		await tx
			.update(contentVersions)
			.set({ authorName: DELETED_ACTOR })
			.where(eq(contentVersions.authorId, user.id));
		await recordAudit(tx, null, {
			action: 'bruker.slettet',
			entityType: 'bruker',
			entityId: user.id,
			summary: storedText('admin.auditLog.accountDeleted')
		});
		await tx.delete(users).where(eq(users.id, user.id));
	});
	await kickMail();
}

// ——— Administration ———

export type GrantedRole =
	| { kind: 'admin' }
	| { kind: 'redaktor' }
	| { kind: 'fylkesleder'; chapterId: number }
	| {
			kind: 'kommune';
			municipalityNumber: string;
			role: MunicipalRole;
			/** The place in the municipal group (fremtidsbilde); left as it is when absent. */
			groupRole?: MunicipalGroupRole | null;
			sector?: string | null;
	  }
	| { kind: 'ingen' };

/**
 * The role in words. When granting (`granting`), a county chapter or municipality that does
 * not exist is refused beside its field rather than left to fail in the database.
 */
export async function describeRole(role: GrantedRole, granting = false): Promise<string> {
	switch (role.kind) {
		case 'admin':
			return 'administrator';
		case 'redaktor':
			return 'redaktør';
		case 'fylkesleder': {
			const [c] = await db
				.select()
				.from(countyChapters)
				.where(eq(countyChapters.id, role.chapterId));
			if (!c && granting) throw new FieldError('chapterId', 'problems.accounts.chapterChoose');
			return `leder i fylkesavdeling ${c?.name ?? ''}`.trim();
		}
		case 'kommune': {
			const [k] = await db
				.select()
				.from(municipalities)
				.where(eq(municipalities.number, role.municipalityNumber));
			if (!k && granting)
				throw new FieldError('municipalityNumber', 'problems.accounts.municipalityChoose');
			const as = role.groupRole
				? ` (${m.fremtidsbilde.groupRoles[role.groupRole].toLowerCase()})`
				: '';
			return `${role.role === 'koordinator' ? 'koordinator' : 'medlem'} i kommunegruppen for ${k?.name ?? role.municipalityNumber}${as}`;
		}
		default:
			return 'bruker';
	}
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];
type MunicipalGroupRole = (typeof municipalGroupRole.enumValues)[number];

async function grantRole(tx: Tx, userId: number, role: GrantedRole) {
	if (role.kind === 'admin' || role.kind === 'redaktor')
		await tx
			.update(users)
			.set({ globalRole: role.kind, updatedAt: now() })
			.where(eq(users.id, userId));
	if (role.kind === 'fylkesleder')
		await tx
			.insert(chapterLeaders)
			.values({ userId, chapterId: role.chapterId })
			.onConflictDoNothing();
	if (role.kind === 'kommune') {
		const group =
			role.groupRole === undefined
				? {}
				: { groupRole: role.groupRole, sector: role.sector ?? null };
		await tx
			.insert(municipalityMembers)
			.values({ userId, municipalityNumber: role.municipalityNumber, role: role.role, ...group })
			.onConflictDoUpdate({
				target: [municipalityMembers.userId, municipalityMembers.municipalityNumber],
				set: { role: role.role, ...group }
			});
	}
}

export async function inviteUser(actor: Actor, input: { email: string; role: GrantedRole }) {
	authorize(actor, (a) => can.invite(a, input.role), 'bruker.inviter', input.role.kind);
	await db.transaction((tx) => queueInvitation(tx, actor, input));
	await kickMail();
}

/**
 * An invitation inside the caller's transaction (call `kickMail()` after the commit); the
 * idempotency key makes the mail exactly-once when the caller may run twice.
 */
export async function queueInvitation(
	tx: Tx,
	actor: Actor,
	input: { email: string; role: GrantedRole; idempotencyKey?: string; lang?: Lang }
) {
	// The caller decides who may invite (inviteUser, or a programme's admission); never nobody.
	authorize(actor, true, 'bruker.inviter', input.role.kind);
	const email = normaliseEmail(input.email);
	const roleText = await describeRole(input.role, true);
	const token = await createAuthToken(tx, 'invite', email, null, {
		role: input.role,
		invitedBy: actor.id
	});
	await sendMail(tx, {
		to: email,
		template: 'invitation',
		// In the language of the invitation's occasion (the inviter's page, or an application).
		content: withLanguage(input.lang ?? currentLang(), () =>
			templates.invitation({
				inviter: actor.name,
				roleText,
				url: config.origin + pathIn(input.lang ?? currentLang(), `/invitasjon/${token}`)
			})
		),
		idempotencyKey: input.idempotencyKey
	});
	await recordAudit(tx, actor, {
		action: 'bruker.invitert',
		entityType: 'invitasjon',
		entityId: email,
		summary: storedText('admin.auditLog.invited', { email, role: roleText }),
		after: { email, role: input.role }
	});
}

export async function invitationFor(token: string) {
	const row = await peekAuthToken(db, token, 'invite');
	if (!row) return null;
	const [existing] = await db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(eq(users.email, row.email));
	return {
		email: row.email,
		roleText: await describeRole(row.data.role as GrantedRole),
		existingName: existing?.name ?? null
	};
}

/** Accepting an invitation creates the account (or adds the role to an existing one) and signs in. */
export async function acceptInvitation(
	token: string,
	input: { name: string; password: string },
	device: string
) {
	const passwordHash = input.password ? await hashPassword(input.password) : null;
	const userId = await db.transaction(async (tx) => {
		const row = await consumeAuthToken(tx, token, 'invite');
		if (!row) return null;
		const role = row.data.role as GrantedRole;
		let [user] = await tx.select().from(users).where(eq(users.email, row.email));
		if (!user) {
			if (!passwordHash) throw new FieldError('password', 'problems.accounts.passwordChoose');
			[user] = await tx
				.insert(users)
				.values({ email: row.email, name: input.name, passwordHash })
				.returning();
		} else if (!user.isActive) {
			await tx.update(users).set({ isActive: true }).where(eq(users.id, user.id));
		}
		await grantRole(tx, user.id, role);
		await recordAudit(tx, user, {
			action: 'invitasjon.godtatt',
			entityType: 'bruker',
			entityId: user.id,
			summary: storedText('admin.auditLog.invitationAccepted', { email: user.email }),
			after: { role }
		});
		return user.id;
	});
	if (userId === null) return null;
	const { token: sessionToken, session } = await createSession(userId, device);
	return { token: sessionToken, expiresAt: session.expiresAt };
}

/** Users per page of /admin/brukere. */
export const USERS_PAGE_SIZE = 50;

/**
 * A page of users by name (filtered by name or e-mail in the database), with each one's roles
 * and the total that matched.
 */
export async function listUsers(actor: Actor, filter: { q?: string; page?: number } = {}) {
	authorize(actor, can.manageUsers, 'bruker.liste');
	const q = filter.q?.trim();
	const where = q ? or(ilike(users.name, `%${q}%`), ilike(users.email, `%${q}%`)) : undefined;
	const [{ total }] = await db.select({ total: count() }).from(users).where(where);
	const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
	const page = Math.min(Math.max(1, filter.page ?? 1), pages);
	const rows = await db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			organisation: users.organisation,
			globalRole: users.globalRole,
			isActive: users.isActive,
			lastLoginAt: users.lastLoginAt,
			createdAt: users.createdAt,
			chapters: sql<
				string[]
			>`coalesce((select array_agg(c.name order by c.name) from chapter_leaders cl join county_chapters c on c.id = cl.chapter_id where cl.user_id = ${users.id}), '{}')`,
			municipalities: sql<
				string[]
			>`coalesce((select array_agg(m.name || ' (' || mm.role || ')' order by m.name) from municipality_members mm join municipalities m on m.number = mm.municipality_number where mm.user_id = ${users.id}), '{}')`
		})
		.from(users)
		.where(where)
		.orderBy(asc(users.name), asc(users.id))
		.limit(USERS_PAGE_SIZE)
		.offset((page - 1) * USERS_PAGE_SIZE);
	return { users: rows, total, page, pages };
}

/** A user's account and roles: for administrators, and for the person themselves (min side). */
export async function getUser(actor: Actor, id: number) {
	authorize(actor, (a) => a.id === id || can.manageUsers(a), 'bruker.les', id);
	const [user] = await db.select().from(users).where(eq(users.id, id));
	if (!user) return null;
	const [chapters, memberships, sessionCount] = await Promise.all([
		db
			.select({ id: countyChapters.id, name: countyChapters.name })
			.from(chapterLeaders)
			.innerJoin(countyChapters, eq(countyChapters.id, chapterLeaders.chapterId))
			.where(eq(chapterLeaders.userId, id)),
		db
			.select({
				number: municipalities.number,
				name: municipalities.name,
				role: municipalityMembers.role
			})
			.from(municipalityMembers)
			.innerJoin(municipalities, eq(municipalities.number, municipalityMembers.municipalityNumber))
			.where(eq(municipalityMembers.userId, id)),
		db.select({ n: count() }).from(sessions).where(eq(sessions.userId, id))
	]);
	return { user, chapters, memberships, sessions: sessionCount[0].n };
}

async function assertNotLastAdmin(tx: Tx, userId: number) {
	const [{ n }] = await tx
		.select({ n: count() })
		.from(users)
		.where(and(eq(users.globalRole, 'admin'), eq(users.isActive, true), ne(users.id, userId)));
	if (n === 0) throw new InvalidError('problems.accounts.lastAdmin');
}

export async function setGlobalRole(
	actor: Actor,
	userId: number,
	role: 'admin' | 'redaktor' | 'bidragsyter' | null
) {
	authorize(actor, can.manageUsers, 'bruker.rolle', userId);
	await db.transaction(async (tx) => {
		const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
		if (!before) throw new NotFoundError('problems.accounts.userNotFound');
		if (before.globalRole === 'admin' && role !== 'admin') await assertNotLastAdmin(tx, userId);
		const [after] = await tx
			.update(users)
			.set({ globalRole: role, updatedAt: now() })
			.where(eq(users.id, userId))
			.returning();
		await recordAudit(tx, actor, {
			action: 'bruker.rolle',
			entityType: 'bruker',
			entityId: userId,
			summary: storedText('admin.auditLog.roleChanged', {
				email: before.email,
				role: role ?? storedText('admin.auditLog.noGlobalRole')
			}),
			before: { globalRole: before.globalRole },
			after: { globalRole: after.globalRole }
		});
		if (before.globalRole !== after.globalRole)
			await mailRoleChange(tx, before, actor, roleChange.globalRole(after.globalRole));
	});
	await kickMail();
}

export async function addScopedRole(actor: Actor, userId: number, role: GrantedRole) {
	authorize(actor, can.manageUsers, 'bruker.rolle', userId);
	const roleText = await describeRole(role, true);
	await db.transaction(async (tx) => {
		const [user] = await tx
			.select({ id: users.id, email: users.email, name: users.name })
			.from(users)
			.where(eq(users.id, userId));
		if (!user) throw new NotFoundError('problems.accounts.userNotFound');
		await grantRole(tx, userId, role);
		await recordAudit(tx, actor, {
			action: 'bruker.rolle',
			entityType: 'bruker',
			entityId: userId,
			summary: storedText('admin.auditLog.roleGranted', { role: roleText }),
			after: role
		});
		await mailRoleChange(tx, user, actor, roleChange.granted(roleText));
	});
	await kickMail();
}

async function userToMail(tx: Tx, userId: number) {
	const [user] = await tx
		.select({ email: users.email, name: users.name })
		.from(users)
		.where(eq(users.id, userId));
	return user ?? null;
}

export async function removeChapterRole(actor: Actor, userId: number, chapterId: number) {
	authorize(actor, can.manageUsers, 'bruker.rolle', userId);
	await db.transaction(async (tx) => {
		const removed = await tx
			.delete(chapterLeaders)
			.where(and(eq(chapterLeaders.userId, userId), eq(chapterLeaders.chapterId, chapterId)))
			.returning({ chapterId: chapterLeaders.chapterId });
		await recordAudit(tx, actor, {
			action: 'bruker.rolle',
			entityType: 'bruker',
			entityId: userId,
			summary: storedText('admin.auditLog.chapterRoleRemoved'),
			before: { chapterId }
		});
		const user = removed.length ? await userToMail(tx, userId) : null;
		if (user) {
			const [chapter] = await tx
				.select({ name: countyChapters.name })
				.from(countyChapters)
				.where(eq(countyChapters.id, chapterId));
			await mailRoleChange(tx, user, actor, roleChange.chapterRemoved(chapter?.name ?? ''));
		}
	});
	await kickMail();
}

export async function removeMembership(actor: Actor, userId: number, municipalityNumber: string) {
	authorize(actor, can.manageUsers, 'bruker.rolle', userId);
	await db.transaction(async (tx) => {
		const removed = await tx
			.delete(municipalityMembers)
			.where(
				and(
					eq(municipalityMembers.userId, userId),
					eq(municipalityMembers.municipalityNumber, municipalityNumber)
				)
			)
			.returning({ userId: municipalityMembers.userId });
		await recordAudit(tx, actor, {
			action: 'bruker.rolle',
			entityType: 'bruker',
			entityId: userId,
			summary: storedText('admin.auditLog.membershipRemoved', { number: municipalityNumber }),
			before: { municipalityNumber }
		});
		const user = removed.length ? await userToMail(tx, userId) : null;
		if (user) {
			const [k] = await tx
				.select({ name: municipalities.name })
				.from(municipalities)
				.where(eq(municipalities.number, municipalityNumber));
			await mailRoleChange(
				tx,
				user,
				actor,
				roleChange.membershipRemoved(k?.name ?? municipalityNumber)
			);
		}
	});
	await kickMail();
}

export async function setActive(actor: Actor, userId: number, active: boolean) {
	authorize(actor, can.manageUsers, active ? 'bruker.aktiver' : 'bruker.deaktiver', userId);
	if (userId === actor.id && !active) throw new InvalidError('problems.accounts.deactivateSelf');
	await db.transaction(async (tx) => {
		const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
		if (!before) throw new NotFoundError('problems.accounts.userNotFound');
		if (!active && before.globalRole === 'admin') await assertNotLastAdmin(tx, userId);
		await tx.update(users).set({ isActive: active, updatedAt: now() }).where(eq(users.id, userId));
		if (!active) await tx.delete(sessions).where(eq(sessions.userId, userId));
		await recordAudit(tx, actor, {
			action: active ? 'bruker.aktivert' : 'bruker.deaktivert',
			entityType: 'bruker',
			entityId: userId,
			summary: storedText(
				active ? 'admin.auditLog.userActivated' : 'admin.auditLog.userDeactivated',
				{
					email: before.email
				}
			),
			before: { isActive: before.isActive },
			after: { isActive: active }
		});
	});
}

export async function pendingInvitations(actor: Actor) {
	authorize(actor, can.manageUsers, 'invitasjon.liste');
	return db
		.select({
			id: authTokens.id,
			email: authTokens.email,
			createdAt: authTokens.createdAt,
			expiresAt: authTokens.expiresAt
		})
		.from(authTokens)
		.where(
			and(
				eq(authTokens.purpose, 'invite'),
				isNull(authTokens.usedAt),
				gt(authTokens.expiresAt, now())
			)
		)
		.orderBy(desc(authTokens.createdAt));
}

export async function signOutUserEverywhere(actor: Actor, userId: number) {
	authorize(actor, can.manageUsers, 'bruker.logg-ut', userId);
	await db.transaction(async (tx) => {
		await tx.delete(sessions).where(eq(sessions.userId, userId));
		await recordAudit(tx, actor, {
			action: 'bruker.logget-ut',
			entityType: 'bruker',
			entityId: userId,
			summary: storedText('admin.auditLog.signedOutEverywhere')
		});
	});
}
