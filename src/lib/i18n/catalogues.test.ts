/**
 * The three catalogues at run time, areas included: the same keys, no empty text, the same
 * {placeholders}, and nynorsk and English really translated (not bokmål left in place).
 */
import { describe, expect, it } from 'vitest';
import { withLanguage } from '$lib/server/i18n'; // registers nn and en
import { catalogueOf, currentLang, l, LANGUAGES, m, message, t, type Lang } from '$lib/i18n';

/** Every string leaf of a catalogue by its dotted key ('nav.skip', 'fremtidsbilde.sdgs.3'). */
function leaves(node: unknown, prefix = '', out = new Map<string, string>()) {
	for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
		if (typeof value === 'string') out.set(prefix + key, value);
		else if (value && typeof value === 'object') leaves(value, `${prefix}${key}.`, out);
		else out.set(prefix + key, `<not a string: ${String(value)}>`);
	}
	return out;
}

const texts = Object.fromEntries(
	LANGUAGES.map((lang) => [lang, leaves(catalogueOf(lang))])
) as Record<Lang, Map<string, string>>;
const nb = texts.nb;

/** Keys whose text is empty on purpose: index 0 of the 1-based list of goals. */
const MAY_BE_EMPTY = new Set(['fremtidsbilde.sdgs.0']);

/**
 * English text that is rightly the same as bokmål: names, and words English shares. Keep
 * this short; a key belongs here only when the English word really is the Norwegian one.
 */
const EN_MIN_WORDS = 3;
const EN_SAME_AS_NB = new Set([
	'site.name', // Fremtidens kulturskole is the programme's name in every language
	'resources.kind', // Type
	'events.type', // Type
	'resources.kinds.film', // Film
	'events.types.webinar', // Webinar
	'events.types.seminar', // Seminar
	'permissions.roleChangedMail.roles.admin', // administrator
	'mfa.passkeysTitle', // Passkeys
	'problems.events.labels.startsAt', // Start
	'pub.chrome.admin', // Admin
	'pub.errors.http', // HTTP {status}
	'pub.programmes.groups.pilot', // Pilot
	'pub.programmes.kinds.pilot', // Pilot
	'pub.programmes.type', // Type
	'pub.programmes.status' // Status
]);

/**
 * Nynorsk shares many short words with bokmål (Søk, Program, Utkast, Logg inn), so only text
 * of NN_MIN_WORDS words or more must differ; these longer ones are rightly the same.
 */
const NN_MIN_WORDS = 7;
const NN_SAME_AS_NB = new Set([
	'fremtidsbilde.sdgs.8', // Anstendig arbeid og økonomisk vekst (the goal's name in nynorsk too)
	// «Skriv … som dato og klokkeslett»: every word is nynorsk as well.
	'problems.fremtidsbilde.deadlineFormat',
	'admin.shell.documentTitle', // {title} – Administrasjon – Fremtidens kulturskole
	// Sentences whose every word is nynorsk as well:
	'app.application.meta',
	'app.target.picture',
	'app.log.cycleHint',
	'app.answer.answeredAt',
	'problems.content.dateFormat',
	'problems.events.dateFormat',
	// Mail and PDF lines nynorsk writes the same (names, numbers, «har invitert deg til»).
	'mail.layout.footer',
	'mail.account.invitation.body',
	'mail.events.changes.time',
	'mail.pdf.application.number',
	'mail.pdf.fremtidsbilde.cycle',
	'mail.pdf.fremtidsbilde.page',
	'pub.registration.signIn', // Logg inn for å melde deg på
	'pub.auth.signIn.description', // Logg inn på Fremtidens kulturskole.
	'pub.auth.link.lead' // Trykk på knappen for å logge inn.
]);

/**
 * Names written the same in every language, taken out before looking for Norwegian: the
 * programme and its owners, the Kulturskole 3.0 programme, and the languages' own names.
 */
const PROPER_NAMES = [
	/Fremtidens kulturskole/g,
	/Norsk kulturskoleråd/g,
	/\bKS\b/g,
	/Kulturskole 3\.0/g,
	/(?<!\p{L})Bokmål(?!\p{L})/gu,
	/\bNynorsk\b/g
];
const withoutNames = (text: string) => PROPER_NAMES.reduce((s, name) => s.replace(name, ''), text);

/** Bokmål words nynorsk writes otherwise (ikkje, kva, korleis, viss, berre, heile, vere …). */
const BOKMAL_ONLY =
	/(?<![\p{L}-])(ikke|hva|hvordan|hvorfor|hvis|hvor|hvem|hver|hvert|hvilken|hvilke|bare|hele|være|noe|noen|mye|mer|et|en|ble|fra|jeg|dere|selv|ennå|sammen|fikk|gikk|kommende|tidligere|\p{L}+(?<!vil)lige?|\p{L}+heten|fremtid\p{L}*|\p{L}*skole\p{L}*)(?![\p{L}-])/giu;

