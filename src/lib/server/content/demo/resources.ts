/**
 * Demo resources: reports, theme packages, the film, recordings, documents and links named
 * on the programme's original page. Video addresses are placeholders an editor will replace.
 */
import type { DemoResource } from './types';

export const resources: DemoResource[] = [
	{
		slug: 'pa-vei-mot-fremtidens-kulturskole',
		url: 'https://www.kulturskoleradet.no/',
		kind: 'rapport',
		title: 'På vei mot Fremtidens kulturskole',
		description: `Prosjektrapporten oppsummerer de to første årene med samarbeid mellom KS og Norsk kulturskoleråd om Fremtidens kulturskole, fra oppstarten i 2019 til forpiloten i 2020.

Rapporten gir **anbefalinger for det videre arbeidet**, og peker ut et pilotprosjekt som første steg. Den beskriver også fire verdiområder for kulturskolen:

- attraktiv og relevant
- inkluderende og mangfoldig
- utviklende og skapende
- betydningsfull og mestringsorientert

Rapporten er et godt utgangspunkt for kommuner og regioner som vil drøfte kulturskolens rolle. De tre temapakkene bygger på innholdet i rapporten.`,
		year: 2021,
		featured: true,
		publishedAt: '2021-01-19T10:00:00+01:00'
	},
	{
		slug: 'underveisrapport-2022',
		url: 'https://www.kulturskoleradet.no/',
		kind: 'rapport',
		title: 'Underveisrapport for Fremtidens kulturskole',
		description: `Underveisrapporten følger Fremtidens kulturskole videre etter prosjektrapporten fra 2021. Prosjektet er et samarbeid mellom KS (kommunesektorens organisasjon) og Norsk kulturskoleråd.

Rapporten ser på prosjektets formål: å rette oppmerksomheten mot kulturskolens funksjon, oppgave og rolle i det kommunale tjenestetilbudet. Den kom mens pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune» pågikk, og gir et bilde av arbeidet så langt.

Rapporten er nyttig for kommuner som vil forstå hvordan prosjektet har utviklet seg fra rapporten i 2021 og fram mot de regionale programmene.`,
		year: 2022,
		publishedAt: '2022-06-14T10:00:00+02:00'
	},
	{
		slug: 'temapakke-1-hovedfunn-og-bakgrunn',
		url: 'https://www.kulturskoleradet.no/',
		kind: 'temapakke',
		title: 'Temapakke 1: Hovedfunn og bakgrunn',
		description: `Den første temapakken gir en innføring i Fremtidens kulturskole. Den presenterer hovedfunnene i rapporten «På vei mot Fremtidens kulturskole» og bakgrunnen for prosjektet, som KS og Norsk kulturskoleråd står bak sammen.

**Slik kan pakken brukes:** Pakken passer som første møte om temaet, for eksempel i en kommunegruppe som skal i gang med fremtidsbilder, i en ledergruppe eller på en regional samling. Den gir alle deltakerne et felles kunnskapsgrunnlag før dere går videre til spørsmålene om hvilke samfunnsmål kulturskolen skal bidra til.

Pakken er laget slik at alle regioner og kommuner kan bruke den, også de som ikke deltar i et program.`,
		year: 2021,
		publishedAt: '2021-08-24T10:00:00+02:00'
	},
	{
		slug: 'temapakke-2-kulturskolen-i-samfunnet',
		url: 'https://www.kulturskoleradet.no/',
		kind: 'temapakke',
		title: 'Temapakke 2: Kulturskolen i samfunnet',
		description: `Den andre temapakken handler om kulturskolen som samfunnsaktør. Hvilken rolle kan kulturskolen ha i kommunen, og hvordan kan den bidra til mål som helhetlig oppvekst, inkludering og folkehelse?

Pakken bygger på rapporten «På vei mot Fremtidens kulturskole» og på tanken om Kulturskole 3.0: en kulturskole som er utviklingsaktør og lokalt ressurssenter, og som samarbeider med andre sektorer.

**Slik kan pakken brukes:** Bruk den når kommunen vil drøfte hvem kulturskolen bør samarbeide med, og hvem som bør sitte rundt bordet. Den egner seg godt for møter der skoleeier, kulturskolen og andre sektorer er samlet, og som forberedelse til arbeid med målbilde og nåbilde.`,
		year: 2021,
		publishedAt: '2021-08-24T10:00:00+02:00'
	},
	{
		slug: 'temapakke-3-kulturskole-hele-livet',
		url: 'https://www.kulturskoleradet.no/',
		kind: 'temapakke',
		title: 'Temapakke 3: Kulturskole hele livet',
		description: `Den tredje temapakken tar for seg livsløpsperspektivet. De fleste elevene i kulturskolen er mellom 6 og 19 år. Pakken spør hva kulturskolen kan bety for innbyggere i alle aldre, fra de minste barna til de eldste.

Pakken bygger på rapporten «På vei mot Fremtidens kulturskole».

**Slik kan pakken brukes:** Bruk den når kommunen vil se på hvem som ikke har et kulturskoletilbud i dag, og hvilke samarbeidspartnere som kan hjelpe kulturskolen å nå flere. Eksempler er eldreomsorgen, helsetjenesten, biblioteket og frivillige lag og foreninger. Pakken passer godt sammen med arbeid med brukerreiser og dialogkafé.`,
		year: 2021,
		publishedAt: '2021-08-24T10:00:00+02:00'
	},
	{
		slug: 'animasjonsfilm-fremtidens-kulturskole',
		kind: 'film',
		title: 'Fremtidens kulturskole',
		description: `En kort animasjonsfilm om hva Fremtidens kulturskole leter etter, og hva prosjektet ønsker å være med og skape. Filmen forklarer Kulturskole 3.0, viser hvorfor samfunnsmålene er utgangspunktet, og inviterer flere til å bli med i arbeidet.

Filmen hadde premiere i september 2020, samtidig som forpiloten startet. Den varer i 2 minutter og 50 sekunder og finnes i to versjoner: **med undertekster** og **uten undertekster**. Under filmen finner du en tekstversjon av det som blir sagt.`,
		year: 2020,
		videoUrl: 'https://vimeo.com/468000001',
		videoUrlSubtitled: 'https://vimeo.com/468000002',
		durationSeconds: 170,
		featured: true,
		transcript: `Hvordan ser fremtidens kulturskole ut?

Hver eneste kommune i Norge har en kulturskole. Her lærer barn og unge å spille, synge, danse, spille teater, tegne og skrive. Mange får oppleve mestring og fellesskap. Men kulturskolen kan bety mer – og for flere.

Derfor leter vi etter fremtidens kulturskole. Vi vil forstå hvilken funksjon den kan ha i kommunen, og hvilke mål den kan være med og nå.

Tenk deg tre måter å være kommune på. I kommune 1.0 bestemmer kommunen, og innbyggerne retter seg etter det. I kommune 2.0 er innbyggeren en kunde som bestiller en tjeneste. I kommune 3.0 skaper vi løsningene sammen – innbyggere, ansatte, politikere og partnere.

En kulturskole 3.0 er en del av denne samskapingen. Den er ikke bare et tilbud for dem som søker plass. Den er en utviklingsaktør og et lokalt ressurssenter. Den samarbeider med barnehagen, skolen og SFO, med helsetjenesten og eldreomsorgen, med biblioteket og med frivillige lag og foreninger. Og den er der for innbyggerne gjennom hele livet.

Men hvor skal vi begynne? Vi begynner med samfunnsmålene. Hva vil kommunen oppnå? Kanskje en god oppvekst for alle barn. Kanskje mindre utenforskap. Kanskje bedre folkehelse, eller lokalsamfunn der folk har lyst til å bo. Når målene er tydelige, blir det lettere å se hva kulturskolen kan bidra med.

Sammen med kommunene og andre som bryr seg om kulturskolen, jobber vi med fremtidsbilder. Vi stiller tre spørsmål:

Hvordan ser det ut den dagen kulturskolen har fått rollen vi ønsker oss?

Hvordan opplever vi kulturskolen i dag, sammenlignet med dette bildet?

Og hva må til for å komme fra det ene bildet til det andre?

Svarene finner vi ikke alene. De finner vi når skoleeier, kulturskolen og andre sektorer i kommunen setter seg ved samme bord.

Fremtidens kulturskole er et samarbeid mellom KS og Norsk kulturskoleråd. Vil du være med og skape fremtidens kulturskole i din kommune?

Bli med på reisen.`,
		publishedAt: '2020-09-14T10:00:00+02:00'
	},
	{
		slug: 'opptak-nettmote-kulturskole-hele-livet-2020',
		kind: 'opptak',
		title:
			'Opptak: Nettmøte om Fremtidens kulturskole – kulturskole for livet (22. september 2020)',
		description: `Opptak av nettmøtet som Norsk kulturskoleråd og KS arrangerte 22. september 2020. Prosjektet Fremtidens kulturskole hadde da pågått i omtrent ett år.

Møtet handlet om kulturskolen i et livsløpsperspektiv: Hva kan kulturskolen bety for innbyggere i alle aldre, ikke bare for barn og unge? Opptaket passer godt sammen med temapakke 3, «Kulturskole hele livet», og siden om livsløpsperspektivet.

Bruk gjerne opptaket som innledning når kommunegruppen skal drøfte hvem som mangler et kulturskoletilbud i dag.`,
		year: 2020,
		videoUrl: 'https://vimeo.com/468000003',
		transcript: `**Sammendrag av opptaket**

Norsk kulturskoleråd og KS ønsker velkommen til nettmøtet «Fremtidens kulturskole – kulturskole for livet». Samarbeidet mellom KS og Kulturskolerådet om Fremtidens kulturskole er da omtrent ett år gammelt. Møtet ser på kulturskolen i et livsløpsperspektiv og spør hvordan kulturskolen kan nå innbyggere i flere aldersgrupper enn i dag.`,
		publishedAt: '2020-09-24T10:00:00+02:00'
	},
	{
		slug: 'opptak-temamote-4-desember-2020',
		kind: 'opptak',
		title: 'Opptak: Temamøte om Fremtidens kulturskole (4. desember 2020)',
		description: `Opptak av temamøtet på nett om Fremtidens kulturskole, som Norsk kulturskoleråd og KS arrangerte 4. desember 2020. Hele 300 deltakere hadde meldt seg på.

Den store interessen viste at mange i kommunene og kulturskolene ser på arbeidet med Fremtidens kulturskole som en viktig og spennende del av samfunnsutviklingen. Opptaket gir en innføring i prosjektet slik det sto ved utgangen av 2020, etter at forpiloten med seks kommuner var i gang.`,
		year: 2020,
		videoUrl: 'https://vimeo.com/468000004',
		transcript: `**Sammendrag av opptaket**

Temamøtet presenterer prosjektet Fremtidens kulturskole, som Norsk kulturskoleråd og KS samarbeider om. 300 deltakere fra kommuner og kulturskoler over hele landet var påmeldt. Møtet handler om kulturskolens rolle i samfunnsutviklingen og om arbeidet i prosjektet så langt.`,
		publishedAt: '2020-12-07T10:00:00+01:00'
	},
	{
		slug: 'opptak-temamote-innovasjon-i-kulturskolen-2021',
		kind: 'opptak',
		title:
			'Opptak: Innovasjon i kulturskolen – trendy tiltak eller dyd av nødvendighet? (3. mars 2021)',
		description: `Opptak av temamøtet om innovasjon i kulturskolen, som KS og Norsk kulturskoleråd arrangerte på Zoom onsdag 3. mars 2021 kl. 12.00–13.30.

Innleder er Torild Oddane, førsteamanuensis i organisasjon og ledelse ved Handelshøyskolen i Trondheim, NTNU, og forfatter av boka «Kreativitet og innovasjon – Fem sider av nesten samme sak». Møtet er en del av Fremtidens kulturskole og skal gjøre det lettere for flere å ta fatt på innovasjonsarbeid.`,
		year: 2021,
		videoUrl: 'https://vimeo.com/468000005',
		transcript: `**Sammendrag av opptaket**

Temamøtet «Innovasjon i kulturskolen: Trendy tiltak eller dyd av nødvendighet?» åpner med en innledning av Torild Oddane fra Handelshøyskolen i Trondheim, NTNU. Prosjektleder Torkel Øien, rådgiver i både KS og Kulturskolerådet, knytter temaet til Fremtidens kulturskole: Innovasjon kan oppleves som et krevende moteord, men er et steg på veien mot relevante, bedre og nye tjenester.`,
		publishedAt: '2021-03-03T16:00:00+01:00'
	},
	{
		slug: 'opptak-verksted-for-pilotprosjekt-2021',
		kind: 'opptak',
		title: 'Opptak: Verksted før pilotprosjektet Kulturskole 3.0 (10. mars 2021)',
		description: `Opptak av verkstedet på nett 10. mars 2021 for kommuner som vurderte å søke om plass i pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune». KS og Norsk kulturskoleråd sto bak.

Verkstedet skulle avklare hvilke forventninger som følger med deltakelse i piloten, og hente inn kommunenes innspill på hva som vil gi prosjektet verdi og relevans i deres arbeid.

Til opptaket hører en **oppsummering av gruppearbeidet**, med innspillene som kom fram i gruppene.`,
		year: 2021,
		videoUrl: 'https://vimeo.com/468000006',
		transcript: `**Sammendrag av opptaket**

KS og Norsk kulturskoleråd presenterer pilotprosjektet «Kulturskole 3.0 – Kulturskolen som utviklingsaktør i fremtidens kommune» og hva det innebærer å delta. Deretter arbeider deltakerne i grupper. Gruppene drøfter forventningene til piloten og hva som vil gjøre prosjektet verdifullt og relevant for deres kommune. Innspillene er samlet i en egen oppsummering av gruppearbeidet.`,
		publishedAt: '2021-03-12T10:00:00+01:00'
	},
	{
		slug: 'opptak-nasjonalt-dialogseminar-2023',
		kind: 'opptak',
		title: 'Opptak: Nasjonalt dialogseminar (april 2023)',
		description: `Opptak fra det nasjonale dialogseminaret som Utdanningsdirektoratet (Udir), KS og Norsk kulturskoleråd arrangerte i april 2023.

Til opptaket hører forberedelsesmateriale og dialogspørsmål. Sammen passer de overalt der temaet er samarbeid og utvikling på tvers av kultur- og oppvekstsektoren: i en enkelt kommune, på regionale samlinger og fylkessamlinger eller på andre møteplasser der temaet er oppe.

Tips: Se opptaket sammen i kommunegruppen, og bruk dialogspørsmålene til samtalen etterpå.`,
		year: 2023,
		videoUrl: 'https://vimeo.com/468000007',
		transcript: `**Sammendrag av opptaket**

Udir, KS og Norsk kulturskoleråd samler aktører fra kultur- og oppvekstsektoren til nasjonalt dialogseminar. Seminaret handler om samhandling og utviklingsarbeid i kultur- og oppvekstsektoren. Forberedelsesmaterialet og dialogspørsmålene som hører til seminaret, ligger sammen med opptaket.`,
		publishedAt: '2023-05-10T10:00:00+02:00'
	},
	{
		slug: 'opptak-nasjonalt-dialogseminar-2024',
		kind: 'opptak',
		title:
			'Opptak: Kunst og kultur i arbeid med styrket læringsmiljø og gode oppvekstmiljø (29. april 2024)',
		description: `Opptak fra det nasjonale dialogseminaret mandag 29. april 2024, arrangert av Norsk kulturskoleråd, KS og Utdanningsdirektoratet. Seminaret fulgte opp dialogseminaret i 2023.

Hovedspørsmålet var hvordan et mer helhetlig samarbeid og sterkere samhandling med frivillig sektor og andre lokale aktører kan gi bedre skole, bedre kulturskole og bedre oppvekst. Seminaret bygde på arbeidet med Fremtidens kulturskole og oppfølgingen av Meld. St. 18 (2020–2021) «Oppleve, skape, dele».

Målgruppen var blant andre kulturskoleledere, skoleledere, kommunalsjefer og nasjonale organisasjoner på kulturfeltet og i frivilligheten.`,
		year: 2024,
		videoUrl: 'https://vimeo.com/468000008',
		transcript: `**Sammendrag av opptaket**

Norsk kulturskoleråd, KS og Udir ønsker velkommen til nasjonalt dialogseminar om kunst og kultur i arbeidet med læringsmiljø og gode oppvekstmiljø. Seminaret følger opp fjorårets dialogseminar og tiltakene i Meld. St. 18 (2020–2021) «Oppleve, skape, dele – Kunst og kultur for, med og av barn og unge». Det sentrale spørsmålet er hvordan samarbeid med frivillig sektor og andre lokale aktører kan gi bedre skole, bedre kulturskole og bedre oppvekst.`,
		publishedAt: '2024-05-06T10:00:00+02:00'
	},
	{
		slug: 'grunnlagsdokument-for-regionale-program',
		kind: 'dokument',
		title: 'Grunnlagsdokument for regionale program',
		description: `Grunnlagsdokumentet beskriver de regionale programmene i Fremtidens kulturskole, der erfaringene fra pilotprosjektet «Kulturskolen som utviklingsaktør i fremtidens kommune» tas videre.

Programmet er tenkt som en ramme rundt utviklingsarbeidet i kommunene og regionen. Det kommer ikke i tillegg til alt annet, men ses i sammenheng med utviklingsområdene kommunene og regionene allerede har valgt.

Dokumentet er nyttig for fylkesavdelinger som vurderer å melde interesse, og for medlemskommuner som vurderer å søke. Det ligger som PDF på kulturskoleradet.no.`,
		year: 2023,
		url: 'https://www.kulturskoleradet.no/',
		publishedAt: '2023-06-12T10:00:00+02:00'
	},
	{
		slug: 'invitasjon-til-deltakelse-i-regionale-program',
		kind: 'dokument',
		title: 'Invitasjon til deltakelse i regionale program',
		description: `Invitasjonen til fylkesavdelingene i Norsk kulturskoleråd om å melde interesse for regionale program i Fremtidens kulturskole.

Programmene retter seg mot medlemskommunene i Norsk kulturskoleråd og styrene i fylkesavdelingene. Når en fylkesavdeling har meldt interesse, kan medlemskommunene i regionen søke om å delta med en sammensatt kommunegruppe.

Invitasjonen forklarer hvordan programmet henger sammen med kommunenes og regionenes egne utviklingsområder. Les den sammen med grunnlagsdokumentet og spørsmål og svar om programmet.`,
		year: 2023,
		url: 'https://www.kulturskoleradet.no/',
		publishedAt: '2023-06-12T10:00:00+02:00'
	},
	{
		slug: 'ks-temaside-fremtidens-kulturskole',
		kind: 'lenke',
		title: 'KS: Temaside om Fremtidens kulturskole',
		description: `KS har en egen temaside om Fremtidens kulturskole på ks.no. Artiklene der oppsummerer pilotprosjektet «Kulturskolen som utviklingsaktør i fremtidens kommune».

Prosjektet ser på kulturskolens rolle i det kommunale tjenestetilbudet, og på hvordan kulturskolen kan åpne dører for samskaping. Temasiden passer for deg som vil lese mer om hva pilotkommunene gjorde og lærte, sett fra kommunesektorens side.

KS er kommunesektorens organisasjon og eier Fremtidens kulturskole sammen med Norsk kulturskoleråd. KS er også med og arrangerer de nasjonale dialogseminarene.`,
		year: 2023,
		url: 'https://www.ks.no/',
		publishedAt: '2023-01-30T10:00:00+01:00'
	},
	{
		slug: 'norsk-kulturskolerad',
		kind: 'lenke',
		title: 'Norsk kulturskoleråd',
		description: `Norsk kulturskoleråd er medlems- og utviklingsorganisasjonen for kommunene som eier kulturskolene, og eier Fremtidens kulturskole sammen med KS.

På kulturskoleradet.no finner du nyhetssaker om prosjektet og grunnlagsdokumentet for de regionale programmene. Der kan du også lese mer om Rammeplan for kulturskolen og om fylkesavdelingene, som gjennomfører de regionale programmene.

Er du usikker på hvem du skal kontakte om programmet i din region, er Norsk kulturskoleråd et godt sted å begynne.`,
		year: 2023,
		url: 'https://www.kulturskoleradet.no/',
		publishedAt: '2023-06-12T10:00:00+02:00'
	}
];
