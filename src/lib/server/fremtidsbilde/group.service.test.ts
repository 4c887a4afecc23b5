import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { authTokens, municipalityMembers, users } from '../accounts/schema';
import { mailMessages } from '../mail/schema';
import type { Actor } from '../accounts/actor';
import { acceptInvitation } from '../accounts/users.service';
import { generateToken, hashToken } from '../accounts/tokens';
import {
	compositionOf,
	groupView,
	inviteMember,
	removeMember,
	updateMember
} from './group.service';
import { member } from './testing';

const NR = '4647'; // Sunnfjord
let coordinator: Actor;

beforeAll(async () => {
	coordinator = await member(NR, 'koordinator', 'kulturskoleleder');
});

describe('the minimum composition', () => {
	it('asks for skoleeier, kulturskoleleder, another culture-school employee, another sector and a coordinator', () => {
		expect(compositionOf([])).toEqual({
			complete: false,
			missing: ['skoleeier', 'kulturskoleleder', 'pedagogisk', 'annen_sektor'],
			coordinators: 0
		});
		const full = [
			{ groupRole: 'skoleeier', role: 'medlem' },
			{ groupRole: 'kulturskoleleder', role: 'koordinator' },
			{ groupRole: 'pedagogisk', role: 'medlem' },
			{ groupRole: 'annen_sektor', role: 'medlem' }
		] as const;
		expect(compositionOf([...full]).complete).toBe(true);
		expect(compositionOf(full.map((m) => ({ ...m, role: 'medlem' as const }))).complete).toBe(
			false
		);
		expect(compositionOf([{ groupRole: 'politiker', role: 'koordinator' }]).missing).toHaveLength(
			4
		);
	});
});

describe('the group', () => {
	it('invites by e-mail with the place in the group, which the invitation then grants', async () => {
		await inviteMember(coordinator, NR, {
			email: 'Helse@Sunnfjord.example',
			groupRole: 'annen_sektor',
			sector: 'Helse',
			coordinator: false
		});
		const [mail] = await db
			.select()
			.from(mailMessages)
			.where(eq(mailMessages.to, 'helse@sunnfjord.example'));
		expect(mail.text).toContain('medlem i kommunegruppen for Sunnfjord (annen sektor)');
		const view = await groupView(coordinator, NR);
		expect(view.invitations).toEqual([
			expect.objectContaining({ email: 'helse@sunnfjord.example', groupRole: 'annen_sektor' })
		]);

		// Accept it (the token from the mail is only in the mail; make our own the same way)
		const [row] = await db
			.select()
			.from(authTokens)
			.where(eq(authTokens.email, 'helse@sunnfjord.example'));
		const token = generateToken();
		await db
			.update(authTokens)
			.set({ id: hashToken(token) })
			.where(eq(authTokens.id, row.id));
		expect(
			await acceptInvitation(token, { name: 'Hanne Helse', password: 'et langt passord' }, '')
		).not.toBeNull();
		const [mm] = await db
			.select({
				groupRole: municipalityMembers.groupRole,
				sector: municipalityMembers.sector,
				role: municipalityMembers.role
			})
			.from(municipalityMembers)
			.innerJoin(users, eq(users.id, municipalityMembers.userId))
			.where(
				and(
					eq(users.email, 'helse@sunnfjord.example'),
					eq(municipalityMembers.municipalityNumber, NR)
				)
			);
		expect(mm).toEqual({ groupRole: 'annen_sektor', sector: 'Helse', role: 'medlem' });

		// Inviting someone already in the group says so
		await expect(
			inviteMember(coordinator, NR, {
				email: 'helse@sunnfjord.example',
				groupRole: 'skoleeier',
				sector: '',
				coordinator: false
			})
		).rejects.toMatchObject({ field: 'email' });
	});

	it('lets only coordinators manage it, and never removes the last coordinator', async () => {
		const plain = await member(NR, 'medlem', 'pedagogisk');
		await expect(
			inviteMember(plain, NR, {
				email: 'x@example.no',
				groupRole: 'skoleeier',
				sector: '',
				coordinator: false
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(removeMember(plain, NR, coordinator.id)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(removeMember(coordinator, NR, coordinator.id)).rejects.toThrow(
			'siste koordinatoren'
		);
		await expect(
			updateMember(coordinator, NR, {
				userId: coordinator.id,
				groupRole: 'kulturskoleleder',
				sector: '',
				coordinator: false
			})
		).rejects.toMatchObject({ field: 'coordinator' });

		// Another coordinator first, then the first may step down
		await updateMember(coordinator, NR, {
			userId: plain.id,
			groupRole: 'pedagogisk',
			sector: 'ignored',
			coordinator: true
		});
		await updateMember(coordinator, NR, {
			userId: coordinator.id,
			groupRole: 'kulturskoleleder',
			sector: '',
			coordinator: false
		});
		const view = await groupView(coordinator, NR);
		expect(view.members.find((m) => m.userId === plain.id)).toMatchObject({
			role: 'koordinator',
			sector: null
		});
		expect(view.composition.coordinators).toBe(1);

		// Each of them is told by mail that their role in the group changed
		const [plainUser] = await db.select().from(users).where(eq(users.id, plain.id));
		const [coordinatorUser] = await db.select().from(users).where(eq(users.id, coordinator.id));
		const mails = await db
			.select()
			.from(mailMessages)
			.where(eq(mailMessages.template, 'roleChanged'));
		expect(mails.find((m) => m.to === plainUser.email)?.text).toContain('du er nå koordinator');
		expect(mails.find((m) => m.to === coordinatorUser.email)?.text).toContain('du er nå medlem');

		// Another municipality's coordinator cannot touch this group
		const elsewhere = await member('5053', 'koordinator');
		await expect(removeMember(elsewhere, NR, plain.id)).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});