/** Norwegian in English text: the letters æ, ø, å or a common Norwegian word. */
const NORWEGIAN_IN_ENGLISH =
	/[æøå]|(?<![\p{L}-])(og|ikke|ikkje|på|er|med|av|det|har|som|kan|vi|ein|eit|du|ved|fra|frå|til|eller)(?![\p{L}-])/iu;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe('the message catalogues at run time', () => {
	it('has the same keys in bokmål, nynorsk and English', () => {
		expect(nb.size).toBeGreaterThan(300);
		for (const lang of ['nn', 'en'] as const) {
			const keys = [...texts[lang].keys()];
			expect(
				[...nb.keys()].filter((k) => !texts[lang].has(k)),
				`missing in ${lang}`
			).toEqual([]);
			expect(
				keys.filter((k) => !nb.has(k)),
				`in ${lang} but not in bokmål`
			).toEqual([]);
		}
	});

	it('has no empty text and only strings as leaves', () => {
		for (const lang of LANGUAGES)
			for (const [key, text] of texts[lang]) {
				expect(text.startsWith('<not a string'), `${lang} ${key}: ${text}`).toBe(false);
				if (!MAY_BE_EMPTY.has(key)) expect(text.trim(), `${lang} ${key} is empty`).not.toBe('');
			}
	});

	it('has the same {placeholders} for every key in every language', () => {
		for (const lang of ['nn', 'en'] as const)
			for (const [key, text] of nb)
				expect(placeholders(texts[lang].get(key) ?? ''), `${lang} ${key}`).toEqual(
					placeholders(text)
				);
	});

	it('has English text for every key, not the bokmål left in place', () => {
		// Short labels English shares («Status», «Video», «{size} MB») are left to the test
		// below that finds Norwegian words in English; whole phrases must be translated.
		const words = (s: string) =>
			s
				.replace(/\{\w+\}/g, '')
				.split(/\s+/)
				.filter(/\p{L}/u.test.bind(/\p{L}/u)).length;
		const same = [...nb].filter(
			([k, v]) => texts.en.get(k) === v && !MAY_BE_EMPTY.has(k) && words(v) >= EN_MIN_WORDS
		);
		expect(
			same.filter(([k]) => !EN_SAME_AS_NB.has(k)).map(([k, v]) => `${k}: ${v}`),
			'English text identical to bokmål'
		).toEqual([]);
		// The allow-list may only hold keys that are still the same (it shrinks with the text).
		expect([...EN_SAME_AS_NB].filter((k) => texts.en.get(k) !== nb.get(k))).toEqual([]);
	});

	it('has nynorsk text for every sentence, not the bokmål left in place', () => {
		const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
		const same = [...nb].filter(
			([k, v]) => texts.nn.get(k) === v && words(v) >= NN_MIN_WORDS && !NN_SAME_AS_NB.has(k)
		);
		expect(
			same.map(([k, v]) => `${k}: ${v}`),
			'nynorsk text identical to bokmål'
		).toEqual([]);
		expect([...NN_SAME_AS_NB].filter((k) => texts.nn.get(k) !== nb.get(k))).toEqual([]);
	});

	it('writes nynorsk without bokmål-only words', () => {
		const found = [...texts.nn].flatMap(([key, text]) =>
			[...withoutNames(text).matchAll(BOKMAL_ONLY)].map((x) => `${key}: «${x[0]}» in «${text}»`)
		);
		expect(found).toEqual([]);
	});

	it('writes English without Norwegian words or letters (names aside)', () => {
		const found = [...texts.en]
			.filter(([, text]) => NORWEGIAN_IN_ENGLISH.test(withoutNames(text)))
			.map(([key, text]) => `${key}: ${text}`);
		expect(found).toEqual([]);
	});

	it('checks itself: the word lists catch what they are for', () => {
		expect('Du har ikke tilgang'.match(BOKMAL_ONLY)).toEqual(['ikke']);
		expect('Tilgjengelig for alle fra skolen'.match(BOKMAL_ONLY)).toEqual([
			'Tilgjengelig',
			'fra',
			'skolen'
		]);
		expect('Du har ikkje tilgang til kulturskulen'.match(BOKMAL_ONLY)).toBeNull();
		expect('Frivillig: tilgjengeleg for alle'.match(BOKMAL_ONLY)).toBeNull();
		expect(withoutNames('Temaside om Kulturskole 3.0').match(BOKMAL_ONLY)).toBeNull();
		expect(NORWEGIAN_IN_ENGLISH.test(withoutNames('Choose Bokmål, Nynorsk or English'))).toBe(
			false
		);
		expect(
			withoutNames('Fremtidens kulturskole og Norsk kulturskoleråd').match(BOKMAL_ONLY)
		).toBeNull();
		expect(NORWEGIAN_IN_ENGLISH.test('Sign in to the programme')).toBe(false);
		expect(NORWEGIAN_IN_ENGLISH.test('Logg inn på nytt')).toBe(true);
		expect(NORWEGIAN_IN_ENGLISH.test('Tilgjengelighetserklæring')).toBe(true);
	});
});

describe('the language of the request', () => {
	it('answers m, message, t and l in the language being handled', async () => {
		expect(currentLang()).toBe('nb');
		expect(m.nav.news).toBe('Nyheter');
		expect(withLanguage('nn', () => [m.nav.news, m.errors.notFoundTitle, l('/nyheter')])).toEqual([
			'Nyhende',
			'Fann ikkje sida',
			'/nn/nyheter'
		]);
		expect(withLanguage('en', () => t(m.news.page, { page: 2, pages: 5 }))).toBe('Page 2 of 5');
		expect(message('news.archiveYear', { year: 2024 }, 'nn')).toBe('Nyhende frå 2024');
		expect(withLanguage('en', () => message('nav.signIn'))).toBe('Sign in');
		// A job awaiting in one language while another runs does not mix them up.
		const later = (lang: Lang) =>
			withLanguage(lang, async () => {
				await new Promise((r) => setTimeout(r, 5));
				return m.nav.signIn;
			});
		expect(await Promise.all([later('nn'), later('en'), later('nb')])).toEqual([
			'Logg inn',
			'Sign in',
			'Logg inn'
		]);
		// A bad language is bokmål.
		expect(withLanguage('de', () => m.nav.news)).toBe('Nyheter');
	});
});
