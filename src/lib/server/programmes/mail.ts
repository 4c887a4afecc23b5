/** Mail about applications: the receipt, and decisions from the call's editable templates. */
import { render, type Rendered } from '../mail/layout';
import { config } from '../config';
import { formatDateTime } from '$lib/i18n';
import type { Decision } from './calls-schema';

export function receiptMail(d: {
	programme: string;
	municipalities: string;
	url: string;
	closesAt: Date;
	resubmitted: boolean;
}): Rendered {
	return render(`Kvittering: søknad til ${d.programme}`, 'Hei,', [
		{
			p: `Vi har ${d.resubmitted ? 'mottatt endringene i' : 'mottatt'} søknaden fra ${d.municipalities} til ${d.programme}. En kopi av søknaden ligger ved som PDF.`
		},
		{
			p: `Dere kan endre eller trekke søknaden fram til fristen ${formatDateTime(d.closesAt)}.`
		},
		{ button: { label: 'Åpne søknaden', url: d.url } }
	]);
}

export type DecisionTemplate = { subject: string; body: string };

export const DEFAULT_TEMPLATES: Record<Exclude<Decision, 'ingen'>, DecisionTemplate> = {
	tatt_opp: {
		subject: '{kommune} er tatt opp i {program}',
		body: 'Vi har gleden av å fortelle at {kommune} er tatt opp i {program}.\n\nGruppemedlemmene dere førte opp i søknaden, får en invitasjon til kommunens arbeidsrom på nettstedet. Vi sender mer informasjon om oppstartssamlingen.'
	},
	venteliste: {
		subject: '{kommune} står på venteliste til {program}',
		body: 'Takk for søknaden fra {kommune} til {program}. Alle plassene er foreløpig fylt, og dere står på venteliste. Vi gir beskjed hvis en plass blir ledig.'
	},
	avslag: {
		subject: 'Svar på søknaden fra {kommune} til {program}',
		body: 'Takk for søknaden fra {kommune} til {program}. Vi fikk mange gode søknader, og dessverre fikk dere ikke plass denne gangen. Ta gjerne kontakt med fylkesavdelingen for å høre om andre muligheter.'
	}
};

/** Fills in {kommune} and {program}; other braces stay as they are. */
export function fillTemplate(text: string, values: { kommune: string; program: string }) {
	return text.replace(/\{(kommune|program)\}/g, (_, k: 'kommune' | 'program') => values[k]);
}

export function decisionMail(
	t: DecisionTemplate,
	values: { kommune: string; program: string },
	url: string
): Rendered {
	return render(fillTemplate(t.subject, values), 'Hei,', [
		...fillTemplate(t.body, values)
			.split(/\n{2,}/)
			.map((p) => ({ p: p.trim() }))
			.filter((b) => b.p),
		{ button: { label: 'Åpne søknaden', url: `${config.origin}${url}` } }
	]);
}
