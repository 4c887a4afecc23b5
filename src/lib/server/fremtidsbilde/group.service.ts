/**
 * The municipal group (kommunegruppe): members with their group role, the coordinators who
 * invite and manage them, and the check against the programme's minimum composition.
 */
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { authTokens, municipalityMembers, users } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { inviteUser } from '../accounts/users.service';
import { recordAudit, storedText } from '../accounts/audit';
import { mailMunicipalRoleChange, roleChange } from '../accounts/role-mail';
import { normaliseEmail } from '../accounts/passwords';
import { InvalidError, FieldError } from '../errors';
import { now } from '../clock';
import { assertCoordinator, assertRead, notFound } from './guards';
import type { GroupRole, InviteInput, MemberInput } from '$lib/forms/fremtidsbilde';

/** What the programme asks of every group, in the order it is shown. */
export const REQUIRED_ROLES = [
	'skoleeier',
	'kulturskoleleder',
	'pedagogisk',
	'annen_sektor'
] as const;
export type RequiredRole = (typeof REQUIRED_ROLES)[number];

export interface Composition {
	complete: boolean;
	missing: RequiredRole[];
	coordinators: number;
}

/** The roles in `required` nobody among `members` has. */
export function missingRoles<R extends GroupRole>(
	members: { groupRole: GroupRole | null }[],
	required: readonly R[]
): R[] {
	return required.filter((r) => !members.some((m) => m.groupRole === r));
}

/** The minimum composition: one of each required role, and at least one coordinator. */
export function compositionOf(
	members: { groupRole: GroupRole | null; role: 'koordinator' | 'medlem' }[]
): Composition {
	const missing = missingRoles(members, REQUIRED_ROLES);
	const coordinators = members.filter((m) => m.role === 'koordinator').length;
	return { complete: missing.length === 0 && coordinators > 0, missing, coordinators };
}

export async function groupMembers(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	return db
		.select({
			userId: users.id,
			name: users.name,
			email: users.email,
			organisation: users.organisation,
			role: municipalityMembers.role,
			groupRole: municipalityMembers.groupRole,
			sector: municipalityMembers.sector,
			since: municipalityMembers.createdAt
		})
		.from(municipalityMembers)
		.innerJoin(users, eq(users.id, municipalityMembers.userId))
		.where(and(eq(municipalityMembers.municipalityNumber, nr), eq(users.isActive, true)))
		.orderBy(asc(users.name));
}

/** The group page: members, composition, and (for coordinators) open invitations. */
export async function groupView(actor: Actor | null, nr: string) {
	assertRead(actor, nr);
	const members = await groupMembers(actor, nr);
	const coordinator = members.some((m) => m.userId === actor.id && m.role === 'koordinator');
	return {
		members,
		composition: compositionOf(members),
		invitations: coordinator ? await openInvitations(nr) : []
	};
}

async function openInvitations(nr: string) {
	const rows = await db
		.select({ email: authTokens.email, data: authTokens.data, expiresAt: authTokens.expiresAt })
		.from(authTokens)
		.where(
			and(
				eq(authTokens.purpose, 'invite'),
				isNull(authTokens.usedAt),
				gt(authTokens.expiresAt, now()),
				sql`${authTokens.data}->'role'->>'kind' = 'kommune'`,
				sql`${authTokens.data}->'role'->>'municipalityNumber' = ${nr}`
			)
		)
		.orderBy(asc(authTokens.createdAt));
	return rows.map((r) => {
		const role = (r.data as { role: { role: string; groupRole?: GroupRole | null } }).role;
		return {
			email: r.email,
			coordinator: role.role === 'koordinator',
			groupRole: role.groupRole ?? null,
			expiresAt: r.expiresAt
		};
	});
}

/** A coordinator invites someone by e-mail, with their place in the group. */
export async function inviteMember(actor: Actor, nr: string, input: InviteInput) {
	assertCoordinator(actor, nr);
	const email = normaliseEmail(input.email);
	const [already] = await db
		.select({ id: users.id })
		.from(municipalityMembers)
		.innerJoin(users, eq(users.id, municipalityMembers.userId))
		.where(and(eq(municipalityMembers.municipalityNumber, nr), eq(users.email, email)));
	if (already) throw new FieldError('email', 'problems.fremtidsbilde.alreadyMember');
	await inviteUser(actor, {
		email,
		role: {
			kind: 'kommune',
			municipalityNumber: nr,
			role: input.coordinator ? 'koordinator' : 'medlem',
			groupRole: input.groupRole,
			sector: input.groupRole === 'annen_sektor' ? input.sector : null
		}
	});
}

/** A coordinator changes a member's group role, sector or coordinator status. */
export async function updateMember(actor: Actor, nr: string, input: MemberInput) {
	assertCoordinator(actor, nr);
	await db.transaction(async (tx) => {
		const rows = await tx
			.select()
			.from(municipalityMembers)
			.where(eq(municipalityMembers.municipalityNumber, nr))
			.for('update');
		const before = rows.find((r) => r.userId === input.userId);
		if (!before) notFound('problems.fremtidsbilde.memberNotFound');
		const role = input.coordinator ? 'koordinator' : 'medlem';
		if (
			before.role === 'koordinator' &&
			role === 'medlem' &&
			rows.filter((r) => r.role === 'koordinator').length === 1
		)
			throw new FieldError('coordinator', 'problems.fremtidsbilde.lastCoordinator');
		const after = {
			role,
			groupRole: input.groupRole,
			sector: input.groupRole === 'annen_sektor' ? input.sector : null
		} as const;
		await tx.update(municipalityMembers).set(after).where(eq(municipalityMembers.id, before.id));
		await recordAudit(tx, actor, {
			action: 'kommunegruppe.rolle',
			entityType: 'bruker',
			entityId: input.userId,
			summary: storedText('admin.auditLog.groupRoleChanged', { number: nr }),
			before: { role: before.role, groupRole: before.groupRole, sector: before.sector },
			after
		});
		if (before.role !== role)
			await mailMunicipalRoleChange(tx, input.userId, nr, actor, (name) =>
				roleChange.municipalRole(role, name)
			);
	});
}

/** A coordinator removes a member (never the last coordinator). */
export async function removeMember(actor: Actor, nr: string, userId: number) {
	assertCoordinator(actor, nr);
	await db.transaction(async (tx) => {
		const rows = await tx
			.select()
			.from(municipalityMembers)
			.where(eq(municipalityMembers.municipalityNumber, nr))
			.for('update');
		const before = rows.find((r) => r.userId === userId);
		if (!before) notFound('problems.fremtidsbilde.memberNotFound');
		if (before.role === 'koordinator' && rows.filter((r) => r.role === 'koordinator').length === 1)
			throw new InvalidError('problems.fremtidsbilde.removeLastCoordinator');
		await tx.delete(municipalityMembers).where(eq(municipalityMembers.id, before.id));
		await recordAudit(tx, actor, {
			action: 'kommunegruppe.fjernet',
			entityType: 'bruker',
			entityId: userId,
			summary: storedText('admin.auditLog.membershipRemoved', { number: nr }),
			before
		});
		await mailMunicipalRoleChange(tx, userId, nr, actor, roleChange.membershipRemoved);
	});
}
