/** The signed-in workspaces in nynorsk (same keys as nb.ts). */
import type { Shape } from '../../define';
import type { app as appNb } from './nb';

export const app: Shape<typeof appNb> = {
	common: {
		saved: 'Lagra.',
		yes: 'Ja',
		no: 'Nei'
	},
	results: {
		title: 'Resultat: {title}',
		thanks: 'Takk! Svaret ditt er lagra. Berre du ser kva du har svart.',
		closed: 'Runden er avslutta, og resultata er låste.',
		answered: '{count} av {members} i gruppa har svart.',
		openUntil: 'Runden er open til {date}.',
		isClosed: 'Runden er avslutta.',
		toForm: 'Gå til svarskjemaet',
		withheldTitle: 'Resultata er haldne tilbake',
		mean: 'Snitt',
		spread: 'spreiing',
		ratings: '{count} vurderingar',
		tooFew: 'For få har gjeve tal på dette målet til at resultatet kan visast.',
		caption: 'Vurderingane av kvar påstand (1 = stemmer svært dårleg, 5 = stemmer svært godt)',
		statement: 'Påstand',
		meanCol: 'Snitt',
		spreadCol: 'Spreiing',
		dontKnow: 'Veit ikkje',
		heldBack: 'Halde tilbake: færre enn {min} har gjeve tal',
		agreed: 'Det gruppa vart samde om',
		level: 'Nivå: {level}',
		levelNotSet: 'ikkje sett',
		nothingYet: 'Gruppa har ikkje skrive noko enno.',
		closeHeading: 'Avslutt runden',
		closeLead:
			'Runden vert avslutta av seg sjølv ved fristen. Avsluttar du no, kan ingen svare eller endre svar lenger, og gruppa ser resultata (når minst {min} har svart).',
		closeButton: 'Avslutt runden no'
	},
	ws: {
		name: 'Framtidsbilete',
		context: 'Framtidsbilete · {name} kommune',
		viewerKoordinator: 'Du er koordinator',
		viewerMedlem: 'Du er medlem',
		viewerLeser: 'Du les',
		readonly:
			'Du ser framtidsbiletet som programstab eller fylkesavdeling. Berre kommunegruppa kan endre det, og ingen ser kva den einskilde har svart i notidsbiletet.',
		navLabel: 'Framtidsbiletet',
		nav: {
			overview: 'Oversikt',
			group: 'Gruppa',
			goals: 'Mål',
			target: 'Målbilete',
			current: 'Notidsbilete',
			gap: 'Gapet',
			actions: 'Tiltak',
			log: 'Aksjonslæring',
			sharing: 'Deling',
			between: 'Mellomarbeid'
		},
		titleWith: '{title} – {municipality}'
	},
	autosave: {
		saving: 'Lagrar utkast …',
		saved: 'Utkastet vart lagra kl. {time}. Hugs å lagre når du er ferdig.',
		failed: 'Klarte ikkje å lagre utkastet. Teksten står framleis her; prøv å lagre skjemaet.',
		discarded: 'Utkastet er forkasta. Feltet viser det som er lagra.',
		discard: 'Forkast utkastet',
		discardFor: ' for {label}'
	},
	chart: {
		caption: '{caption}: tala i diagrammet',
		goal: 'Mål'
	},
	composition: {
		complete:
			'Gruppa har den samansetjinga programmet ber om: skuleeigar, kulturskuleleiar, ein annan tilsett i kulturskulen og nokon frå ein annan sektor.',
		incompleteTitle: 'Gruppa er ikkje komplett enno',
		incompleteLead: 'For at gruppa skal ha den samansetjinga programmet ber om, manglar ho:',
		coordinator: 'ein koordinator'
	},
	conclusion: {
		notSet: 'Ikkje sett enno',
		legend: 'Nivået de vart samde om for «{goal}»',
		narrative: 'Kvifor – med gruppa sine eigne ord',
		save: 'Lagre',
		saveFor: ' for {goal}'
	},
	member: {
		role: 'Rolle i gruppa',
		chooseRole: 'Vel rolle',
		sector: 'Sektor',
		sectorHint: 'For annan sektor: kva for ein, til dømes helse, NAV, bibliotek eller barnevern.',
		coordinator: 'Koordinator',
		coordinatorHint: 'Koordinatorar inviterer medlemmer, vel mål og opnar vurderingsrundar.'
	},
	rating: {
		note: 'Notat til deg sjølv'
	},
	stakeholders: {
		actor: 'Sektor eller aktør',
		role: 'Rolle',
		involved: 'Med no?',
		change: 'Endre',
		yes: 'Ja',
		notYet: 'Ikkje enno'
	},
	statement: {
		position: 'Rekkjefølgje'
	},
	overview: {
		title: 'Framtidsbilete for {name}',
		focus: 'Fokusområde: {focus}',
		lead: 'Kva samfunnsmål skal gje retning for kulturskulen i {name}? Gruppa arbeider seg gjennom målbilete, notidsbilete og gapet, og lærer undervegs.',
		roundOpen: 'Runden «{title}» er open',
		roundStatus: 'Svarfrist {deadline}. {count} har svart.',
		changeAnswer: 'Sjå eller endre svaret ditt',
		giveAnswer: 'Gje vurderinga di',
		group: '1. Gruppa',
		memberOne: '1 medlem.',
		members: '{count} medlemmer.',
		goals: '2. Samfunnsmål',
		noGoals: 'Gruppa har ikkje valt mål enno. Vel eitt til tre.',
		target: '3. Målbilete',
		targetCount: '{done} av {total} mål har eit målbilete.',
		current: '4. Notidsbilete',
		noRounds: 'Ingen vurderingsrundar enno.',
		roundOne: '1 runde.',
		rounds: '{count} rundar.',
		gap: '5. Gapet',
		gapCount: '{done} av {total} mål har gapet skildra.',
		actions: '6. Tiltak',
		log: '7. Aksjonslæring',
		logLast: '{count} loggføringar. Sist: {phase} i syklus {cycle}, {date}.',
		noLog: 'Ingen loggføringar enno.',
		sharing: '8. Deling',
		shared: 'Delt med programstaben {date}.',
		notShared: 'Ikkje delt med programstaben enno.'
	},
	rounds: {
		title: 'Notidsbilete',
		lead: 'Korleis opplever de kulturskulen samanlikna med målbiletet akkurat no? Kvar og ein vurderer påstandane for seg, og gruppa ser dei samla tala når minst tre har svart. Så vert de samde om eit nivå og fortel kvifor.',
		heading: 'Vurderingsrundar',
		caption: 'Vurderingsrundar, nyaste først',
		round: 'Runde',
		status: 'Status',
		answers: 'Svar',
		results: 'Resultat',
		resultsFor: ' for {title}',
		openedAt: 'Opna {date}',
		open: 'Open',
		deadline: 'Frist {date}',
		closed: 'Avslutta',
		answered: 'Du har svart',
		notAnswered: 'Du har ikkje svart',
		none: 'Ingen rundar enno.',
		newHeading: 'Opne ein ny runde',
		alreadyOpen: 'Det er allereie ein open runde. Avslutt han før de opnar ein ny.',
		newLead:
			'Alle i gruppa får e-post med lenkje til runden. Dei vurderer påstandane for måla de har valt, og kan endre svaret sitt fram til fristen.',
		name: 'Namn på runden',
		deadlineLabel: 'Svarfrist',
		norwegianTime: 'Norsk tid.',
		openButton: 'Opne runden',
		development: 'Utvikling over tid',
		developmentLead:
			'Nivået for kvart mål etter kvar runde: det gruppa vart samde om, elles snittet av vurderingane når det kan visast.',
		developmentNone: 'Når de har hatt ein runde, vert utviklinga for kvart mål vist her.',
		defaultTitle: 'Notidsbilete {month} {year}'
	},
	answer: {
		closedAt: 'Runden vart avslutta {date}.',
		seeResults: 'Sjå resultata',
		readerLead: 'Svarfrist {deadline}. Berre medlemmene i kommunegruppa svarer.',
		lead: 'Kor godt stemmer kvar påstand for kulturskulen i {name} i dag? Svar ut frå det du sjølv opplever. Svarfrist {deadline}.',
		private:
			'Svara dine er personlege. Ingen andre ser kva du har svart, heller ikkje koordinatoren eller programstaben. Gruppa ser berre samla tal, og først når minst tre har svart. Notata er berre for deg. Svara vert sletta 90 dagar etter at runden er avslutta; dei samla tala vert ståande.',
		answeredAt: 'Du svarte sist {date}. Du kan endre svaret ditt fram til fristen.',
		saveChanges: 'Lagre endringane',
		send: 'Send inn svaret mitt'
	}
};
