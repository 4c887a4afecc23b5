/**
 * The mail a person gets when someone changes their roles (issue 9: every role change is
 * mailed to the person and audited). Queued in the role change's own transaction.
 */
import { render, type Rendered } from '../mail/layout';
import { sendMail } from '../mail/send';
import type { DbOrTx } from '../db/client';
import { config } from '../config';
import { eq } from 'drizzle-orm';
import { users } from './schema';
import { municipalities } from '../geo/schema';
import { m, t } from '$lib/i18n';

const text = m.permissions.roleChangedMail;

export function roleChangedMail(d: { name: string; actor: string; change: string }): Rendered {
	return render(text.subject, t(text.greeting, { name: d.name }), [
		{ p: t(text.body, { actor: d.actor, change: d.change }) },
		{ small: `${text.notYou} ${config.origin}/min-side` }
	]);
}

export const roleChange = {
	globalRole: (role: 'admin' | 'redaktor' | null) =>
		role ? t(text.changes.globalRole, { role: text.roles[role] }) : text.changes.noGlobalRole,
	granted: (role: string) => t(text.changes.granted, { role }),
	chapterRemoved: (chapter: string) => t(text.changes.chapterRemoved, { chapter }),
	membershipRemoved: (municipality: string) => t(text.changes.membershipRemoved, { municipality }),
	municipalRole: (role: 'koordinator' | 'medlem', municipality: string) =>
		t(text.changes.municipalRole, { role: text.municipalRoles[role], municipality })
};

/**
 * Mails the person whose role in a municipality's group changed (or who left it), naming the
 * municipality; in the change's own transaction.
 */
export async function mailMunicipalRoleChange(
	tx: DbOrTx,
	userId: number,
	nr: string,
	actor: { name: string },
	change: (municipality: string) => string
) {
	const [row] = await tx
		.select({ email: users.email, name: users.name, municipality: municipalities.name })
		.from(users)
		.innerJoin(municipalities, eq(municipalities.number, nr))
		.where(eq(users.id, userId));
	if (row) await mailRoleChange(tx, row, actor, change(row.municipality));
}

export async function mailRoleChange(
	tx: DbOrTx,
	to: { email: string; name: string },
	actor: { name: string },
	change: string
) {
	await sendMail(tx, {
		to: to.email,
		template: 'roleChanged',
		content: roleChangedMail({ name: to.name || to.email, actor: actor.name, change })
	});
}
