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
	apply: {
		seoTitle: 'Søk: {programme}',
		deadline: 'Søknadsfrist:',
		places: 'Plassar:',
		placesCount: '{count} kommunar',
		mine: 'Søknadene dine',
		applicationFor: 'Søknad nr. {id} for {names}',
		opensAt: 'Utlysinga opnar {date}. Du kan starte ein søknad frå då.',
		closedAt:
			'Søknadsfristen gjekk ut {date}. Du kan lese søknadene dine, men ikkje starte nye eller endre dei.',
		startNew: 'Start ein ny søknad',
		start: 'Start søknaden',
		startLead:
			'Vel kommunen de søkjer for. Fleire kommunar kan søkje saman i éin søknad. Kvar kommune kan ha éin søknad til utlysinga. Etterpå fører du opp gruppa og svarer på spørsmåla; dei du fører opp, kan logge inn og hjelpe til med å fylle ut søknaden.',
		municipality: 'Kommune',
		municipalityHint: 'Berre medlemskommunar i området utlysinga gjeld, står i lista.'
	},
	application: {
		seoTitle: 'Søknad nr. {id}: {programme}',
		heading: 'Søknad frå {names}',
		meta: 'Søknad nr. {id} til {programme} · {status}',
		sentAt: ', send {date}',
		lastSaved: '· sist lagra av {name} {date}',
		withdrawn: 'Søknaden er trekt. Kommunen kan starte ein ny søknad så lenge utlysinga er open.',
		closed:
			'Søknadsfristen gjekk ut {date}. Søknaden kan ikkje lenger endrast eller trekkjast; du kan lese han nedanfor.',
		deadline: 'Fristen er {date}.',
		sentLead:
			'Søknaden er send. Du kan endre han og sende inn endringane, eller trekkje han, fram til fristen.',
		draftLead:
			'Lange svar vert lagra som utkast medan du skriv. Alle som står oppførte i gruppa, kan logge inn og hjelpe til.',
		group: 'Gruppa',
		groupLead:
			'Før opp dei som skal vere med i kommunegruppa. Programmet krev minst éin person med kvar av desse rollene:',
		groupLeadEach:
			'Før opp dei som skal vere med i kommunegruppa. Programmet krev minst éin person med kvar av desse rollene i kvar kommune:',
		groupLeadEnd:
			'Vi brukar namn og e-post til å invitere gruppa dersom de vert tekne opp. Treng du fleire rader, lagrar du utkastet, så kjem det nye.',
		member: 'Medlem {n}',
		name: 'Namn',
		email: 'E-post',
		role: 'Rolle',
		chooseRole: 'Vel rolle',
		municipality: 'Kommune',
		questions: 'Spørsmåla',
		motivation: 'Motivasjon',
		motivationHint: 'Kvifor vil de vere med, og kva håpar de å oppnå?',
		focusArea: 'Fokusområde',
		focusAreaHint:
			'Kva vil de særleg arbeide med, til dømes inkludering eller samarbeid med skulen?',
		goals: 'Samfunnsmål',
		goalsHint: 'Vel eitt eller fleire mål frå katalogen til programmet.',
		goalsText: 'Mål',
		goalsTextHint: 'Korleis heng måla saman med arbeidet i kommunen?',
		plans: 'Forankring i planar',
		plansHint:
			'Kva for planar i kommunen byggjer arbeidet på (samfunnsdelen, oppvekstplan, kulturplan …)?',
		political: 'Forankring hos politikarar og kommuneleiinga',
		politicalHint:
			'Kven har sagt ja til at kommunen søkjer, og korleis er politikarane involverte?',
		contact: 'Kontaktperson',
		contactLead: 'Vi sender vedtaket til kontaktpersonen og til den som starta søknaden.',
		phone: 'Telefon',
		saveDraft: 'Lagre utkast',
		sendChanges: 'Send inn endringane',
		send: 'Send inn søknaden',
		withdrawHeading: 'Trekkje søknaden?',
		withdrawLead:
			'Trekkjer de søknaden, vert han ikkje vurdert. Kommunen kan starte ein ny før fristen.',
		withdraw: 'Trekk søknaden',
		sentMessage:
			'Søknaden vart send kl. {time}. Vi har sendt ei kvittering med ein PDF-kopi til {email}.',
		savedMessage: 'Utkastet er lagra. Dei andre i gruppa ser endringane når dei opnar søknaden.'
	},
	programmes: {
		group: 'Gruppa',
		applyBy: 'Søk innan {date}.',
		opens: 'Utlysinga opnar {opens}, søknadsfrist {closes}.',
		places: '{count} plassar.',
		applyLink: 'Søk om plass',
		readMore: 'Les meir om å søkje',
		adminNav: 'Sidene til programmet',
		navHub: 'Programmet',
		navCall: 'Utlysing',
		navApplications: 'Søknader',
		navDecisions: 'Vedtak',
		navBetween: 'Mellomarbeid',
		navOverview: 'Oversikt',
		name: 'Namn',
		kind: 'Type',
		status: 'Status',
		statusHint:
			'Utkast vert berre viste i administrasjonen. Dei andre vert viste på nettstaden under /program.',
		lead: 'Ingress',
		description: 'Skildring',
		starts: 'Startar',
		ends: 'Sluttar',
		owners: 'Eigarar',
		ownersHint: 'Skil med komma, til dømes: Norsk kulturskoleråd, KS.',
		chapters: 'Fylkesavdelingar som driv programmet',
		chaptersHint: 'Påkravd for regionale program. Fylkesleiarane får tilgang til programmet.',
		reported: 'Tal på søknader før plattforma',
		reportedHint: 'For rundar der søknadene ikkje ligg her (piloten hadde 55). La stå tomt elles.',
		resources: 'Ressursar som vert viste på sida til programmet',
		slug: 'Adresse',
		slugHint: 'Vert laga frå namnet om du lèt feltet stå tomt. /program/{slug}',
		save: 'Lagre programmet',
		taskTitle: 'Tittel',
		taskDue: 'Frist',
		taskEvent: 'Førebur samlinga',
		taskNoEvent: 'Inga bestemd samling'
	},
	events: {
		adminNav: 'Arrangementet',
		tabDetails: 'Detaljar',
		tabQuestions: 'Spørsmål',
		tabParticipants: 'Deltakarar',
		tabCheckIn: 'Innsjekk',
		tabMessage: 'Melding',
		meetingLink: 'Møtelenkje:',
		closed: 'Påmeldinga er stengd',
		openNoLimit: 'Open for påmelding',
		recording: 'Opptak tilgjengeleg',
		participantRoles: [
			'Kulturskuleleiar',
			'Lærar eller annan tilsett i kulturskulen',
			'Skuleeigar eller kommunalsjef',
			'Leiar i skule eller barnehage',
			'Tilsett i annan kommunal sektor',
			'Folkevald',
			'Norsk kulturskoleråd eller fylkesavdeling',
			'KS',
			'Annan rolle'
		],
		aboutYou: 'Om deg',
		name: 'Namn',
		nameHint: 'Står på deltakarlista og namnelappen.',
		email: 'E-post',
		emailHint: 'Hit sender vi stadfestinga, lenkja til påmeldinga di og beskjed om endringar.',
		fromWhere:
			'Fyll ut kommunen du kjem frå, eller organisasjonen din dersom du ikkje representerer ein kommune. Vi brukar det til å sjå kva kommunar som deltek.',
		municipality: 'Kommune',
		municipalityHint: 'Byrja å skrive, og vel frå forslaga.',
		organisation: 'Annan organisasjon',
		role: 'Rolle',
		chooseRole: 'Vel rolla di',
		roleHint: 'Hjelper oss å tilpasse innhaldet og sjå kven arrangementet når.',
		questions: 'Spørsmål frå arrangøren',
		yes: 'Ja',
		no: 'Nei',
		several: 'Du kan velje fleire.',
		food: 'Mat og allergiar',
		dietary: 'Behov knytte til kosthald eller allergiar',
		dietaryHint:
			'Frivillig. Vi brukar det berre til å bestille mat. Slike opplysningar kan seie noko om helse eller religion, så vi lagrar dei berre med samtykket ditt og slettar dei dagen etter arrangementet.',
		dietaryConsent:
			'Eg samtykkjer i at opplysningane om kosthald og allergiar vert lagra fram til dagen etter arrangementet.',
		privacyBefore: 'Eg har lese',
		privacyLink: 'personvernerklæringa',
		privacyAfter: 'og veit korleis opplysningane vert brukte.',
		mine: {
			seoTitle: 'Påmeldinga di: {title}',
			heading: 'Påmeldinga di',
			changed: 'Endringane er lagra.',
			cancelledNotice: 'Du er meld av. Vi har sendt deg ei stadfesting på e-post.',
			registered: 'Du er påmeld!',
			waitlisted: 'Du står på ventelista',
			sent: 'Vi har sendt ei stadfesting til {email} med lenkja til denne sida. Ta vare på ho: med henne kan du sjå, endre eller melde deg av.',
			status: 'Status',
			eventCancelled: 'Arrangementet er avlyst.',
			hasSeat: 'Du har plass.',
			position:
				'Du er nummer {position} på ventelista. Vert det ledig plass, får du han automatisk, og vi seier frå på e-post.',
			youCancelled: 'Du har meldt deg av.',
			registerAgain: 'Meld deg på att',
			registerAgainAfter: 'dersom du ombestemmer deg.',
			stored: 'Dette har vi lagra',
			organisation: 'Organisasjon',
			dietary: 'Kosthald og allergiar',
			registeredAt: 'Påmeld',
			retention:
				'Opplysningane om kosthald og allergiar vert sletta dagen etter arrangementet. Resten av påmeldinga vert anonymisert {months} månader etter arrangementet. Les meir i',
			privacy: 'personvernerklæringa',
			change: 'Endre påmeldinga',
			saveChanges: 'Lagre endringane',
			cancelHeading: 'Meld deg av',
			cancelConfirmed:
				'Kan du ikkje kome? Meld deg av, så går plassen til den første på ventelista.',
			cancelWaitlisted: 'Vil du ikkje stå på ventelista lenger? Meld deg av her.',
			cancel: 'Meld meg av',
			deleteHeading: 'Slett påmeldinga',
			deleteLead:
				'Slettar du påmeldinga, fjernar vi ho og alt du har oppgjeve, med ein gong. Har du plass, går han vidare til ventelista. Lenkja sluttar å verke.',
			delete: 'Slett påmeldinga mi'
		}
	},
	form: {
		password: 'Passord',
		passwordHint: 'Minst 10 teikn. Gjerne fleire ord sette saman.',
		repeatPassword: 'Gjenta passordet',
		stash:
			'Vi tok vare på det du skreiv før du vart logga ut (kl. {time}). Sjå over og lagre på nytt.',
		draft:
			'Vi har fylt inn eit utkast du ikkje hadde lagra (kl. {time}). Sjå over og lagre når du er klar.'
	},
	goals: {
		title: 'Samfunnsmål og forankring',
		lead: 'Kva samfunnsmål er vesentlege for kva kulturskulen i {name} skal gjere? Gruppa vel eitt til tre mål, gjev arbeidet eit eige fokusområde og viser kva planar det er forankra i.',
		heading: 'Mål og fokusområde',
		choose: 'Vel eitt til tre samfunnsmål',
		chooseHint: 'Det de skriv om eit mål, vert teke vare på sjølv om de vel det bort.',
		focus: 'Fokusområde',
		focusHint: 'Med eigne ord: kva vil de særleg arbeide med?',
		save: 'Lagre valet',
		focusIs: 'Fokusområde: {focus}',
		noFocus: 'Gruppa har ikkje skrive eit fokusområde enno.',
		noneChosen: 'Koordinatoren har ikkje valt mål enno.',
		about: 'Om måla',
		sdgs: 'Berekraftsmåla til FN: {list}',
		readMore: 'Les meir: {title}',
		plans: 'Planar arbeidet er forankra i',
		planRemoved: 'Planen er fjerna.',
		remove: 'Fjern',
		noPlans: 'Ingen planar er lagde inn enno.',
		addPlan: 'Legg til ein plan',
		planName: 'Namn på planen',
		planKind: 'Type plan',
		chooseKind: 'Vel type',
		planUrl: 'Lenkje til planen',
		addPlanButton: 'Legg til planen',
		saved: 'Valet er lagra.',
		planAdded: 'Planen er lagd til.'
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
