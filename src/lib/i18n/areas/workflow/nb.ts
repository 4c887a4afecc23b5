/** The editorial workflow: working copies, planned updates and unpublishing, approval, the desk. */
export const workflow = {
	problems: {
		notPublished: 'Dette gjelder bare publisert innhold.',
		nothingToUpdate: 'Det er ingen endringer å publisere. Endre teksten først.',
		nothingToSend: 'Det er ingen endringer å sende til godkjenning.',
		commentMissing: 'Skriv hva som må endres.',
		commentTooLong: 'Kommentaren kan være på høyst 2000 tegn.',
		noReview: 'Dette venter ikke på godkjenning lenger.'
	},
	note: {
		discarded: 'Endringene forkastet',
		updateScheduled: 'Endringer planlagt publisert',
		unpublishScheduled: 'Avpublisering planlagt',
		planCancelled: 'Planer avbrutt',
		submitted: 'Sendt til godkjenning',
		scheduledUpdate: 'Endringer publisert etter plan',
		scheduledUnpublish: 'Avpublisert etter plan'
	},
	audit: {
		submitted: 'Sendte «{title}» til godkjenning',
		sentBack: 'Sendte «{title}» tilbake til bidragsyteren',
		scheduledUpdate: 'Publiserte endringene i «{title}» etter plan',
		scheduledUnpublish: 'Avpubliserte «{title}» etter plan'
	},
	mail: {
		submitted: {
			subject: 'Til godkjenning: {title}',
			greeting: 'Hei, {name}!',
			body: '{name} har sendt «{title}» til godkjenning. Publiser det, eller send det tilbake med en kommentar.',
			button: 'Åpne i redigeringen'
		},
		sentBack: {
			subject: 'Sendt tilbake: {title}',
			greeting: 'Hei, {name}!',
			body: '{name} har sendt «{title}» tilbake til deg med denne kommentaren:',
			button: 'Åpne i redigeringen'
		}
	},
	notices: {
		discarded: 'Endringene er forkastet. Skjemaet viser den publiserte versjonen.',
		updateScheduled: 'Endringene er planlagt publisert.',
		unpublishScheduled: 'Avpubliseringen er planlagt.',
		planCancelled: 'Planene er avbrutt.',
		submitted: 'Sendt til godkjenning. Redaktørene har fått e-post.',
		sentBack: 'Sendt tilbake til bidragsyteren.'
	},
	controls: {
		workingCopy: 'Upubliserte endringer',
		workingCopyHint: 'Publikum ser den publiserte versjonen til du publiserer endringene.',
		publishChanges: 'Publiser endringene',
		discardChanges: 'Forkast endringene',
		planned: 'Planlagt:',
		updateAt: 'Endringene publiseres {date}',
		unpublishAt: 'Avpubliseres {date}',
		laterPublished: 'Tidspunkt for plan',
		scheduleChanges: 'Planlegg endringene',
		scheduleUnpublish: 'Planlegg avpublisering',
		cancelPlans: 'Avbryt planene',
		cancelSchedule: 'Avbryt planlagt publisering',
		sendForApproval: 'Send til godkjenning',
		contributorHint: 'En redaktør godkjenner og publiserer det du sender.'
	},
	panel: {
		workingCopyHeading: 'Upubliserte endringer',
		workingCopyBy: 'Lagret av {name} {date}. Publikum ser fortsatt den publiserte versjonen.',
		whatChanged: 'Hva er endret',
		published: 'Publisert',
		working: 'Endret til',
		empty: '(tomt)',
		fields: {
			title: 'Tittel',
			lead: 'Ingress',
			body: 'Brødtekst',
			description: 'Beskrivelse',
			menuTitle: 'Menytittel'
		},
		reviewHeading: 'Godkjenning',
		waiting: '{name} sendte dette til godkjenning {date}.',
		approveHint: 'Godkjenn ved å publisere. Eller send tilbake med en kommentar:',
		comment: 'Kommentar til bidragsyteren',
		sendBack: 'Send tilbake',
		sentBack: '{name} sendte dette tilbake {date}:',
		sentBackDone: 'Sendt tilbake til bidragsyteren.'
	},
	desk: {
		myDrafts: 'Mine utkast',
		awaiting: 'Venter på godkjenning',
		sentBackToMe: 'Sendt tilbake til meg',
		scheduled: 'Planlagt',
		recent: 'Sist endret',
		staleTranslations: 'Oversettelser eldre enn bokmålsversjonen',
		none: 'Ingenting her nå.',
		kind: { side: 'Side', nyhet: 'Nyhet', ressurs: 'Ressurs' },
		plan: {
			publish: 'Publiseres {date}',
			update: 'Endringer publiseres {date}',
			unpublish: 'Avpubliseres {date}'
		},
		by: '{name}, {date}',
		changedAt: 'Endret {date}',
		language: { nn: 'Nynorsk', en: 'Engelsk' },
		workingCopy: 'har upubliserte endringer'
	},
	routeAccess: {
		writers: 'Administratorer, redaktører og bidragsytere (bidragsytere skriver utkast)',
		adminFront: 'Administratorer, redaktører, bidragsytere og fylkesledere (bare oversikten)'
	},
	roles: {
		short: 'Bidragsyter',
		bidragsyter: 'Bidragsyter – skriver utkast, en redaktør publiserer'
	}
};
