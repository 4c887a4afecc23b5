/**
 * The mail a person gets when someone changes their roles (issue 9: every role change is
 * mailed to the person and audited). Queued in the role change's own transaction.
 */
import { render, siteUrl, type Rendered } from '../mail/layout';
import { sendMail } from '../mail/send';
import type { DbOrTx } from '../db/client';
import { eq } from 'drizzle-orm';
import { users } from './schema';
import { municipalities } from '../geo/schema';
import { m, t, type Lang } from '$lib/i18n';
import { withLanguage } from '../i18n';

// Read in the active language each time (never at module level: that fixes one language).
const words = () => m.permissions.roleChangedMail;

export function roleChangedMail(d: { name: string; actor: string; change: string }): Rendered {
	const text = words();
	return render(text.subject, t(text.greeting, { name: d.name }), [
		{ p: t(text.body, { actor: d.actor, change: d.change }) },
		{ small: `${text.notYou} ${siteUrl('/min-side')}` }
	]);
}

/**
 * What changed, as a phrase for the mail: each is a function of the active language, so the
 * caller's words are written in the recipient's language (mailRoleChange runs it in theirs).
 */
export const roleChange = {
	globalRole: (role: 'admin' | 'redaktor' | 'bidragsyter' | null) => () =>
		role
			? t(words().changes.globalRole, { role: words().roles[role] })
			: words().changes.noGlobalRole,
	granted: (role: string) => () => t(words().changes.granted, { role }),
	chapterRemoved: (chapter: string) => () => t(words().changes.chapterRemoved, { chapter }),
	membershipRemoved: (municipality: string) => () =>
		t(words().changes.membershipRemoved, { municipality }),
	municipalRole: (role: 'koordinator' | 'medlem', municipality: string) => () =>
		t(words().changes.municipalRole, { role: words().municipalRoles[role], municipality })
};

/** A change phrase, written when the mail is (in the recipient's language). */
export type ChangeText = () => string;

/**
 * Mails the person whose role in a municipality's group changed (or who left it), naming the
 * municipality; in the change's own transaction.
 */
export async function mailMunicipalRoleChange(
	tx: DbOrTx,
	userId: number,
	nr: string,
	actor: { name: string },
	change: (municipality: string) => ChangeText
) {
	const [row] = await tx
		.select({
			email: users.email,
			name: users.name,
			lang: users.lang,
			municipality: municipalities.name
		})
		.from(users)
		.innerJoin(municipalities, eq(municipalities.number, nr))
		.where(eq(users.id, userId));
	if (row) await mailRoleChange(tx, row, actor, change(row.municipality));
}

/** Mails the person in the language chosen on their account. */
export async function mailRoleChange(
	tx: DbOrTx,
	to: { email: string; name: string; lang?: Lang | string | null },
	actor: { name: string },
	change: ChangeText
) {
	await sendMail(tx, {
		to: to.email,
		template: 'roleChanged',
		content: withLanguage(to.lang, () =>
			roleChangedMail({ name: to.name || to.email, actor: actor.name, change: change() })
		)
	});
}
