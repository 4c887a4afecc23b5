/**
 * The account mails. Each returns subject, plain text and HTML in the active language: call
 * them inside withLanguage(the recipient's language, …). Add new templates here (or in the
 * domain's own mail file, using `render`) and send them with `sendMail`.
 */
import { greeting, render, siteUrl, type Rendered } from './layout';
import { m, t } from '$lib/i18n';

export const templates = {
	setupAdmin: (d: { url: string }): Rendered => {
		const w = m.mail.account.setupAdmin;
		return render(w.subject, null, [
			{ p: w.body },
			{ button: { label: w.button, url: d.url } },
			{ small: w.note }
		]);
	},

	signInLink: (d: { name: string; url: string }): Rendered => {
		const w = m.mail.account.signInLink;
		return render(w.subject, greeting(d.name), [
			{ p: w.body },
			{ button: { label: w.button, url: d.url } },
			{ small: w.note }
		]);
	},

	passwordReset: (d: { name: string; url: string }): Rendered => {
		const w = m.mail.account.passwordReset;
		return render(w.subject, greeting(d.name), [
			{ p: w.body },
			{ button: { label: w.button, url: d.url } },
			{ small: w.note }
		]);
	},

	passwordChanged: (d: { name: string }): Rendered => {
		const w = m.mail.account.passwordChanged;
		return render(w.subject, greeting(d.name), [
			{ p: w.body },
			{ p: t(w.notYou, { url: siteUrl('/glemt-passord') }) }
		]);
	},

	invitation: (d: { inviter: string; roleText: string; url: string }): Rendered => {
		const w = m.mail.account.invitation;
		return render(w.subject, greeting(), [
			{ p: t(w.body, { inviter: d.inviter, role: d.roleText }) },
			{ button: { label: w.button, url: d.url } },
			{ small: w.note }
		]);
	},

	accountDeleted: (d: { name: string }): Rendered => {
		const w = m.mail.account.accountDeleted;
		return render(w.subject, greeting(d.name), [{ p: w.body }]);
	}
};

export type TemplateName = keyof typeof templates;
