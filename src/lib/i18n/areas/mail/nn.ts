import type { Shape } from '../../define';
import type { mail as mailNb } from './nb';

export const mail: Shape<typeof mailNb> = {
	layout: {
		greeting: 'Hei {name},',
		greetingAnonymous: 'Hei,',
		buttonFallback: 'Verkar ikkje knappen? Kopier denne adressa inn i nettlesaren:',
		footer: 'Fremtidens kulturskole – Norsk kulturskoleråd og KS',
		footerShort: 'Norsk kulturskoleråd og KS'
	},
	account: {
		setupAdmin: {
			subject: 'Set opp den første administratoren',
			body: 'Bruk lenkja for å velje namn, e-post og passord for den første administratoren.',
			button: 'Set opp administrator',
			note: 'Lenkja verkar i 24 timar og kan brukast éin gong.'
		},
		signInLink: {
			subject: 'Innloggingslenkja di',
			body: 'Her er lenkja du bad om for å logge inn på Fremtidens kulturskole.',
			button: 'Logg inn',
			note: 'Lenkja verkar i 15 minutt og kan brukast éin gong. Bad du ikkje om ho, kan du sjå bort frå denne e-posten.'
		},
		passwordReset: {
			subject: 'Nytt passord',
			body: 'Nokon (forhåpentleg du) bad om å lage nytt passord for kontoen din.',
			button: 'Lag nytt passord',
			note: 'Lenkja verkar i éin time og kan brukast éin gong. Bad du ikkje om dette, kan du sjå bort frå e-posten – passordet ditt er uendra.'
		},
		passwordChanged: {
			subject: 'Passordet ditt er endra',
			body: 'Passordet for kontoen din på Fremtidens kulturskole er nettopp endra, og du er logga ut på andre einingar.',
			notYou: 'Var det ikkje deg? Be om nytt passord på {url} og kontakt oss.'
		},
		invitation: {
			subject: 'Invitasjon til Fremtidens kulturskole',
			body: '{inviter} har invitert deg til Fremtidens kulturskole som {role}.',
			button: 'Godta invitasjonen',
			note: 'Invitasjonen verkar i 7 dagar. Du vel namn og passord når du godtek han.'
		},
		accountDeleted: {
			subject: 'Kontoen din er sletta',
			body: 'Kontoen din på Fremtidens kulturskole er sletta, slik du bad om. Vi har fjerna namnet, e-postadressa og innloggingane dine.'
		}
	},
	events: {
		when: 'Når: {when}',
		where: 'Kvar: {where}',
		digital: 'Digitalt',
		placeTbc: 'Staden kjem',
		meetingLink: 'Møtelenkje: {url}',
		meetingLinkLater: 'Møtelenkje: kjem på e-post før arrangementet',
		meetingLinkWhenPlace: 'Møtelenkja blir send når du har fått plass',
		about: 'Om arrangementet: {url}',
		manage: 'Sjå, endre eller meld deg av',
		privacy:
			'Lenkja er personleg: den som har ho, kan sjå og endre påmeldinga. Ikkje del ho vidare. Slik handsamar vi opplysningane dine: {url}',
		icsAttached: 'Kalenderfila i vedlegget legg arrangementet inn i kalenderen din.',
		icsRemoves: 'Kalenderfila i vedlegget fjernar arrangementet frå kalenderen din.',
		contact:
			'Lurer du på noko om arrangementet? Kontakt {name} på {email}, eller svar på denne e-posten.',
		confirmed: {
			subject: 'Du er påmeld: {title}',
			body: 'Takk for påmeldinga! Du har plass på «{title}».'
		},
		waitlisted: {
			subject: 'Du står på ventelista: {title}',
			body: '«{title}» er fullt, så du står på ventelista som nummer {position}. Blir det ledig plass, får du han automatisk i den rekkjefølgja folk melde seg på, og vi sender deg ein e-post.'
		},
		promoted: {
			subject: 'No har du fått plass: {title}',
			body: 'Det vart ledig plass, og no har du fått plass på «{title}».',
			after:
				'Kalenderfila i vedlegget legg arrangementet inn i kalenderen din. Kan du likevel ikkje kome? Meld deg av, så går plassen vidare.'
		},
		linkAgain: {
			subject: 'Lenkja til påmeldinga di: {title}',
			body: 'Nokon (forhåpentleg du) prøvde å melde deg på «{title}» på nytt. Du er alt påmeld, så vi har ikkje laga ei ny påmelding. Her er lenkja til påmeldinga di.'
		},
		reminderDay: {
			subject: 'Påminning: {title} i morgon',
			body: 'Velkomen til «{title}» i morgon!',
			after: 'Kan du likevel ikkje kome? Meld deg av, så kan nokon andre få plassen.'
		},
		reminderHour: {
			subject: 'Byrjar snart: {title} kl. {time}',
			body: '«{title}» byrjar om ein time, kl. {time}.'
		},
		changed: {
			subject: 'Endring: {title}',
			body: 'Det er gjort endringar i «{title}», som du er påmeld til:',
			icsReplaces: 'Den oppdaterte kalenderfila i vedlegget erstattar den du fekk tidlegare.'
		},
		eventCancelled: {
			subject: 'Avlyst: {title}',
			body: 'Vi må dessverre avlyse «{title}», som var sett opp {when}. Påmeldinga di er dermed stroken, og du treng ikkje gjere noko.',
			others: 'Andre arrangement finn du på {url}'
		},
		selfCancelled: {
			subject: 'Du er meld av: {title}',
			waitlisted: 'Du står ikkje lenger på ventelista til «{title}».',
			confirmed:
				'Du er meld av «{title}». Takk for at du sa frå – plassen går vidare til den neste på ventelista.',
			again: 'Ombestemmer du deg, kan du melde deg på igjen på {url} så lenge påmeldinga er open.'
		},
		attendanceChanged: {
			subject: 'Ny måte å delta på: {title}',
			body: 'No deltek du på «{title}» slik: {way}.',
			waitlisted:
				'Du vil delta på «{title}» slik: {way}, men dei plassane er fulle. Du er nummer {position} på ventelista for dei. Blir det ledig plass, får du melding.'
		},
		movedToWaitlist: {
			subject: 'Du er flytta til ventelista: {title}',
			body: 'Arrangøren har flytta påmeldinga di til «{title}» til ventelista. Du er nummer {position} i køen. Blir det ledig plass, får du beskjed.'
		},
		cancelledByStaff: {
			subject: 'Påmeldinga di er stroken: {title}',
			body: 'Arrangøren har stroke påmeldinga di til «{title}» ({when}). Er dette feil, kan du svare arrangøren eller melde deg på igjen på {url}.'
		},
		followUp: {
			subject: 'Takk for sist: {title}',
			body: 'Takk for at du melde deg på «{title}».',
			recording: 'Opptaket er no tilgjengeleg:',
			recordingButton: 'Sjå opptaket',
			resources: 'Presentasjonar og andre ressursar frå arrangementet finn du her:'
		},
		staffMessage: {
			why: 'Du får denne e-posten fordi du er påmeld til «{title}» ({when}).'
		},
		changes: {
			time: 'Ny tid: {when} (var {before})',
			place: 'Ny stad: {where} (var {before})',
			meetingLink: 'Ny møtelenkje (sjå nedanfor)'
		}
	},
	ics: {
		digitalLocation: 'Digitalt (møtelenkja blir send til dei påmelde)',
		meetingLink: 'Møtelenkje: {url}',
		about: 'Om arrangementet: {url}',
		manage: 'Sjå, endre eller meld deg av: {url}',
		feedName: 'Fremtidens kulturskole – arrangement',
		feedChapter: 'Fremtidens kulturskole – arrangement i {chapter}',
		feedType: 'Fremtidens kulturskole – {type}',
		google: 'Legg til i Google Kalender',
		outlook: 'Legg til i Outlook'
	},
	programmes: {
		receipt: {
			subject: 'Kvittering: søknad til {programme}',
			received:
				'Vi har fått søknaden frå {municipalities} til {programme}. Ein kopi av søknaden ligg ved som PDF.',
			resubmitted:
				'Vi har fått endringane i søknaden frå {municipalities} til {programme}. Ein kopi av søknaden ligg ved som PDF.',
			deadline: 'De kan endre eller trekkje søknaden fram til fristen {deadline}.'
		},
		taskReminder: {
			subject: 'Påminning: mellomarbeidet «{title}» skal leverast {due}',
			greeting: 'Hei, {name}!',
			body: 'Kommunen din har ikkje levert mellomarbeidet «{title}» enno. Fristen er {due}.',
			button: 'Skriv og lever svaret',
			why: 'Du får denne e-posten fordi du er koordinator i kommunegruppa.'
		},
		open: 'Opne søknaden',
		decisions: {
			tatt_opp: {
				subject: '{kommune} er teken opp i {program}',
				body: 'Vi har gleda av å fortelje at {kommune} er teken opp i {program}.\n\nGruppemedlemmene de førte opp i søknaden, får ein invitasjon til arbeidsrommet til kommunen på nettstaden. Vi sender meir informasjon om oppstartssamlinga.'
			},
			venteliste: {
				subject: '{kommune} står på ventelista til {program}',
				body: 'Takk for søknaden frå {kommune} til {program}. Alle plassane er førebels fylte, og de står på venteliste. Vi seier frå dersom ein plass blir ledig.'
			},
			avslag: {
				subject: 'Svar på søknaden frå {kommune} til {program}',
				body: 'Takk for søknaden frå {kommune} til {program}. Vi fekk mange gode søknader, og dessverre fekk de ikkje plass denne gongen. Ta gjerne kontakt med fylkesavdelinga for å høyre om andre moglegheiter.'
			}
		}
	},
	fremtidsbilde: {
		roundOpened: {
			subject: 'Notidsbilete: {title}',
			body: 'Kommunegruppa i {municipality} har opna ein ny runde der kvar og ein vurderer korleis kulturskulen står i høve til målbiletet i dag.',
			deadline: 'Svarfrist: {deadline}.',
			button: 'Gje vurderinga di',
			note: 'Svara dine er personlege. Gruppa ser berre samla tal, og først når minst tre har svart.'
		},
		roundReminder: {
			subject: 'Påminning: {title}',
			body: 'Kommunegruppa i {municipality} har ein open notidsbilete-runde, «{title}», og vi har ikkje fått vurderinga di enno.',
			note: 'Påminninga går til alle som ikkje har svart. Ingen i gruppa får vite kven det er.'
		},
		shared: {
			subject: 'Framtidsbiletet for {municipality} er delt med dykk',
			body: '{sharedBy} har delt samandraget av framtidsbiletet for {municipality}.',
			note: 'Helsing frå gruppa: «{note}»',
			button: 'Les samandraget'
		},
		storyProposed: {
			subject: 'Ny erfaringshistorie til godkjenning',
			body: 'Kommunegruppa i {municipality} føreslår ei erfaringshistorie: «{title}».',
			button: 'Les og godkjenn'
		},
		storyReviewed: {
			subjectPublished: 'Erfaringshistoria er publisert',
			subjectReturned: 'Erfaringshistoria er send tilbake',
			published: 'Redaksjonen har godkjent «{title}», og ho ligg no på nettstaden.',
			returned: 'Redaksjonen har sendt «{title}» tilbake til dykk.',
			note: 'Kommentar frå redaksjonen: «{note}»',
			buttonPublished: 'Sjå historia',
			buttonReturned: 'Rediger historia'
		}
	},
	pdf: {
		chart: {
			notRated: 'ikkje vurdert',
			target: 'Målbilete (ønskt nivå)',
			current: 'Notidsbilete (nivå i dag)',
			gapTitle: 'Målbilete og notidsbilete per mål (skala 1–5)',
			developmentTitle: 'Utviklinga per mål, runde for runde (skala 1–5)'
		},
		application: {
			motivation: 'Motivasjon: kvifor vil de vere med, og kva håpar de å oppnå?',
			focusArea: 'Fokusområde',
			goalsText: 'Mål: korleis heng samfunnsmåla de valde saman med arbeidet i kommunen?',
			anchoringPlans: 'Forankring i planane til kommunen',
			anchoringPolitical: 'Forankring hos politikarar og kommuneleiinga',
			title: 'Søknad til {programme}',
			number: '{municipalities} · søknad nr. {id}',
			sent: 'Sendt {when}',
			group: 'Gruppa',
			goals: 'Samfunnsmål',
			contact: 'Kontaktperson'
		},
		fremtidsbilde: {
			title: 'Framtidsbilete for {municipality} kommune',
			subject: 'Framtidsbilete',
			made: 'Kommunenummer {number}. Laga {when} frå Fremtidens kulturskole.',
			focusArea: 'Fokusområde',
			noFocusArea: 'Gruppa har ikkje skrive eit fokusområde enno.',
			group: 'Kommunegruppa',
			members: '{count} medlemmer.',
			missing: 'Manglar for minimumssamansetjinga: {list}.',
			noGroupRole: 'rolle ikkje sett',
			coordinator: ', koordinator',
			plans: 'Planar arbeidet er forankra i',
			gap: 'Gapet: målbilete og notidsbilete',
			basedOn: 'Notidsbiletet byggjer på runden «{title}» ({count} svar).',
			basedOnHeld:
				'Notidsbiletet byggjer på runden «{title}» ({count} svar); resultata er haldne tilbake fordi færre enn tre har svart.',
			target: 'Målbilete',
			notWritten: 'Ikkje skrive enno.',
			signs: 'Vi veit vi er der når …',
			current: 'Notidsbilete',
			levels: 'Ønskt nivå {target}. Nivå i dag: {current}.',
			levelsMean: 'Ønskt nivå {target}. Nivå i dag: {current} (snitt i siste runde {mean}).',
			notRated: 'ikkje vurdert',
			gapHeading: 'Gapet',
			notDescribed: 'Ikkje skildra enno.',
			stakeholders: 'Kven eig utfordringa, og kven må sitje ved bordet?',
			involved: 'er med',
			notInvolved: 'er ikkje med enno',
			actions: 'Tiltak',
			noActions: 'Ingen tiltak enno.',
			from: 'frå {date}',
			to: 'til {date}',
			partners: 'samarbeid: {value}',
			responsible: 'ansvarleg: {value}',
			answers: 'Svarar på: {value}',
			development: 'Utvikling over tid',
			log: 'Aksjonslæring: logg',
			cycle: 'Syklus {cycle}, {phase} – {date}',
			page: '{title} – side {page} av {pages}'
		}
	},
	language: {
		heading: 'Språk',
		legend: 'Språk for e-post frå oss',
		hint: 'E-post om roller, program, rundar med notidsbilete og påminningar blir send på dette språket.',
		save: 'Lagre språk',
		saved: 'Språket er lagra.',
		invalid: 'Vel bokmål, nynorsk eller engelsk.'
	}
};
