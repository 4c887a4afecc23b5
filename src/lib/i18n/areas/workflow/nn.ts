import type { Shape } from '../../define';
import type { workflow as workflowNb } from './nb';

export const workflow: Shape<typeof workflowNb> = {
	problems: {
		notPublished: 'Dette gjeld berre publisert innhald.',
		nothingToUpdate: 'Det er ingen endringar å publisere. Endre teksten først.',
		nothingToSend: 'Det er ingen endringar å sende til godkjenning.',
		commentMissing: 'Skriv kva som må endrast.',
		commentTooLong: 'Kommentaren kan vere på høgst 2000 teikn.',
		noReview: 'Dette ventar ikkje på godkjenning lenger.'
	},
	note: {
		discarded: 'Endringane forkasta',
		updateScheduled: 'Endringar planlagde publiserte',
		unpublishScheduled: 'Avpublisering planlagd',
		planCancelled: 'Planar avbrotne',
		submitted: 'Sendt til godkjenning',
		scheduledUpdate: 'Endringar publiserte etter plan',
		scheduledUnpublish: 'Avpublisert etter plan'
	},
	audit: {
		submitted: 'Sende «{title}» til godkjenning',
		sentBack: 'Sende «{title}» tilbake til bidragsytaren',
		scheduledUpdate: 'Publiserte endringane i «{title}» etter plan',
		scheduledUnpublish: 'Avpubliserte «{title}» etter plan'
	},
	mail: {
		submitted: {
			subject: 'Til godkjenning: {title}',
			greeting: 'Hei, {name}!',
			body: '{name} har sendt «{title}» til godkjenning. Publiser det, eller send det tilbake med ein kommentar.',
			button: 'Opne i redigeringa'
		},
		sentBack: {
			subject: 'Sendt tilbake: {title}',
			greeting: 'Hei, {name}!',
			body: '{name} har sendt «{title}» tilbake til deg. Kommentaren er:',
			button: 'Opne i redigeringa'
		}
	},
	notices: {
		discarded: 'Endringane er forkasta. Skjemaet viser den publiserte versjonen.',
		updateScheduled: 'Endringane er planlagde publiserte.',
		unpublishScheduled: 'Avpubliseringa er planlagd.',
		planCancelled: 'Planane er avbrotne.',
		submitted: 'Sendt til godkjenning. Redaktørane har fått e-post.',
		sentBack: 'Sendt tilbake til bidragsytaren.'
	},
	controls: {
		workingCopy: 'Upubliserte endringar',
		workingCopyHint: 'Publikum ser den publiserte versjonen til du publiserer endringane.',
		publishChanges: 'Publiser endringane',
		discardChanges: 'Forkast endringane',
		planned: 'Planlagt:',
		updateAt: 'Endringane blir publiserte {date}',
		unpublishAt: 'Blir avpublisert {date}',
		laterPublished: 'Tidspunkt for planen',
		scheduleChanges: 'Planlegg endringane',
		scheduleUnpublish: 'Planlegg avpublisering',
		cancelPlans: 'Avbryt planane',
		cancelSchedule: 'Avbryt planlagd publisering',
		sendForApproval: 'Send til godkjenning',
		contributorHint: 'Ein redaktør godkjenner og publiserer det du sender.'
	},
	panel: {
		workingCopyHeading: 'Upubliserte endringar',
		workingCopyBy: 'Lagra av {name} {date}. Publikum ser framleis den publiserte versjonen.',
		whatChanged: 'Kva er endra',
		published: 'Publisert',
		working: 'Endra til',
		empty: '(tomt)',
		fields: {
			title: 'Tittel',
			lead: 'Ingress',
			body: 'Brødtekst',
			description: 'Skildring',
			menuTitle: 'Menytittel'
		},
		reviewHeading: 'Godkjenning',
		waiting: '{name} sende dette til godkjenning {date}.',
		approveHint: 'Godkjenn ved å publisere. Eller send tilbake med ein kommentar:',
		comment: 'Kommentar til bidragsytaren',
		sendBack: 'Send tilbake',
		sentBack: '{name} sende dette tilbake {date}:',
		sentBackDone: 'Sendt tilbake til bidragsytaren.'
	},
	desk: {
		myDrafts: 'Utkasta mine',
		awaiting: 'Ventar på godkjenning',
		sentBackToMe: 'Sendt tilbake til meg',
		scheduled: 'Planlagt',
		recent: 'Sist endra',
		staleTranslations: 'Omsetjingar som er eldre enn bokmålsversjonen',
		none: 'Ingenting her no.',
		kind: { side: 'Side', nyhet: 'Nyheit', ressurs: 'Ressurs' },
		plan: {
			publish: 'Blir publisert {date}',
			update: 'Endringar blir publiserte {date}',
			unpublish: 'Blir avpublisert {date}'
		},
		by: '{name}, {date}',
		changedAt: 'Endra {date}',
		language: { nn: 'Nynorsk', en: 'Engelsk' },
		workingCopy: 'har upubliserte endringar'
	},
	routeAccess: {
		writers: 'Administratorar, redaktørar og bidragsytarar (bidragsytarar skriv utkast)',
		adminFront: 'Administratorar, redaktørar, bidragsytarar og fylkesleiarar (berre oversikta)'
	},
	roles: {
		short: 'Bidragsytar',
		bidragsyter: 'Bidragsytar – skriv utkast, ein redaktør publiserer'
	}
};
