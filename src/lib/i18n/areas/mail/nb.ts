/**
 * Everything a person reads outside a web page: e-mails, PDFs and calendar files, and the
 * language choice on the profile page. Rendered in the recipient's language (withLanguage).
 */
export const mail = {
	layout: {
		greeting: 'Hei {name},',
		greetingAnonymous: 'Hei,',
		buttonFallback: 'Virker ikke knappen? Kopier denne adressen inn i nettleseren:',
		footer: 'Fremtidens kulturskole – Norsk kulturskoleråd og KS',
		footerShort: 'Norsk kulturskoleråd og KS'
	},
	account: {
		setupAdmin: {
			subject: 'Sett opp den første administratoren',
			body: 'Bruk lenken for å velge navn, e-post og passord for den første administratoren.',
			button: 'Sett opp administrator',
			note: 'Lenken virker i 24 timer og kan brukes én gang.'
		},
		signInLink: {
			subject: 'Din innloggingslenke',
			body: 'Her er lenken du ba om for å logge inn på Fremtidens kulturskole.',
			button: 'Logg inn',
			note: 'Lenken virker i 15 minutter og kan brukes én gang. Ba du ikke om den, kan du se bort fra denne e-posten.'
		},
		passwordReset: {
			subject: 'Nytt passord',
			body: 'Noen (forhåpentligvis du) ba om å lage nytt passord for kontoen din.',
			button: 'Lag nytt passord',
			note: 'Lenken virker i én time og kan brukes én gang. Ba du ikke om dette, kan du se bort fra e-posten – passordet ditt er uendret.'
		},
		passwordChanged: {
			subject: 'Passordet ditt er endret',
			body: 'Passordet for kontoen din på Fremtidens kulturskole er nettopp endret, og du er logget ut på andre enheter.',
			notYou: 'Var det ikke deg? Be om nytt passord på {url} og kontakt oss.'
		},
		invitation: {
			subject: 'Invitasjon til Fremtidens kulturskole',
			body: '{inviter} har invitert deg til Fremtidens kulturskole som {role}.',
			button: 'Godta invitasjonen',
			note: 'Invitasjonen virker i 7 dager. Du velger navn og passord når du godtar den.'
		},
		accountDeleted: {
			subject: 'Kontoen din er slettet',
			body: 'Kontoen din på Fremtidens kulturskole er slettet, slik du ba om. Vi har fjernet navnet, e-postadressen og innloggingene dine.'
		}
	},
	events: {
		when: 'Når: {when}',
		where: 'Hvor: {where}',
		digital: 'Digitalt',
		placeTbc: 'Stedet kommer',
		meetingLink: 'Møtelenke: {url}',
		meetingLinkLater: 'Møtelenke: kommer på e-post før arrangementet',
		meetingLinkWhenPlace: 'Møtelenken sendes når du har fått plass',
		about: 'Om arrangementet: {url}',
		manage: 'Se, endre eller meld deg av',
		privacy:
			'Lenken er personlig: den som har den, kan se og endre påmeldingen. Del den ikke videre. Slik behandler vi opplysningene dine: {url}',
		icsAttached: 'Kalenderfilen i vedlegget legger arrangementet inn i kalenderen din.',
		icsRemoves: 'Kalenderfilen i vedlegget fjerner arrangementet fra kalenderen din.',
		contact: 'Spørsmål om arrangementet? Kontakt {name} på {email}, eller svar på denne e-posten.',
		confirmed: {
			subject: 'Du er påmeldt: {title}',
			body: 'Takk for påmeldingen! Du har plass på «{title}».'
		},
		waitlisted: {
			subject: 'Du står på venteliste: {title}',
			body: '«{title}» er fullt, så du står på ventelisten som nummer {position}. Blir det ledig plass, får du den automatisk i den rekkefølgen folk meldte seg på, og vi sender deg en e-post.'
		},
		promoted: {
			subject: 'Du har fått plass: {title}',
			body: 'Det ble ledig plass, og du har nå fått plass på «{title}».',
			after:
				'Kalenderfilen i vedlegget legger arrangementet inn i kalenderen din. Kan du ikke komme likevel? Meld deg av, så går plassen videre.'
		},
		linkAgain: {
			subject: 'Lenken til påmeldingen din: {title}',
			body: 'Noen (forhåpentligvis du) prøvde å melde deg på «{title}» igjen. Du er allerede påmeldt, så vi har ikke laget en ny påmelding. Her er lenken til påmeldingen din.'
		},
		reminderDay: {
			subject: 'Påminnelse: {title} i morgen',
			body: 'Velkommen til «{title}» i morgen!',
			after: 'Kan du ikke komme likevel? Meld deg av, så kan noen andre få plassen.'
		},
		reminderHour: {
			subject: 'Snart i gang: {title} kl. {time}',
			body: '«{title}» starter om en time, kl. {time}.'
		},
		changed: {
			subject: 'Endring: {title}',
			body: 'Det er gjort endringer i «{title}», som du er påmeldt:',
			icsReplaces: 'Den oppdaterte kalenderfilen i vedlegget erstatter den du fikk tidligere.'
		},
		eventCancelled: {
			subject: 'Avlyst: {title}',
			body: 'Vi må dessverre avlyse «{title}», som var satt opp {when}. Påmeldingen din er dermed strøket, og du trenger ikke gjøre noe.',
			others: 'Andre arrangementer finner du på {url}'
		},
		selfCancelled: {
			subject: 'Du er meldt av: {title}',
			waitlisted: 'Du står ikke lenger på ventelisten til «{title}».',
			confirmed:
				'Du er meldt av «{title}». Takk for at du sa fra – plassen går videre til neste på ventelisten.',
			again: 'Ombestemmer du deg, kan du melde deg på igjen på {url} så lenge påmeldingen er åpen.'
		},
		attendanceChanged: {
			subject: 'Ny måte å delta på: {title}',
			body: 'Du deltar nå på «{title}» slik: {way}.',
			waitlisted:
				'Du vil delta på «{title}» slik: {way}, men de plassene er fulle. Du er nummer {position} på ventelisten for dem. Blir det ledig plass, får du beskjed.'
		},
		movedToWaitlist: {
			subject: 'Du er flyttet til ventelisten: {title}',
			body: 'Arrangøren har flyttet påmeldingen din til «{title}» til ventelisten. Du er nummer {position} i køen. Blir det ledig plass, får du beskjed.'
		},
		cancelledByStaff: {
			subject: 'Påmeldingen din er strøket: {title}',
			body: 'Arrangøren har strøket påmeldingen din til «{title}» ({when}). Er dette feil, kan du svare arrangøren eller melde deg på igjen på {url}.'
		},
		followUp: {
			subject: 'Takk for sist: {title}',
			body: 'Takk for at du meldte deg på «{title}».',
			recording: 'Opptaket er nå tilgjengelig:',
			recordingButton: 'Se opptaket',
			resources: 'Presentasjoner og andre ressurser fra arrangementet finner du her:'
		},
		staffMessage: {
			why: 'Du får denne e-posten fordi du er påmeldt «{title}» ({when}).'
		},
		changes: {
			time: 'Ny tid: {when} (var {before})',
			place: 'Nytt sted: {where} (var {before})',
			meetingLink: 'Ny møtelenke (se under)'
		}
	},
	ics: {
		digitalLocation: 'Digitalt (møtelenken sendes til påmeldte)',
		meetingLink: 'Møtelenke: {url}',
		about: 'Om arrangementet: {url}',
		manage: 'Se, endre eller meld deg av: {url}',
		feedName: 'Fremtidens kulturskole – arrangementer',
		feedChapter: 'Fremtidens kulturskole – arrangementer i {chapter}',
		feedType: 'Fremtidens kulturskole – {type}',
		google: 'Legg til i Google Kalender',
		outlook: 'Legg til i Outlook'
	},
	programmes: {
		receipt: {
			subject: 'Kvittering: søknad til {programme}',
			received:
				'Vi har mottatt søknaden fra {municipalities} til {programme}. En kopi av søknaden ligger ved som PDF.',
			resubmitted:
				'Vi har mottatt endringene i søknaden fra {municipalities} til {programme}. En kopi av søknaden ligger ved som PDF.',
			deadline: 'Dere kan endre eller trekke søknaden fram til fristen {deadline}.'
		},
		taskReminder: {
			subject: 'Påminnelse: mellomarbeidet «{title}» skal leveres {due}',
			greeting: 'Hei, {name}!',
			body: 'Kommunen din har ikke levert mellomarbeidet «{title}» ennå. Fristen er {due}.',
			button: 'Skriv og lever svaret',
			why: 'Du får denne e-posten fordi du er koordinator i kommunegruppen.'
		},
		open: 'Åpne søknaden',
		decisions: {
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
		}
	},
	fremtidsbilde: {
		roundOpened: {
			subject: 'Nåbilde: {title}',
			body: 'Kommunegruppen i {municipality} har åpnet en ny runde der hver og en vurderer hvordan kulturskolen står i forhold til målbildet i dag.',
			deadline: 'Svarfrist: {deadline}.',
			button: 'Gi din vurdering',
			note: 'Svarene dine er personlige. Gruppen ser bare samlede tall, og først når minst tre har svart.'
		},
		roundReminder: {
			subject: 'Påminnelse: {title}',
			body: 'Kommunegruppen i {municipality} har en åpen nåbilde-runde, «{title}», og vi har ikke fått din vurdering ennå.',
			note: 'Påminnelsen går til alle som ikke har svart. Ingen i gruppen får vite hvem det er.'
		},
		shared: {
			subject: 'Fremtidsbildet for {municipality} er delt med dere',
			body: '{sharedBy} har delt sammendraget av fremtidsbildet for {municipality}.',
			note: 'Hilsen fra gruppen: «{note}»',
			button: 'Les sammendraget'
		},
		storyProposed: {
			subject: 'Ny erfaringshistorie til godkjenning',
			body: 'Kommunegruppen i {municipality} foreslår en erfaringshistorie: «{title}».',
			button: 'Les og godkjenn'
		},
		storyReviewed: {
			subjectPublished: 'Erfaringshistorien er publisert',
			subjectReturned: 'Erfaringshistorien er sendt tilbake',
			published: 'Redaksjonen har godkjent «{title}», og den ligger nå på nettstedet.',
			returned: 'Redaksjonen har sendt «{title}» tilbake til dere.',
			note: 'Redaksjonens kommentar: «{note}»',
			buttonPublished: 'Se historien',
			buttonReturned: 'Rediger historien'
		}
	},
	pdf: {
		chart: {
			notRated: 'ikke vurdert',
			target: 'Målbilde (ønsket nivå)',
			current: 'Nåbilde (nivå i dag)',
			gapTitle: 'Målbilde og nåbilde per mål (skala 1–5)',
			developmentTitle: 'Utvikling per mål, runde for runde (skala 1–5)'
		},
		application: {
			motivation: 'Motivasjon: hvorfor vil dere være med, og hva håper dere å oppnå?',
			focusArea: 'Fokusområde',
			goalsText: 'Mål: hvordan henger samfunnsmålene dere valgte sammen med kommunens arbeid?',
			anchoringPlans: 'Forankring i kommunens planer',
			anchoringPolitical: 'Forankring hos politikere og kommuneledelse',
			title: 'Søknad til {programme}',
			number: '{municipalities} · søknad nr. {id}',
			sent: 'Sendt {when}',
			group: 'Gruppen',
			goals: 'Samfunnsmål',
			contact: 'Kontaktperson'
		},
		fremtidsbilde: {
			title: 'Fremtidsbilde for {municipality} kommune',
			subject: 'Fremtidsbilde',
			made: 'Kommunenummer {number}. Laget {when} fra Fremtidens kulturskole.',
			focusArea: 'Fokusområde',
			noFocusArea: 'Gruppen har ikke skrevet et fokusområde ennå.',
			group: 'Kommunegruppen',
			members: '{count} medlemmer.',
			missing: 'Mangler for minimumssammensetningen: {list}.',
			noGroupRole: 'rolle ikke satt',
			coordinator: ', koordinator',
			plans: 'Planer arbeidet er forankret i',
			gap: 'Gapet: målbilde og nåbilde',
			basedOn: 'Nåbildet bygger på runden «{title}» ({count} svar).',
			basedOnHeld:
				'Nåbildet bygger på runden «{title}» ({count} svar); resultatene er holdt tilbake fordi færre enn tre har svart.',
			target: 'Målbilde',
			notWritten: 'Ikke skrevet ennå.',
			signs: 'Vi vet vi er der når …',
			current: 'Nåbilde',
			levels: 'Ønsket nivå {target}. Nivå i dag: {current}.',
			levelsMean: 'Ønsket nivå {target}. Nivå i dag: {current} (snitt i siste runde {mean}).',
			notRated: 'ikke vurdert',
			gapHeading: 'Gapet',
			notDescribed: 'Ikke beskrevet ennå.',
			stakeholders: 'Hvem eier utfordringen, og hvem må sitte ved bordet?',
			involved: 'er med',
			notInvolved: 'er ikke med ennå',
			actions: 'Tiltak',
			noActions: 'Ingen tiltak ennå.',
			from: 'fra {date}',
			to: 'til {date}',
			partners: 'samarbeid: {value}',
			responsible: 'ansvarlig: {value}',
			answers: 'Svarer på: {value}',
			development: 'Utvikling over tid',
			log: 'Aksjonslæring: logg',
			cycle: 'Syklus {cycle}, {phase} – {date}',
			page: '{title} – side {page} av {pages}'
		}
	},
	language: {
		heading: 'Språk',
		legend: 'Språk for e-post fra oss',
		hint: 'E-post om roller, program, nåbilderunder og påminnelser sendes på dette språket.',
		save: 'Lagre språk',
		saved: 'Språket er lagret.',
		invalid: 'Velg bokmål, nynorsk eller engelsk.'
	}
} as const;
