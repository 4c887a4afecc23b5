/**
 * Norwegian mail templates. Each returns subject, plain text and HTML. Add new templates here
 * (or in the domain's own templates file, using `render`) and send them with `sendMail`.
 */
import { render, type Rendered } from './layout';
import { config } from '../config';

export const templates = {
	setupAdmin: (d: { url: string }): Rendered =>
		render('Sett opp den første administratoren', null, [
			{ p: 'Bruk lenken for å velge navn, e-post og passord for den første administratoren.' },
			{ button: { label: 'Sett opp administrator', url: d.url } },
			{ small: 'Lenken virker i 24 timer og kan brukes én gang.' }
		]),

	signInLink: (d: { name: string; url: string }): Rendered =>
		render('Din innloggingslenke', `Hei ${d.name},`, [
			{ p: 'Her er lenken du ba om for å logge inn på Fremtidens kulturskole.' },
			{ button: { label: 'Logg inn', url: d.url } },
			{
				small:
					'Lenken virker i 15 minutter og kan brukes én gang. Ba du ikke om den, kan du se bort fra denne e-posten.'
			}
		]),

	passwordReset: (d: { name: string; url: string }): Rendered =>
		render('Nytt passord', `Hei ${d.name},`, [
			{ p: 'Noen (forhåpentligvis du) ba om å lage nytt passord for kontoen din.' },
			{ button: { label: 'Lag nytt passord', url: d.url } },
			{
				small:
					'Lenken virker i én time og kan brukes én gang. Ba du ikke om dette, kan du se bort fra e-posten – passordet ditt er uendret.'
			}
		]),

	passwordChanged: (d: { name: string }): Rendered =>
		render('Passordet ditt er endret', `Hei ${d.name},`, [
			{
				p: 'Passordet for kontoen din på Fremtidens kulturskole er nettopp endret, og du er logget ut på andre enheter.'
			},
			{
				p: `Var det ikke deg? Be om nytt passord på ${config.origin}/glemt-passord og kontakt oss.`
			}
		]),

	invitation: (d: { inviter: string; roleText: string; url: string }): Rendered =>
		render('Invitasjon til Fremtidens kulturskole', 'Hei,', [
			{ p: `${d.inviter} har invitert deg til Fremtidens kulturskole som ${d.roleText}.` },
			{ button: { label: 'Godta invitasjonen', url: d.url } },
			{ small: 'Invitasjonen virker i 7 dager. Du velger navn og passord når du godtar den.' }
		]),

	accountDeleted: (d: { name: string }): Rendered =>
		render('Kontoen din er slettet', `Hei ${d.name},`, [
			{
				p: 'Kontoen din på Fremtidens kulturskole er slettet, slik du ba om. Vi har fjernet navnet, e-postadressen og innloggingene dine.'
			}
		])
};

export type TemplateName = keyof typeof templates;
