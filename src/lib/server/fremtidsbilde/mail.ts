/**
 * The fremtidsbilde tool's mail (sent with `sendMail` inside the business transaction), each
 * in the recipient's language (`lang`, from their account) with links to pages in it (`path`
 * is the page's bokmål address).
 */
import { greeting, render, siteUrl, type Rendered } from '../mail/layout';
import { withLanguage } from '../i18n';
import { formatDateTime, m, t } from '$lib/i18n';

interface To {
	name: string;
	lang: string;
	path: string;
}

export const fremtidsbildeMail = {
	roundOpened: (d: To & { municipality: string; title: string; deadline: Date }): Rendered =>
		withLanguage(d.lang, () => {
			const w = m.mail.fremtidsbilde.roundOpened;
			return render(t(w.subject, { title: d.title }), greeting(d.name), [
				{ p: t(w.body, { municipality: d.municipality }) },
				{ p: t(w.deadline, { deadline: formatDateTime(d.deadline) }) },
				{ button: { label: w.button, url: siteUrl(d.path) } },
				{ small: w.note }
			]);
		}),

	roundReminder: (d: To & { municipality: string; title: string; deadline: Date }): Rendered =>
		withLanguage(d.lang, () => {
			const w = m.mail.fremtidsbilde.roundReminder;
			return render(t(w.subject, { title: d.title }), greeting(d.name), [
				{ p: t(w.body, { municipality: d.municipality, title: d.title }) },
				{
					p: t(m.mail.fremtidsbilde.roundOpened.deadline, { deadline: formatDateTime(d.deadline) })
				},
				{ button: { label: m.mail.fremtidsbilde.roundOpened.button, url: siteUrl(d.path) } },
				{ small: w.note }
			]);
		}),

	shared: (d: To & { municipality: string; sharedBy: string; note: string }): Rendered =>
		withLanguage(d.lang, () => {
			const w = m.mail.fremtidsbilde.shared;
			return render(t(w.subject, { municipality: d.municipality }), greeting(d.name), [
				{ p: t(w.body, { sharedBy: d.sharedBy, municipality: d.municipality }) },
				...(d.note ? [{ p: t(w.note, { note: d.note }) }] : []),
				{ button: { label: w.button, url: siteUrl(d.path) } }
			]);
		}),

	storyProposed: (d: To & { municipality: string; title: string }): Rendered =>
		withLanguage(d.lang, () => {
			const w = m.mail.fremtidsbilde.storyProposed;
			return render(w.subject, greeting(d.name), [
				{ p: t(w.body, { municipality: d.municipality, title: d.title }) },
				{ button: { label: w.button, url: siteUrl(d.path) } }
			]);
		}),

	storyReviewed: (d: To & { title: string; published: boolean; note: string }): Rendered =>
		withLanguage(d.lang, () => {
			const w = m.mail.fremtidsbilde.storyReviewed;
			return render(d.published ? w.subjectPublished : w.subjectReturned, greeting(d.name), [
				{ p: t(d.published ? w.published : w.returned, { title: d.title }) },
				...(d.note ? [{ p: t(w.note, { note: d.note }) }] : []),
				{
					button: {
						label: d.published ? w.buttonPublished : w.buttonReturned,
						url: siteUrl(d.path)
					}
				}
			]);
		})
};
