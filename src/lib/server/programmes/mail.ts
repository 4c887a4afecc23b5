/**
 * Mail about applications: the receipt, and decisions from the call's editable templates. In
 * the active language: the application's (withLanguage(application.lang, …)).
 */
import { greeting, render, siteUrl, type Rendered } from '../mail/layout';
import { formatDateTime, m, t } from '$lib/i18n';
import type { Decision } from './calls-schema';

export function receiptMail(d: {
	programme: string;
	municipalities: string;
	url: string;
	closesAt: Date;
	resubmitted: boolean;
}): Rendered {
	const w = m.mail.programmes.receipt;
	const values = { programme: d.programme, municipalities: d.municipalities };
	return render(t(w.subject, values), greeting(), [
		{ p: t(d.resubmitted ? w.resubmitted : w.received, values) },
		{ p: t(w.deadline, { deadline: formatDateTime(d.closesAt) }) },
		{ button: { label: m.mail.programmes.open, url: d.url } }
	]);
}

export type DecisionTemplate = { subject: string; body: string };

/** The decision mails a call starts with (until staff edit them), in the active language. */
export const defaultTemplates = (): Record<Exclude<Decision, 'ingen'>, DecisionTemplate> =>
	m.mail.programmes.decisions;

/** Fills in {kommune} and {program}; other braces stay as they are. */
export function fillTemplate(text: string, values: { kommune: string; program: string }) {
	return text.replace(/\{(kommune|program)\}/g, (_, k: 'kommune' | 'program') => values[k]);
}

/** A decision mail; `url` is the application's page, given as its bokmål address. */
export function decisionMail(
	tpl: DecisionTemplate,
	values: { kommune: string; program: string },
	url: string
): Rendered {
	return render(fillTemplate(tpl.subject, values), greeting(), [
		...fillTemplate(tpl.body, values)
			.split(/\n{2,}/)
			.map((p) => ({ p: p.trim() }))
			.filter((b) => b.p),
		{ button: { label: m.mail.programmes.open, url: siteUrl(url) } }
	]);
}
