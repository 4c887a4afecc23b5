/** The fremtidsbilde tool's mail (sent with `sendMail` inside the business transaction). */
import { render, type Rendered } from '../mail/layout';
import { formatDateTime } from '$lib/i18n';

export const fremtidsbildeMail = {
	roundOpened: (d: {
		name: string;
		municipality: string;
		title: string;
		deadline: Date;
		url: string;
	}): Rendered =>
		render(`Nåbilde: ${d.title}`, `Hei ${d.name},`, [
			{
				p: `Kommunegruppen i ${d.municipality} har åpnet en ny runde der hver og en vurderer hvordan kulturskolen står i forhold til målbildet i dag.`
			},
			{ p: `Svarfrist: ${formatDateTime(d.deadline)}.` },
			{ button: { label: 'Gi din vurdering', url: d.url } },
			{
				small:
					'Svarene dine er personlige. Gruppen ser bare samlede tall, og først når minst tre har svart.'
			}
		]),

	shared: (d: {
		name: string;
		municipality: string;
		sharedBy: string;
		note: string;
		url: string;
	}): Rendered =>
		render(`Fremtidsbildet for ${d.municipality} er delt med dere`, `Hei ${d.name},`, [
			{ p: `${d.sharedBy} har delt sammendraget av fremtidsbildet for ${d.municipality}.` },
			...(d.note ? [{ p: `Hilsen fra gruppen: «${d.note}»` }] : []),
			{ button: { label: 'Les sammendraget', url: d.url } }
		]),

	storyProposed: (d: {
		name: string;
		municipality: string;
		title: string;
		url: string;
	}): Rendered =>
		render('Ny erfaringshistorie til godkjenning', `Hei ${d.name},`, [
			{ p: `Kommunegruppen i ${d.municipality} foreslår en erfaringshistorie: «${d.title}».` },
			{ button: { label: 'Les og godkjenn', url: d.url } }
		]),

	storyReviewed: (d: {
		name: string;
		title: string;
		published: boolean;
		note: string;
		url: string;
	}): Rendered =>
		render(
			d.published ? 'Erfaringshistorien er publisert' : 'Erfaringshistorien er sendt tilbake',
			`Hei ${d.name},`,
			[
				{
					p: d.published
						? `Redaksjonen har godkjent «${d.title}», og den ligger nå på nettstedet.`
						: `Redaksjonen har sendt «${d.title}» tilbake til dere.`
				},
				...(d.note ? [{ p: `Redaksjonens kommentar: «${d.note}»` }] : []),
				{ button: { label: d.published ? 'Se historien' : 'Rediger historien', url: d.url } }
			]
		)
};
