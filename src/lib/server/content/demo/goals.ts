/**
 * Demo goals: the catalogue of societal goals (samfunnsmål) a municipality can choose when it
 * works with fremtidsbilder. Admins can edit the catalogue.
 */
import type { DemoGoal } from './types';

export const goals: DemoGoal[] = [
	{
		slug: 'gode-liv-og-god-oppvekst',
		title: 'Gode liv og god oppvekst',
		description:
			'Alle barn og unge skal ha en trygg og god oppvekst med mestring, fellesskap og meningsfulle opplevelser. Kulturskolen kan gi barn et sted der de blir sett, får utvikle seg og lykkes på egne premisser. Målet handler om hvordan kulturskolen, sammen med andre tjenester, kan bidra til gode liv for barna i kommunen.',
		sdgs: [3, 4],
		themePath: '/kulturskole-3-0/helhetlig-oppvekst'
	},
	{
		slug: 'helhetlig-oppvekst-og-godt-laeringsmiljo',
		title: 'Helhetlig oppvekst og godt læringsmiljø',
		description:
			'Barnehage, skole, SFO og kulturskole ses som ett samlet økosystem rundt barnet. Kulturskolen bidrar med kompetanse i kunstfag som utfyller det de andre har, og kan styrke læringsmiljøet og gi flere barn måter å lykkes på. Målet krever at kulturskolen og skoleeier planlegger sammen.',
		sdgs: [4],
		themePath: '/kulturskole-3-0/helhetlig-oppvekst'
	},
	{
		slug: 'inkludering-og-mindre-utenforskap',
		title: 'Inkludering og mindre utenforskap',
		description:
			'Kulturskolen skal være for alle, uansett kjønn, klasse, etnisitet, legning, økonomi og bakgrunn. Målet handler om å nå barn og familier som ikke søker plass i dag, og om å bruke kunst og kultur til å skape tilhørighet. Det forutsetter samarbeid med tjenester som allerede møter disse familiene.',
		sdgs: [10],
		themePath: '/kulturskole-3-0/inkludering-og-utenforskap'
	},
	{
		slug: 'folkehelse-og-livskvalitet',
		title: 'Folkehelse og livskvalitet',
		description:
			'Å skape, øve og uttrykke seg sammen med andre gir mestring og tilhørighet, som er viktig for god helse og livskvalitet. Som lokalt ressurssenter kan kulturskolen samarbeide med helsetjenesten, eldreomsorgen og andre tjenester. Målet knytter kulturskolen til kommunens folkehelsearbeid og folkehelseplan.',
		sdgs: [3],
		themePath: '/kulturskole-3-0/kulturskolen-som-ressurssenter'
	},
	{
		slug: 'hele-livet',
		title: 'Livsløp – kulturskole hele livet',
		description:
			'De fleste elevene i kulturskolen er mellom 6 og 19 år, men kunst og kultur har betydning i alle aldre. Målet handler om hva kulturskolen kan bety for småbarn, voksne og eldre. Brukerreiser og dialogkafeer kan hjelpe kommunen å se hvem som mangler et tilbud.',
		sdgs: [3, 4],
		themePath: '/kulturskole-3-0/livslopsperspektivet'
	},
	{
		slug: 'bo-og-livslyst',
		title: 'Bo- og livslyst',
		description:
			'Et rikt kulturliv gjør lokalsamfunnet til et attraktivt sted å bo, vokse opp og bli boende. Kulturskolen kan være en motor for kulturlivet sammen med frivillige lag og foreninger, korps, kor og biblioteket. Målet handler om kulturskolens bidrag til levende lokalsamfunn der folk trives.',
		sdgs: [11]
	},
	{
		slug: 'demokrati-og-medvirkning',
		title: 'Demokrati og medvirkning',
		description:
			'I samskapingskommunen lager innbyggere, ansatte, politikere og partnere løsningene sammen. Målet handler om at barn, unge og andre brukere får være med og forme kulturskolens tilbud, for eksempel gjennom ungdomsråd og dialogkafeer. Kunst og kultur gir også erfaring med å ytre seg og bli hørt.',
		sdgs: [10, 17]
	},
	{
		slug: 'baerekraft',
		title: 'Bærekraftige lokalsamfunn',
		description:
			'Målet setter kulturskolens arbeid inn i sammenhengen med FNs bærekraftsmål, særlig bærekraftige lokalsamfunn og samarbeid for å nå målene. Bærekraft handler her om helhet og sammenheng: at kulturskolen samarbeider på tvers av sektorer og bidrar til løsninger som varer.',
		sdgs: [11, 17]
	}
];
