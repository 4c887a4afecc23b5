/**
 * Demo news: every news item from the programme's original page, once each, newest first.
 * Written in our own words; headlines, dates, places, names and numbers are the original's.
 */
import type { DemoNews } from './types';

export const news: DemoNews[] = [
	{
		slug: 'nytt-dialogseminar-29-april-2024',
		title:
			'Nytt dialogseminar: Kunst og kultur i arbeid med styrket læringsmiljø og gode oppvekstmiljø',
		lead: 'Norsk kulturskoleråd, KS og Utdanningsdirektoratet inviterer til et nytt nasjonalt dialogseminar mandag 29. april. Temaet er hvordan samarbeid med frivilligheten og andre lokale aktører kan gi bedre oppvekst.',
		body: `Mandag 29. april 2024 arrangerer Norsk kulturskoleråd, KS og Utdanningsdirektoratet et nytt nasjonalt dialogseminar. Seminaret følger opp fjorårets nasjonale dialogseminar.

## Hovedspørsmålet

Ett spørsmål står i sentrum: Hvordan kan et mer helhetlig samarbeid og sterkere samhandling med frivillig sektor og andre lokale aktører gi bedre skole, bedre kulturskole og bedre oppvekst?

## Bakgrunn

Utgangspunktet for seminaret er arbeidet med Fremtidens kulturskole. Seminaret handler også om hvordan tiltak og intensjoner i Meld. St. 18 (2020–2021) «Oppleve, skape, dele – Kunst og kultur for, med og av barn og unge» blir fulgt opp.

## Hvem er seminaret for?

Seminaret passer for:

- kulturskoleledere
- ledere i grunnskolen
- kommunalsjefer og virksomhetsledere i oppvekst- og kultursektoren
- utdanningssektoren for kultur og skole
- nasjonale organisasjoner på kulturfeltet og i frivilligheten`,
		publishedAt: '2024-04-08T10:00:00+02:00',
		tags: ['dialogseminar'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: 'invitasjon-til-regionale-program',
		title: 'Fremtidens kulturskole: Invitasjon til deltakelse i regionale program',
		lead: 'Det kommunene lærte i pilotprosjektet, skal nå komme flere til gode gjennom regionale program. Alle fylkesavdelingene i Norsk kulturskoleråd kan melde interesse.',
		body: `Pilotprosjektet «Kulturskolen som utviklingsaktør i fremtidens kommune» har gitt mye erfaring, kunnskap og læring. Dette tas nå videre i regionale program.

## En ramme for arbeid som allerede er i gang

Det regionale programmet skal gi en ramme for kommunalt og regionalt utviklingsarbeid og hjelpe til med å gjennomføre det. Det er ikke ment som et eget prosjekt på toppen av alt annet. Programmet ses i sammenheng med utviklingsområdene kommunene og regionene allerede har valgt. Fremtidens kulturskole bidrar til å gjøre disse områdene konkrete og til å arbeide planmessig med dem.

## Hvem kan delta?

Nå kan alle fylkesavdelingene i Norsk kulturskoleråd si fra om at de ønsker å være med. Målgruppen er medlemskommunene i Norsk kulturskoleråd og mot styrene i fylkesavdelingene.

## Mer informasjon

Les mer om programmet under [Veien videre](/veien-videre). Der finner du også svar på spørsmål mange lurer på. Grunnlagsdokumentet for programmet ligger som PDF på kulturskoleradet.no.`,
		publishedAt: '2023-06-12T10:00:00+02:00',
		tags: ['regionale program'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Grunnlagsdokumentet på kulturskoleradet.no'
	},
	{
		slug: 'nasjonalt-dialogseminar-opptak-og-ressurser',
		title: 'Nasjonalt dialogseminar: Filmopptak og tilhørende ressurser',
		lead: 'Opptaket fra det nasjonale dialogseminaret i april 2023 er nå tilgjengelig, sammen med forberedelser og dialogspørsmål som kan brukes lokalt.',
		body: `I april 2023 arrangerte Utdanningsdirektoratet (Udir), KS og Norsk kulturskoleråd et nasjonalt dialogseminar. Nå kan du se opptaket fra seminaret her på nettstedet. Her ligger også ressursene som hører til.

## Hva finner du?

- opptak av seminaret
- forberedelsesmateriale
- dialogspørsmål

## Slik kan materialet brukes

Materialet passer overalt der temaet er samarbeid og utvikling på tvers av kultur- og oppvekstsektoren, for eksempel:

- i en enkelt kommune
- på regionale samlinger og fylkessamlinger for aktuelle aktører
- på andre møteplasser der dette er tema

Opptaket og dialogspørsmålene egner seg godt som utgangspunkt for samtaler i en kommunegruppe eller en ledergruppe.

Les mer og finn materialet under [Veien videre](/veien-videre) og [Film/video](/film-og-video).`,
		publishedAt: '2023-05-10T10:00:00+02:00',
		tags: ['dialogseminar', 'film']
	},
	{
		slug: 'viktig-skritt-mot-fremtidens-kulturskole',
		title: '26. januar 2023: Viktig skritt tatt mot fremtidens kulturskole',
		lead: 'På et milepælsarrangement i Oslo ble erfaringene fra prosjektet delt. Deretter så deltakerne framover: Hva bør vi ta med oss videre?',
		body: `I januar 2023 tok Fremtidens kulturskole et nytt steg. Prosjekteierne Norsk kulturskoleråd og KS mener dette steget kan gi kulturskolen en enda tydeligere og sterkere rolle som utviklingsaktør i fremtidens kommune.

## Milepælsarrangement i Oslo

Torsdag 26. januar 2023 ble det holdt et milepælsarrangement i Oslo. Der ble erfaringene og lærdommen fra prosjektarbeidet så langt delt med deltakerne.

Etterpå vendte deltakerne blikket framover og tenkte høyt sammen: Hva har fungert så godt at vi bør ta det med oss videre?

## Oppsummering av piloten

Artiklene på temasiden om Fremtidens kulturskole på [ks.no](https://www.ks.no/) oppsummerer pilotprosjektet «Kulturskolen som utviklingsaktør i fremtidens kommune». Prosjektet ser på hvilken rolle kulturskolen har i det kommunale tjenestetilbudet, og hvordan den kan åpne dører for samskaping.

Les mer om erfaringene på siden [Erfaringer fra piloten](/prosjektet/synliggjoring-av-erfaring-fra-piloten).`,
		publishedAt: '2023-01-30T10:00:00+01:00',
		tags: ['pilot', 'samling', 'samskaping'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: 'ny-underveisrapport',
		title: 'Ny underveisrapport',
		lead: 'En ny underveisrapport om Fremtidens kulturskole er klar. Prosjektet er et samarbeid mellom KS og Norsk kulturskoleråd.',
		body: `Det er nå lagt fram en ny underveisrapport om Fremtidens kulturskole. Prosjektet er et samarbeid mellom KS (kommunesektorens organisasjon) og Norsk kulturskoleråd (kulturskolerådet).

## Hva handler prosjektet om?

Formålet med prosjektet er å rette oppmerksomheten mot kulturskolens funksjon, oppgave og rolle i det kommunale tjenestetilbudet. Hva kan kulturskolen bidra med i kommunen, og hvordan kan den samarbeide med andre tjenester?

Underveisrapporten gir et bilde av arbeidet så langt. Den er nyttig både for kommunene som deltar, og for andre som vil vite mer om hvordan prosjektet har utviklet seg.

## Les rapporten

Du finner underveisrapporten på siden [Rapporter](/prosjektet/rapporter), sammen med prosjektrapporten «På vei mot Fremtidens kulturskole» fra 2021.`,
		publishedAt: '2022-06-14T10:00:00+02:00',
		tags: ['rapport', 'pilot']
	},
	{
		slug: 'temasamling-samskaping-i-praksis',
		title: 'Samskaping i praksis – hva kan det være?',
		lead: 'Onsdag 6. april 2022 inviterer vi til en temasamling på nett om samskaping. Prosjektet «Biblioteket som samskaper» deler sine erfaringer.',
		body: `Samskaping er et ord som ofte dukker opp når vi snakker om gode tjenester og gode lokalsamfunn. Men hva betyr det i praksis? Prosjektet «Biblioteket som samskaper» har gjort seg erfaringer som de vil dele på en digital temasamling.

## Hvem er «vi»?

Hvordan finner vi de gode løsningene sammen – og hvem er egentlig «vi» her? Det spørsmålet blir sentralt på nettmøtet.

## Program

Norsk kulturskoleråd og KS har invitert representanter fra kommunene som var med i bibliotekprosjektet, og fra prosjektledelsen. Erfaringene med biblioteket som samfunnsutvikler og samskaper kan være nyttige i mange roller og i mye av utviklingsarbeidet i kommunene.

- Innlegg om erfaringer fra enkeltkommuner og fra prosjektet som helhet: formålet, hva de la i ordet samskaping, og hva deltakerne skulle oppnå.
- Overordnede erfaringer og startpakken for samskaping, som er praktisk og gir tips og verktøy.
- **Gjesdal kommune** forteller hvordan de har samskapt og samskaper med ungdom.
- **Vestre Toten kommune** forteller hva samskaping krever av lederne.
- Samtale med andre deltakere: del erfaringer, still spørsmål og drøft hva temaet betyr for dere.

## Hvem kan delta?

Samlingen er først og fremst for deltakerkommunene i Fremtidens kulturskole. Andre ansatte og kommuner som er interessert i temaet, er også velkomne.

## Tid, sted og påmelding

- **Tid:** onsdag 6. april 2022 kl. 12.00–14.00
- **Sted:** Zoom. Møtelenken sendes til dem som er påmeldt.
- **Påmeldingsfrist:** 1. april`,
		publishedAt: '2022-03-14T10:00:00+01:00',
		tags: ['nettmøte', 'samskaping']
	},
	{
		slug: 'pilotkommunene-godt-i-gang',
		title: 'Høstens arbeid i pilotprosjektet: Pilotkommunene godt i gang',
		lead: 'I slutten av november 2021 møttes kommunegruppene i pilotprosjektet til sin andre fysiske samling. Kommunene er godt i gang med arbeidet.',
		body: `Kommunegruppene fra de 15 deltakerkommunene i pilotprosjektet «Kulturskole 3.0 – kulturskolen som utviklingsaktør i fremtidens kommune» var samlet for andre gang i slutten av november 2021.

## Første samling: det store bildet

Den første samlingen var i midten av september 2021. Der så kommunene på «det store bildet»: Hvor kan prosjektet deres knyttes til lokale planer og felles mål for samfunnsutviklingen? De gikk gjennom nasjonale føringer og planer som kan brukes i arbeidet. De drøftet også hvem som bør sitte rundt bordet når man samskaper om et fokusområde – og hvorfor akkurat disse personene og rollene skal være med nå, og ikke andre.

## Mellomarbeid

Fram til neste samling jobbet kommunene videre med å begrunne valget av mål og fokusområde. Er det bare kulturskolen som eier utfordringen og mulighetene kommunen ser, eller er det flere?

## Andre samling

Den første dagen møttes koordinatorer og såkalte co-koordinatorer fra kommunene. De arbeidet med samskaping, prosessarbeid og aksjonslæring. Målet var å skape eierskap og bli enige om program, arbeidsmåter og mål for dag to.

Dag to samlet rundt 55 deltakere. Kommunegruppene hadde fra ett til seks medlemmer. Deltakerne delte erfaringer og la planer for det videre arbeidet lokalt. Det var også faglige innslag om lærende organisasjoner, prosessledelse og verktøy og metoder til bruk hjemme.

## Videre

Nå planlegger og gjennomfører kommunene neste mellomarbeid. Kommunegruppene møtes igjen første uke i februar 2022.`,
		dateline: 'TRONDHEIM',
		publishedAt: '2021-12-01T10:00:00+01:00',
		tags: ['pilot', 'samling']
	},
	{
		slug: 'temapakker-for-arbeid-mot-fremtidens-kulturskole',
		title: 'Temapakker for arbeid på vei mot Fremtidens kulturskole',
		lead: 'KS og Norsk kulturskoleråd tilbyr nå tre temapakker. Med dem kan alle regioner og kommuner ta i bruk innholdet i rapporten «På vei mot Fremtidens kulturskole».',
		body: `Som en del av prosjektet Fremtidens kulturskole har prosjektpartnerne KS og Norsk kulturskoleråd laget tre temapakker. De gjør det mulig for alle regioner og kommuner å bruke materialet fra rapporten «På vei mot Fremtidens kulturskole» i sitt eget arbeid.

## De tre pakkene

1. **Pakke 1: Hovedfunn og bakgrunn**
2. **Pakke 2: Kulturskolen i samfunnet**
3. **Pakke 3: Kulturskole hele livet**

## Til bruk lokalt og regionalt

Pakkene kan brukes av kommuner som vil komme i gang med egne samtaler om kulturskolens rolle, og av regioner som vil ta opp temaene på samlinger. De gir et felles utgangspunkt, også for kommuner som ikke er med i pilotprosjektet.

Du kan se og laste ned temapakkene på siden [Annet](/kulturskole-3-0/annet) under Kulturskole 3.0.`,
		dateline: 'OSLO',
		publishedAt: '2021-08-24T10:00:00+02:00',
		tags: ['temapakker', 'rapport'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: '16-kommuner-i-pilotprosjekt',
		title: 'Kulturskole 3.0: 16 kommuner har fått deltakerplass i pilotprosjekt',
		lead: '16 kommuner er tatt opp i pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune», som KS og Norsk kulturskoleråd står bak.',
		body: `Det er klart hvilke kommuner som blir med i pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune». 55 kommuner søkte, og 16 har fått plass.

## Kommunene

Disse kommunene er med:

Asker, Bodø, Gjesdal, Høyanger, Inderøy, Lillestrøm, Målselv, Nes, Porsgrunn, Steinkjer, Stjørdal, Stranda, Sunnfjord, Tynset, Ullensvang og Ås.

## Målet med piloten

Gjennom piloten skal kommunen og kulturskolen utvikle nye måter å tenke og arbeide på, slik at kulturskolen får en sterkere rolle og funksjon i fremtidens kommune.

## Hvordan arbeidet foregår

Hver kommune deltar med en sammensatt kommunegruppe. Gruppene møtes på fysiske samlinger, og mellom samlingene arbeider de videre hjemme. KS og Norsk kulturskoleråd står bak prosjektet sammen.`,
		dateline: 'OSLO',
		publishedAt: '2021-06-08T10:00:00+02:00',
		tags: ['pilot'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: 'webinar-kulturskolen-og-det-kommunale-plansystemet',
		title: 'Webinar: Kulturskolen og det kommunale plansystemet',
		lead: 'Norsk kulturskoleråd og KS inviterer til webinar fredag 28. mai 2021 om kulturskolens plass i det kommunale plansystemet.',
		body: `Hvor hører kulturskolen hjemme i kommunens planer? Det spørsmålet tar Norsk kulturskoleråd og KS opp i et webinar fredag 28. mai.

## Hvorfor planer er viktige

Skal kulturskolen være en del av det samlede kommunale tjenestetilbudet, må den finne sin plass i plansystemet. Når kulturskolen er nevnt i kommunens planer, blir det lettere å se den i sammenheng med andre tjenester og med kommunens mål.

Aktuelle planer kan være kommuneplanens samfunnsdel, oppvekstplanen, kulturplanen og folkehelseplanen.

## Praktisk informasjon

- **Tid:** fredag 28. mai 2021 kl. 12.00–13.30
- **Sted:** på nett, via videokonferansetjenesten Zoom
- **Påmeldingsfrist:** 26. mai 2021`,
		dateline: 'OSLO',
		publishedAt: '2021-05-10T10:00:00+02:00',
		tags: ['webinar', 'plan'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: 'verksted-for-pilotprosjekt',
		title: 'Fremtidens kulturskole: Inviterer til verksted før pilotprosjekt',
		lead: 'Vurderer kommunen din å søke om plass i pilotprosjektet? KS og Norsk kulturskoleråd inviterer til et gratis verksted på nett 10. mars 2021.',
		body: `KS og Norsk kulturskoleråd inviterer kommuner som er interessert i pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune», til et verksted.

## Hva er målet?

Verkstedet skal gjøre det tydelig hva det innebærer å delta i pilotprosjektet, og hvilke forventninger som følger med. Arrangørene vil også høre fra kommunene: Hva vil gi prosjektet verdi og relevans i deres arbeid?

## Praktisk informasjon

- **Tid:** 10. mars 2021
- **Sted:** nettmøte
- **Pris:** gratis
- **Påmeldingsfrist:** 19. mars

## Opptak og oppsummering

Verkstedet blir tatt opp. Opptaket legges ut på Vimeo, sammen med en oppsummering av gruppearbeidet. Begge finner du under [Film/video](/film-og-video).`,
		dateline: 'OSLO',
		publishedAt: '2021-02-24T10:00:00+01:00',
		tags: ['pilot', 'nettmøte'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: 'temamote-om-innovasjon-i-kulturskolen',
		title: 'Kulturskolerådet og KS inviterer til temamøte om innovasjon i kulturskolen',
		lead: 'Er innovasjon et trendy tiltak eller en dyd av nødvendighet? KS og Norsk kulturskoleråd inviterer til temamøte på nett 3. mars med Torild Oddane som innleder.',
		body: `KS og Norsk kulturskoleråd inviterer til et temamøte om innovasjon i kulturskolen. Tittelen er «Innovasjon i kulturskolen: Trendy tiltak eller dyd av nødvendighet?».

## Innleder

Innleder er Torild Oddane. Hun er førsteamanuensis i organisasjon og ledelse ved Handelshøyskolen i Trondheim, NTNU. Hun har skrevet boka «Kreativitet og innovasjon – Fem sider av nesten samme sak».

## Hvorfor innovasjon?

Temamøtet er en del av prosjektet Fremtidens kulturskole. Prosjektleder Torkel Øien er rådgiver både i KS og i Kulturskolerådet. Han peker på at mange kanskje opplever innovasjon som et krevende moteord. Likevel er innovasjon et steg på veien mot det man ønsker seg: relevante, bedre og nye tjenester. Han håper møtet kan gjøre det lettere for flere å ta fatt på innovasjonsarbeid.

## Praktisk informasjon

- **Tid:** onsdag 3. mars 2021 kl. 12.00–13.30
- **Sted:** på nett, via videomøtetjenesten Zoom

Møtet blir tatt opp. Opptaket blir lagt ut samme dag som møtet, under [Film/video](/film-og-video).`,
		dateline: 'OSLO',
		publishedAt: '2021-02-15T10:00:00+01:00',
		tags: ['innovasjon', 'nettmøte'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: 'invitasjon-til-pilotprosjekt-kulturskole-3-0',
		title:
			'Inviterer kommunene med i pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune»',
		lead: 'KS og Norsk kulturskoleråd inviterer alle landets kommuner til å søke om plass i et nytt pilotprosjekt. Søknadsfristen er 26. mars 2021.',
		body: `KS og Norsk kulturskoleråd inviterer nå kommunene til å bli med i et nytt pilotprosjekt: «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune».

## Målet med piloten

Gjennom piloten skal kommunen og kulturskolen utvikle nye måter å tenke og arbeide på, slik at kulturskolen får en sterkere rolle og funksjon i fremtidens kommune.

## Bakgrunn

I to år har KS og Norsk kulturskoleråd samarbeidet om Fremtidens kulturskole, en felles satsing på kulturskoleområdet. Arbeidet ble nylig oppsummert i en rapport med anbefalinger for veien videre. Rapporten beskriver pilotprosjektet som det første steget.

## Helhet og sammenheng

Prosjektleder Torkel Øien er rådgiver både i Norsk kulturskoleråd og i KS. Han understreker at prosjektet vil støtte lokale prosesser der helhet og sammenheng står sentralt. Samskapingskommunen og bærekraft er viktige stikkord. Når prosjektet nå går over i konkret utviklingsarbeid, er det også viktig å sette brukeren i sentrum.

## Søknad

- Les utlysningen og send påmelding via skjemaet.
- **Påmeldingsfrist:** 26. mars 2021`,
		dateline: 'OSLO',
		publishedAt: '2021-02-08T10:00:00+01:00',
		tags: ['pilot'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: 'prosjektrapport-med-anbefalinger',
		title: 'Fremtidens kulturskole: Prosjektrapport foreligger – med anbefalinger om videre arbeid',
		lead: 'Etter to års samarbeid har KS og Norsk kulturskoleråd oppsummert Fremtidens kulturskole i en rapport. Den peker også på hva som bør gjøres videre.',
		body: `I to år har KS og Norsk kulturskoleråd samarbeidet om Fremtidens kulturskole, en felles satsing på kulturskoleområdet. Nå er arbeidet så langt oppsummert i rapporten «På vei mot Fremtidens kulturskole».

## Hva står i rapporten?

Rapporten beskriver hva prosjektet har gjort og funnet ut siden starten i 2019. Den gir også anbefalinger for videre arbeid.

Rapporten beskriver fire verdiområder for kulturskolen. Kulturskolen skal være:

- attraktiv og relevant
- inkluderende og mangfoldig
- utviklende og skapende
- betydningsfull og mestringsorientert

## Les rapporten

Du finner rapporten på siden [Rapporter](/prosjektet/rapporter).`,
		dateline: 'OSLO',
		publishedAt: '2021-01-19T10:00:00+01:00',
		tags: ['rapport'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: 'stor-interesse-for-nettmote',
		title: 'Stor interesse for prosjekt og nettmøte',
		lead: '300 deltakere meldte seg på da Norsk kulturskoleråd og KS holdt temamøte om Fremtidens kulturskole 4. desember.',
		body: `Fredag 4. desember 2020 arrangerte Norsk kulturskoleråd og KS et temamøte på nett om Fremtidens kulturskole. Hele 300 deltakere hadde meldt seg på.

## Et viktig tema for mange

For arrangørene viser den store interessen at mange i kommunene og kulturskolene ser på dette arbeidet som en viktig og spennende del av samfunnsutviklingen.

## Hvor står prosjektet nå?

Fremtidens kulturskole startet i 2019 som et samarbeid mellom KS og Norsk kulturskoleråd. I september 2020 kom forpiloten i gang med seks kommuner, og samtidig hadde animasjonsfilmen om prosjektet premiere.

## Se opptaket

Gikk du glipp av møtet? Opptaket finner du under [Film/video](/film-og-video).`,
		dateline: 'ASKER',
		publishedAt: '2020-12-07T10:00:00+01:00',
		tags: ['nettmøte'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: 'nettmote-kulturskole-hele-livet',
		title: 'Nettmøte om Fremtidens kulturskole – kulturskole hele livet',
		lead: 'Fremtidens kulturskole har nå holdt på i omtrent ett år. Tirsdag 22. september holdt Norsk kulturskoleråd og KS et nettmøte om kulturskole for livet.',
		body: `Prosjektet Fremtidens kulturskole er et samarbeid mellom KS og Kulturskolerådet, og har nå pågått i omtrent ett år.

## Nettmøtet

Nettmøtet «Fremtidens kulturskole – kulturskole for livet» ble holdt tirsdag 22. september 2020, med Norsk kulturskoleråd og KS som arrangører.

Temaet var kulturskolens betydning gjennom hele livsløpet. I dag er de fleste elevene i kulturskolen barn og unge, men livsløpsperspektivet spør hva kulturskolen kan bety for innbyggere i alle aldre.

## Se opptaket

Nettmøtet ble tatt opp. Du finner opptaket under [Film/video](/film-og-video). Vil du lese mer om temaet, kan du gå til siden [Livsløpsperspektivet](/kulturskole-3-0/livslopsperspektivet).`,
		dateline: 'TRONDHEIM',
		publishedAt: '2020-09-24T10:00:00+02:00',
		tags: ['nettmøte'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	},
	{
		slug: 'filmpremiere-og-oppstart-av-forpilot',
		title: 'Fremtidens kulturskole: Filmpremiere og oppstart av forpilot',
		lead: 'I september 2020 startet en forpilot med seks kommuner. Samtidig fikk en animasjonsfilm om Fremtidens kulturskole premiere.',
		body: `September 2020 markerer to viktige steg for Fremtidens kulturskole: En forpilot er i gang, og en animasjonsfilm har hatt premiere. Filmen prøver å vise hva prosjektet leter etter og ønsker å være med på å skape.

## Seks kommuner i forpiloten

Disse kommunene er med i forpiloten:

- Sunnfjord
- Sunndal
- Stord
- Fredrikstad
- Larvik
- Porsgrunn

Alle kommunene deltar med en sammensatt kommunegruppe. Som et minimum skal gruppen ha med skoleeier, kulturskolelederen, en pedagogisk medarbeider fra kulturskolen og minst én person som jobber i en annen sektor i kommunen.

## Filmen

Filmen skal informere om Fremtidens kulturskole og om det som kalles Kulturskole 3.0. Den skal også motivere og inspirere flere til å være med og skape en slik kulturskole.

Filmen ligger på Vimeo i to versjoner, uten undertekster og med undertekster. Du finner begge under [Film/video](/film-og-video).`,
		dateline: 'OSLO',
		publishedAt: '2020-09-14T10:00:00+02:00',
		tags: ['film', 'forpilot'],
		readMoreUrl: 'https://www.kulturskoleradet.no/',
		readMoreLabel: 'Les mer på kulturskoleradet.no'
	}
];
